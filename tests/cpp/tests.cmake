# The C++ wrappers (include/randstreams.hpp), tested against the C functions on twin handles.
# Included from CMakeLists.txt inside its RANDSTREAMS_BUILD_TESTING block, after
# randstreams_add_test is defined.
#
# ctest names: cpp_cxx17_{shared,static} and cpp_cxx20_{shared,static} (the header compiled as
# C++17 and as C++20, where the std::uniform_random_bit_generator static_assert is active, with
# -Wall -Wextra -Wpedantic -Werror) and cpp_valgrind_{shared,static} when valgrind is found.
# That every C function has its C++ form is checked by tests/bindings_coverage.rs.

foreach(std IN ITEMS 17 20)
  randstreams_add_test(cpp_cxx${std} "${CMAKE_CURRENT_LIST_DIR}/test_cpp.cpp")
  set_target_properties(cpp_cxx${std}_shared cpp_cxx${std}_static PROPERTIES CXX_STANDARD ${std})
endforeach()

# No leaks, no double free, no invalid access: the move and exception paths run under memcheck.
find_program(RANDSTREAMS_VALGRIND valgrind)
if(RANDSTREAMS_VALGRIND)
  foreach(kind IN ITEMS shared static)
    add_test(NAME cpp_valgrind_${kind}
      COMMAND "${RANDSTREAMS_VALGRIND}" --error-exitcode=1 --leak-check=full
              --errors-for-leak-kinds=definite,indirect,possible
              $<TARGET_FILE:cpp_cxx20_${kind}>)
  endforeach()
else()
  message(STATUS "valgrind not found: the cpp_valgrind_* tests are skipped")
endif()
