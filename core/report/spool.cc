#include "core/report/spool.h"

#include <array>

namespace figcheck::report {

// Writes through to the FILE (which buffers); counts what was written.
class Spool::FileBuf final : public std::streambuf {
 public:
  FileBuf(std::FILE* file, long long* written) : file_(file), written_(written) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (std::fputc(traits_type::to_char_type(c), file_) == EOF) return traits_type::eof();
    ++*written_;
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    const std::size_t done = std::fwrite(s, 1, static_cast<std::size_t>(n), file_);
    *written_ += static_cast<long long>(done);
    return static_cast<std::streamsize>(done);
  }

 private:
  std::FILE* file_;
  long long* written_;
};

Spool::Spool() : file_(std::tmpfile()) {
  if (file_ != nullptr) {
    buffer_ = std::make_unique<FileBuf>(file_, &written_);
    file_stream_ = std::make_unique<std::ostream>(buffer_.get());
    out_ = file_stream_.get();
  } else {
    out_ = &memory_;
  }
}

Spool::~Spool() {
  if (file_ != nullptr) std::fclose(file_);
}

void Spool::MoveTo(std::ostream& to) {
  if (file_ == nullptr) {
    to << memory_.view();
    memory_.str(std::string());
    return;
  }
  bool ok = static_cast<bool>(*file_stream_) && std::fflush(file_) == 0 && std::fseek(file_, 0, SEEK_SET) == 0;
  std::array<char, 1 << 16> chunk{};
  long long left = written_;
  while (ok && left > 0) {
    const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file_);
    if (n == 0) {
      ok = false;
      break;
    }
    to.write(chunk.data(), static_cast<std::streamsize>(n));
    left -= static_cast<long long>(n);
  }
  if (!ok || left != 0) to.setstate(std::ios::badbit);
  // Empty again: the next part is written from the start.
  std::rewind(file_);
  written_ = 0;
  file_stream_->clear();
}

}  // namespace figcheck::report
