# Writes a C++ source holding the bytes of INPUT as `const unsigned char NAME[]` and
# `const std::size_t NAME_size` in namespace newsrail (cmake -P, run by a build rule).
#   cmake -DINPUT=file.bin -DOUTPUT=file.cpp -DNAME=kSomething -P embed_file.cmake
file(READ "${INPUT}" _hex HEX)
string(LENGTH "${_hex}" _length)
math(EXPR _bytes "${_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _array "${_hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n  " _array "${_array}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by shared/embed_file.cmake; do not edit.\n"
  "#include <cstddef>\n\nnamespace newsrail {\n\n"
  "alignas(8) extern const unsigned char ${NAME}[] = {\n  ${_array}\n};\n"
  "extern const std::size_t ${NAME}_size = ${_bytes};\n\n}  // namespace newsrail\n")
