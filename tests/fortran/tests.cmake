# The Fortran tests (ctest fortran_*): include/randstreams.f90, the Fortran module shipped as
# source, compiled here with the strictest flags and exercised against the shared and the
# static library. Included from CMakeLists.txt inside if(RANDSTREAMS_BUILD_TESTING).
#
# Fortran is optional: without a Fortran compiler the tests are skipped with a message.

include(CheckLanguage)
check_language(Fortran)

if(NOT CMAKE_Fortran_COMPILER)
  message(STATUS "randstreams: no Fortran compiler found; the fortran_* tests are skipped")
else()
  enable_language(Fortran)

  set(_rs_fortran_dir "${CMAKE_CURRENT_SOURCE_DIR}/tests/fortran")

  # The module (as a consumer compiles it) and the tests' helper module, in one small static
  # library; it does not link the C library, so each test picks the shared or the static one.
  add_library(randstreams_fortran_testlib STATIC
    "${CMAKE_CURRENT_SOURCE_DIR}/include/randstreams.f90"
    "${_rs_fortran_dir}/testing.f90")
  set_target_properties(randstreams_fortran_testlib PROPERTIES
    Fortran_MODULE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/fortran_modules")
  target_include_directories(randstreams_fortran_testlib
    PUBLIC "${CMAKE_CURRENT_BINARY_DIR}/fortran_modules")
  target_compile_options(randstreams_fortran_testlib PRIVATE ${RANDSTREAMS_STRICT_FORTRAN_FLAGS})

  foreach(_rs_test IN ITEMS known_values api methods sampling)
    foreach(_rs_kind IN ITEMS shared static)
      set(_rs_target "fortran_${_rs_test}_${_rs_kind}")
      add_executable(${_rs_target} "${_rs_fortran_dir}/test_${_rs_test}.f90")
      target_link_libraries(${_rs_target} PRIVATE
        randstreams_fortran_testlib randstreams::${_rs_kind})
      target_compile_options(${_rs_target} PRIVATE ${RANDSTREAMS_STRICT_FORTRAN_FLAGS})
      set_target_properties(${_rs_target} PROPERTIES
        LINKER_LANGUAGE Fortran
        # Find the staged librandstreams.so.<soversion> when run from the build tree.
        BUILD_RPATH "${RANDSTREAMS_STAGE_LIBDIR}")
      # The imported libraries are produced by the cargo target.
      add_dependencies(${_rs_target} randstreams_cargo)
      # Prints "N passed, M failed"; exits with a failure status when M > 0.
      add_test(NAME ${_rs_target} COMMAND ${_rs_target})
    endforeach()
  endforeach()

  # Every handle freed, no invalid access (the string and array wrappers): the API test under
  # valgrind, when it is installed.
  find_program(RANDSTREAMS_VALGRIND valgrind)
  if(RANDSTREAMS_VALGRIND)
    add_test(NAME fortran_api_memcheck
      COMMAND "${RANDSTREAMS_VALGRIND}" --error-exitcode=1 --leak-check=full
              --errors-for-leak-kinds=definite,indirect,possible $<TARGET_FILE:fortran_api_shared>)
  endif()
endif()
