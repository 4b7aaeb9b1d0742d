# Turns INPUT into a C++ source defining figcheck::EmbeddedDefaultRates(), a string_view of its bytes.
# Run with: cmake -DINPUT=... -DOUTPUT=... -P embed_file.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${name} by cmake/embed_file.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace figcheck {\n"
"namespace {\n"
"constexpr unsigned char kBytes[] = {\n${bytes}0x00};\n"
"}  // namespace\n"
"std::string_view EmbeddedDefaultRates() {\n"
"  return std::string_view(reinterpret_cast<const char*>(kBytes), ${byte_count});\n"
"}\n"
"}  // namespace figcheck\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
