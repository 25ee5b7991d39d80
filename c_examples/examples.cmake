# The guide's four strategies in C++ (c_examples/strategies.cpp, with include/randstreams.hpp)
# and in Fortran (c_examples/strategies.f90, with include/randstreams.f90), each printing what
# the four C examples print and compared line by line with NumPy by
# scripts/harness/check_example.py.
# Included from CMakeLists.txt inside its RANDSTREAMS_BUILD_TESTING block, after the C
# examples (it uses cmake/testing.cmake's randstreams_add_harness_test and Python3_EXECUTABLE).
#
# ctest names: example_strategies_cpp, and example_strategies_fortran when a Fortran compiler
# is found (without one it is left out with a message).

# C++17, the wrappers' minimum, with every warning an error.
randstreams_add_harness_test(example_strategies_cpp
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/strategies.cpp"
  PROPERTIES CXX_STANDARD 17 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF
  HARNESS check_example.py $<TARGET_FILE:example_strategies_cpp> strategies)

include(CheckLanguage)
check_language(Fortran)
if(NOT CMAKE_Fortran_COMPILER)
  message(STATUS "randstreams: no Fortran compiler found; example_strategies_fortran is skipped")
else()
  enable_language(Fortran)
  # The module source is compiled into the program, as a consumer does; its randstreams.mod
  # goes to a directory of its own, apart from the Fortran tests' copy.
  # The same text as the C++ program, so the same expected output.
  randstreams_add_harness_test(example_strategies_fortran
    SOURCES "${CMAKE_CURRENT_SOURCE_DIR}/include/randstreams.f90"
            "${CMAKE_CURRENT_LIST_DIR}/strategies.f90"
    OPTIONS ${RANDSTREAMS_STRICT_FORTRAN_FLAGS}
    PROPERTIES
      LINKER_LANGUAGE Fortran
      Fortran_MODULE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/example_strategies_fortran_modules"
    HARNESS check_example.py $<TARGET_FILE:example_strategies_fortran> strategies)
endif()
