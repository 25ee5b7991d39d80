# cmake -DBUILD_DIR=<build> -DPREFIX=<prefix> -DLIBDIR=<libdir> -DINCLUDEDIR=<includedir>
#       -DSHARED_FILE=<file> -DSONAME=<soname> -DSHARED_LINK=<file> -DSTATIC_FILE=<file>
#       -DREADELF=<readelf> [-DCONFIG=<cfg>] -P install_check.cmake
#
# The library names are the main build's RANDSTREAMS_SHARED_FILE, RANDSTREAMS_SONAME,
# RANDSTREAMS_SHARED_LINK and RANDSTREAMS_STATIC_FILE (on Linux librandstreams.so.<version>,
# librandstreams.so.<soversion>, librandstreams.so and librandstreams.a).
#
# Installs the build into a fresh PREFIX with `cmake --install`, then checks the installed
# files: the libraries and their symlinks, the SONAME (readelf -d), the headers, the CMake
# package and the pkg-config file.
file(REMOVE_RECURSE "${PREFIX}")
set(config_args "")
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${rc}")
endif()

set(errors "")
macro(fail text)
  string(APPEND errors "  ${text}\n")
endmacro()

set(lib "${PREFIX}/${LIBDIR}")
set(real "${SHARED_FILE}")
set(soname "${SONAME}")

# The real file, then the symlink chain SHARED_LINK -> SONAME -> real file.
if(NOT EXISTS "${lib}/${real}" OR IS_SYMLINK "${lib}/${real}")
  fail("${lib}/${real} is not a regular file")
endif()
set(chain "${SHARED_LINK}" "${soname}")
if(soname STREQUAL real)
  set(chain "${SHARED_LINK}")
endif()
foreach(link IN LISTS chain)
  if(NOT IS_SYMLINK "${lib}/${link}")
    fail("${lib}/${link} is not a symlink")
    continue()
  endif()
  file(READ_SYMLINK "${lib}/${link}" target)
  if(link STREQUAL SHARED_LINK AND NOT soname STREQUAL real)
    set(want "${soname}")
  else()
    set(want "${real}")
  endif()
  if(NOT target STREQUAL want)
    fail("${lib}/${link} -> ${target}, expected -> ${want}")
  endif()
endforeach()

execute_process(COMMAND "${READELF}" -d "${lib}/${real}"
  OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  fail("${READELF} -d ${lib}/${real} failed: ${rc}")
elseif(NOT dynamic MATCHES "\\(SONAME\\)[^\n]*\\[([^]\n]*)\\]")
  fail("${lib}/${real} has no SONAME")
elseif(NOT CMAKE_MATCH_1 STREQUAL soname)
  fail("${lib}/${real} has SONAME ${CMAKE_MATCH_1}, expected ${soname}")
else()
  message(STATUS "SONAME ${CMAKE_MATCH_1}")
endif()

foreach(file IN ITEMS
    "${LIBDIR}/${STATIC_FILE}"
    "${INCLUDEDIR}/randstreams.h"
    "${LIBDIR}/cmake/randstreams/randstreamsConfig.cmake"
    "${LIBDIR}/cmake/randstreams/randstreamsConfigVersion.cmake"
    "${LIBDIR}/cmake/randstreams/randstreamsTargets.cmake"
    "${LIBDIR}/pkgconfig/randstreams.pc")
  if(NOT EXISTS "${PREFIX}/${file}")
    fail("${PREFIX}/${file} is missing")
  endif()
endforeach()

# No absolute path of this machine in the package files: they must work from any prefix.
foreach(file IN ITEMS
    "${LIBDIR}/cmake/randstreams/randstreamsConfig.cmake"
    "${LIBDIR}/pkgconfig/randstreams.pc")
  if(EXISTS "${PREFIX}/${file}")
    file(READ "${PREFIX}/${file}" text)
    string(FIND "${text}" "${PREFIX}" at)
    if(NOT at EQUAL -1)
      fail("${file} contains the install prefix ${PREFIX}: not relocatable")
    endif()
  endif()
endforeach()

file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(JOIN installed "\n  " installed)
message(STATUS "Installed into ${PREFIX}:\n  ${installed}")

if(errors)
  message(FATAL_ERROR "The installed prefix ${PREFIX} is wrong:\n${errors}")
endif()
