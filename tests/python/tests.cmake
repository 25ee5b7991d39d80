# The Python ctypes module (python/randstreams.py) against NumPy, live: included by
# CMakeLists.txt inside if(RANDSTREAMS_BUILD_TESTING), after find_package(Python3).
# Needs NumPy and pytest in that interpreter (scripts/test.sh installs them).
add_test(NAME python_ctypes
  COMMAND "${Python3_EXECUTABLE}" -m pytest -q -p no:cacheprovider
          "${CMAKE_CURRENT_SOURCE_DIR}/tests/python"
  WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
set_tests_properties(python_ctypes PROPERTIES
  ENVIRONMENT "RANDSTREAMS_LIBRARY=$<TARGET_FILE:randstreams::shared>;PYTHONDONTWRITEBYTECODE=1")
