# cmake -DRUSTC=<rustc> -DBUILD_RS=<build.rs> -DTARGETS_CMAKE=<cmake/randstreamsTargets.cmake>
#       -DSHARED_PREFIX=<lib> -DSHARED_SUFFIX=<.so> -DVERSION=<x.y.z> -DWORK_DIR=<dir>
#       -P soname_rule.cmake
#
# The SONAME rule is written twice: in build.rs, which sets it when cargo links the library,
# and in randstreams_soversion() (cmake/randstreamsTargets.cmake), from which CMake names the
# files, symlinks and DT_NEEDED it expects. For VERSION and for versions of every shape the rule
# distinguishes (0.0.z, 0.y.z, x.y.z), this compiles build.rs with rustc as cargo would for that
# version, runs it for Linux and fails unless the SONAME it passes to the linker is the one
# CMake computes.
cmake_minimum_required(VERSION 3.25)

include("${TARGETS_CMAKE}")
set(CMAKE_SHARED_LIBRARY_PREFIX "${SHARED_PREFIX}")
set(CMAKE_SHARED_LIBRARY_SUFFIX "${SHARED_SUFFIX}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(errors "")
foreach(version IN ITEMS 0.0.1 0.0.17 0.1.0 0.12.3 1.0.0 1.4.2 12.0.5 ${VERSION})
  randstreams_soversion(${version} soversion)
  randstreams_library_names(${version} ${soversion} cmake)
  string(REPLACE "." "_" tag "${version}")
  set(exe "${WORK_DIR}/build_rs_${tag}")
  string(REPLACE "." ";" parts "${version}")
  list(GET parts 0 major)
  list(GET parts 1 minor)
  list(GET parts 2 patch)
  # build.rs reads the version with env!(), at compile time.
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env CARGO_PKG_VERSION_MAJOR=${major}
            CARGO_PKG_VERSION_MINOR=${minor} CARGO_PKG_VERSION_PATCH=${patch}
            "${RUSTC}" --edition 2021 --crate-name build_script_build -o "${exe}" "${BUILD_RS}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rustc ${BUILD_RS} for ${version} failed (${rc}):\n${err}")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env CARGO_CFG_TARGET_OS=linux "${exe}"
    OUTPUT_VARIABLE out RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${exe} failed (${rc})")
  endif()
  if(out MATCHES "-soname,([^\n]*)")
    set(cargo_soname "${CMAKE_MATCH_1}")
  else()
    set(cargo_soname "(none)")
  endif()
  if(cargo_soname STREQUAL cmake_SONAME)
    message(STATUS "${version}: SONAME ${cargo_soname}")
  else()
    string(APPEND errors
      "  ${version}: build.rs sets ${cargo_soname}, CMake expects ${cmake_SONAME}\n")
  endif()
endforeach()
if(errors)
  message(FATAL_ERROR "build.rs and randstreams_soversion() disagree:\n${errors}")
endif()
