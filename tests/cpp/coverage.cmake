# cmake -DHEADER=include/randstreams.h -DHPP=include/randstreams.hpp -P tests/cpp/coverage.cmake
#
# Fails when a function of the C header is not used by the C++ wrappers (outside comments), so
# that a function added to the C API does not silently miss its C++ form. Exceptions, with the
# reason, are listed below.
cmake_minimum_required(VERSION 3.25)

set(not_wrapped
  # Callbacks into the caller's own code; a C++ program makes the handle with the C function
  # and takes it over with bit_generator::adopt().
  bitgen_new_user)

# One list element per line: ';' and the brackets (which CMake lists treat specially) go first.
file(READ "${HEADER}" header)
string(REGEX REPLACE "[][;]" " " header "${header}")
string(REPLACE "\n" ";" header_lines "${header}")
set(functions "")
foreach(line IN LISTS header_lines)
  # Declarations only: not comment lines, not preprocessor lines.
  if(line MATCHES "^[ \t]*(/\\*|\\*|//|#)")
    continue()
  endif()
  if(line MATCHES "([a-z][a-z0-9_]*)\\(")
    list(APPEND functions "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES functions)
list(LENGTH functions n_functions)
if(n_functions LESS 50)
  message(FATAL_ERROR "found only ${n_functions} functions in ${HEADER}: the parsing is broken")
endif()

file(READ "${HPP}" hpp)
string(REGEX REPLACE "//[^\n]*" "" hpp "${hpp}")

set(missing "")
foreach(f IN LISTS functions)
  if(f IN_LIST not_wrapped)
    continue()
  endif()
  if(NOT hpp MATCHES "[^A-Za-z0-9_]${f}[^A-Za-z0-9_]")
    list(APPEND missing "${f}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "C functions without a C++ wrapper in ${HPP}:\n  ${text}")
endif()
message(STATUS "all ${n_functions} functions of ${HEADER} are wrapped (or listed as not wrapped)")
