# Turns the text file INPUT into a C++ source defining `std::string_view figcheck::FUNCTION()`, a
# view of INPUT's bytes with static storage duration. The bytes go into one raw string literal,
# which compilers read far faster than an array of numbers. Refuses input a raw string literal
# cannot carry byte for byte (carriage returns, NUL, the delimiter), so the embedded view always
# equals the file.
# Run with: cmake -DINPUT=... -DOUTPUT=... -DFUNCTION=... -P embed_file.cmake
foreach(var INPUT OUTPUT FUNCTION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "embed_file.cmake: ${var} is not set")
  endif()
endforeach()
file(SIZE "${INPUT}" byte_count)
file(READ "${INPUT}" text)
string(LENGTH "${text}" text_length)
if(NOT text_length EQUAL byte_count)
  message(FATAL_ERROR "embed_file.cmake: ${INPUT} holds a NUL byte; it cannot be embedded as text")
endif()
string(FIND "${text}" "\r" cr)
string(FIND "${text}" ")figcheck_embed\"" delimiter)
if(NOT cr EQUAL -1 OR NOT delimiter EQUAL -1)
  message(FATAL_ERROR "embed_file.cmake: ${INPUT} has a carriage return or the delimiter )figcheck_embed\"")
endif()
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${name} by cmake/embed_file.cmake. Do not edit.\n"
"#include <string_view>\n"
"namespace figcheck {\n"
"std::string_view ${FUNCTION}();\n"
"std::string_view ${FUNCTION}() {\n"
"  static constexpr char kBytes[] = R\"figcheck_embed(${text})figcheck_embed\";\n"
"  return std::string_view(kBytes, ${byte_count});\n"
"}\n"
"}  // namespace figcheck\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
