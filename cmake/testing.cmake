# The helpers that build the test programs and register them with ctest. Included by
# CMakeLists.txt inside if(RANDSTREAMS_BUILD_TESTING), after enable_testing(); used there and by
# tests/*/tests.cmake, tests/c/state.cmake and c_examples/examples.cmake.

# Every warning an error for the C and C++ test programs built with GCC or Clang.
set(RANDSTREAMS_STRICT_WARNINGS -Wall -Wextra -Wpedantic -Werror)
# The Fortran tests and example: standard Fortran 2008, every warning an error; bounds and
# pointer checks at run time.
set(RANDSTREAMS_STRICT_FORTRAN_FLAGS
  "$<$<Fortran_COMPILER_ID:GNU>:-std=f2008;-Wall;-Wextra;-Werror;-fcheck=bounds,pointer>")

# randstreams_add_test(<name> <source> [<argument>...])
#
# Builds `source` twice, as <name>_shared and <name>_static (linked to randstreams::shared
# and randstreams::static), and registers each as a ctest test run with the extra arguments.
function(randstreams_add_test name source)
  foreach(kind IN ITEMS shared static)
    set(target "${name}_${kind}")
    add_executable(${target} "${source}")
    target_link_libraries(${target} PRIVATE randstreams::${kind})
    target_compile_options(${target} PRIVATE
      "$<$<COMPILE_LANG_AND_ID:C,GNU,Clang,AppleClang>:${RANDSTREAMS_STRICT_WARNINGS}>"
      "$<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang,AppleClang>:${RANDSTREAMS_STRICT_WARNINGS}>")
    set_target_properties(${target} PROPERTIES
      C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF        # -std=c99
      CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF  # -std=c++11
      # Find the staged shared library (by its SONAME) when run from the build tree.
      BUILD_RPATH "${RANDSTREAMS_STAGE_LIBDIR}")
    # The imported libraries are produced by the cargo target.
    add_dependencies(${target} randstreams_cargo)
    add_test(NAME ${target} COMMAND ${target} ${ARGN})
  endforeach()
endfunction()

# randstreams_add_harness_test(<target>
#     SOURCES <file>...
#     [LINK <library>...]             linked after randstreams::static
#     [OPTIONS <compile option>...]   before the strict warnings
#     [STRICT_FOR <compiler ids>]     the compilers given RANDSTREAMS_STRICT_WARNINGS on C and
#                                     C++ sources (default GNU,Clang,AppleClang)
#     [PROPERTIES <property> <value>...]
#     [TEST <name>]                   the ctest name (default <target>)
#     HARNESS <script> [<argument>...])
#
# A program whose output a harness checks (against NumPy, across ranks, across a restart):
# builds <target> from SOURCES, linked to randstreams::static, and registers the test that runs
# scripts/harness/<script> with the Python interpreter (Python3_EXECUTABLE) and the arguments,
# which name the program ($<TARGET_FILE:<target>>) where the harness expects it. A harness exits
# 77 (skipped) when NumPy or MPI is missing.
function(randstreams_add_harness_test target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "STRICT_FOR;TEST"
    "SOURCES;LINK;OPTIONS;PROPERTIES;HARNESS")
  if(arg_UNPARSED_ARGUMENTS OR NOT arg_SOURCES OR NOT arg_HARNESS)
    message(FATAL_ERROR "randstreams_add_harness_test(${target}): needs SOURCES and HARNESS; "
      "not understood: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_STRICT_FOR)
    set(arg_STRICT_FOR "GNU,Clang,AppleClang")
  endif()
  if(NOT arg_TEST)
    set(arg_TEST "${target}")
  endif()
  list(POP_FRONT arg_HARNESS script)

  add_executable(${target} ${arg_SOURCES})
  target_link_libraries(${target} PRIVATE randstreams::static ${arg_LINK})
  target_compile_options(${target} PRIVATE ${arg_OPTIONS}
    "$<$<COMPILE_LANG_AND_ID:C,${arg_STRICT_FOR}>:${RANDSTREAMS_STRICT_WARNINGS}>"
    "$<$<COMPILE_LANG_AND_ID:CXX,${arg_STRICT_FOR}>:${RANDSTREAMS_STRICT_WARNINGS}>")
  if(arg_PROPERTIES)
    set_target_properties(${target} PROPERTIES ${arg_PROPERTIES})
  endif()
  # The imported library is produced by the cargo target.
  add_dependencies(${target} randstreams_cargo)
  add_test(NAME ${arg_TEST}
    COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/harness/${script}" ${arg_HARNESS})
  set_tests_properties(${arg_TEST} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()
