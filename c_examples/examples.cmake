# The guide's four strategies in C++ (c_examples/strategies.cpp, with include/randstreams.hpp)
# and in Fortran (c_examples/strategies.f90, with include/randstreams.f90), each printing what
# the four C examples print and compared line by line with NumPy by scripts/check_example.py.
# Included from CMakeLists.txt inside its RANDSTREAMS_BUILD_TESTING block, after the C
# examples (it uses their _strict_warnings and Python3_EXECUTABLE).
#
# ctest names: example_strategies_cpp, and example_strategies_fortran when a Fortran compiler
# is found (without one it is left out with a message).

# C++17, the wrappers' minimum, with every warning an error.
add_executable(example_strategies_cpp "${CMAKE_CURRENT_LIST_DIR}/strategies.cpp")
target_link_libraries(example_strategies_cpp PRIVATE randstreams::static)
target_compile_options(example_strategies_cpp PRIVATE
  "$<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:${_strict_warnings}>")
set_target_properties(example_strategies_cpp PROPERTIES
  CXX_STANDARD 17 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
add_dependencies(example_strategies_cpp randstreams_cargo)
add_test(NAME example_strategies_cpp
  COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_example.py"
          $<TARGET_FILE:example_strategies_cpp> strategies)
set_tests_properties(example_strategies_cpp PROPERTIES SKIP_RETURN_CODE 77)

include(CheckLanguage)
check_language(Fortran)
if(NOT CMAKE_Fortran_COMPILER)
  message(STATUS "randstreams: no Fortran compiler found; example_strategies_fortran is skipped")
else()
  enable_language(Fortran)
  # The module source is compiled into the program, as a consumer does; its randstreams.mod
  # goes to a directory of its own, apart from the Fortran tests' copy.
  add_executable(example_strategies_fortran
    "${CMAKE_CURRENT_SOURCE_DIR}/include/randstreams.f90"
    "${CMAKE_CURRENT_LIST_DIR}/strategies.f90")
  target_link_libraries(example_strategies_fortran PRIVATE randstreams::static)
  # Standard Fortran 2008, every warning an error; bounds and pointer checks at run time.
  target_compile_options(example_strategies_fortran PRIVATE
    "$<$<Fortran_COMPILER_ID:GNU>:-std=f2008;-Wall;-Wextra;-Werror;-fcheck=bounds,pointer>")
  set_target_properties(example_strategies_fortran PROPERTIES
    LINKER_LANGUAGE Fortran
    Fortran_MODULE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/example_strategies_fortran_modules")
  add_dependencies(example_strategies_fortran randstreams_cargo)
  # The same text as the C++ program, so the same expected output.
  add_test(NAME example_strategies_fortran
    COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_example.py"
            $<TARGET_FILE:example_strategies_fortran> strategies)
  set_tests_properties(example_strategies_fortran PROPERTIES SKIP_RETURN_CODE 77)
endif()
