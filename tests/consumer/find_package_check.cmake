# cmake -DSOURCE_DIR=<tests/consumer> -DWORK_DIR=<dir> -DPREFIX=<prefix> -DGENERATOR=<gen>
#       [-DC_COMPILER=<cc>] [-DCXX_COMPILER=<c++>] -P find_package_check.cmake
#
# Configures, builds and tests the consumer project (tests/consumer/CMakeLists.txt) against the
# installed PREFIX with -DCMAKE_PREFIX_PATH, in a fresh WORK_DIR/build. Then copies the prefix
# elsewhere (WORK_DIR/moved-prefix) and does it again, with a check that the package found
# itself there: the installed package is relocatable.

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " command "${ARGV}")
    message(FATAL_ERROR "failed (${rc}): ${command}")
  endif()
endfunction()

set(compilers "")
if(C_COMPILER)
  list(APPEND compilers "-DCMAKE_C_COMPILER=${C_COMPILER}")
endif()
if(CXX_COMPILER)
  list(APPEND compilers "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()

# consumer(<prefix> <build dir> [extra configure arguments...])
function(consumer prefix build)
  file(REMOVE_RECURSE "${build}")
  message(STATUS "--- consumer project against ${prefix}")
  run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
      --no-warn-unused-cli "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release
      ${compilers} ${ARGN})
  run("${CMAKE_COMMAND}" --build "${build}" --config Release)
  run("${CMAKE_CTEST_COMMAND}" --test-dir "${build}" -C Release --output-on-failure)
endfunction()

file(MAKE_DIRECTORY "${WORK_DIR}")
consumer("${PREFIX}" "${WORK_DIR}/build")

set(moved "${WORK_DIR}/moved-prefix")
file(REMOVE_RECURSE "${moved}")
file(MAKE_DIRECTORY "${moved}")
file(GLOB entries "${PREFIX}/*")
file(COPY ${entries} DESTINATION "${moved}")   # keeps symlinks symlinks
consumer("${moved}" "${WORK_DIR}/build-moved" "-DCONSUMER_EXPECT_PREFIX=${moved}")
