// libFuzzer target: FuzzDeskRequest (tests/fuzz/fuzz_entries.h), what `figcheck serve` does with
// a POST /api/check body. See docs/RELIABILITY.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  figcheck::fuzz::FuzzDeskRequest(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
