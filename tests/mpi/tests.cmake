# c_examples/mpi_pi.c with 1, 2 and 4 ranks: identical output, equal to NumPy's (ctest mpi_pi).
find_package(MPI COMPONENTS C)
if(NOT MPI_C_FOUND)
  message(STATUS "MPI not found: the MPI example test is skipped")
  return()
endif()
add_executable(example_mpi_pi c_examples/mpi_pi.c)
target_link_libraries(example_mpi_pi PRIVATE randstreams::static MPI::MPI_C)
# No fused multiply-add, so x*x + y*y rounds as NumPy's array arithmetic does.
target_compile_options(example_mpi_pi PRIVATE -ffp-contract=off
  "$<$<C_COMPILER_ID:GNU,Clang>:${_strict_warnings}>")
set_target_properties(example_mpi_pi PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON)
add_dependencies(example_mpi_pi randstreams_cargo)
add_test(NAME mpi_pi
  COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_mpi.py"
          "${MPIEXEC_EXECUTABLE}" $<TARGET_FILE:example_mpi_pi>)
set_tests_properties(mpi_pi PROPERTIES SKIP_RETURN_CODE 77)
