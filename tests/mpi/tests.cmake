# c_examples/mpi_pi.c with 1, 2 and 4 ranks: identical output, equal to NumPy's (ctest mpi_pi).
find_package(MPI COMPONENTS C)
if(NOT MPI_C_FOUND)
  message(STATUS "MPI not found: the MPI example test is skipped")
  return()
endif()
randstreams_add_harness_test(example_mpi_pi
  SOURCES c_examples/mpi_pi.c
  LINK MPI::MPI_C
  # No fused multiply-add, so x*x + y*y rounds as NumPy's array arithmetic does.
  OPTIONS -ffp-contract=off
  STRICT_FOR GNU,Clang
  PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
  TEST mpi_pi
  HARNESS check_mpi.py "${MPIEXEC_EXECUTABLE}" $<TARGET_FILE:example_mpi_pi>)
