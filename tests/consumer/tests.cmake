# Tests of the installed package, registered by CMakeLists.txt (inside RANDSTREAMS_BUILD_TESTING)
# after cmake/install.cmake. They use what `cmake --install` puts into a prefix, not the build
# tree:
#
#   consumer_install       cmake --install into <build>/consumer-prefix (fresh); checks the
#                          files, symlinks and SONAME (readelf -d). Fixture for the others.
#   consumer_find_package  builds and tests the separate project tests/consumer/ with
#                          find_package(randstreams CONFIG REQUIRED) (C shared and static, C++ and
#                          Fortran when installed), from the prefix and from a moved copy
#   consumer_pkg_config    cc + pkg-config, shared and --static, and from a moved copy
#   consumer_header_c99    the installed header under -std=c99 -Wall -Wextra -Wpedantic -Werror
#
# and soname_rule: build.rs and CMake give the same SONAME for versions of every shape.
include(GNUInstallDirs)

set(_rs_consumer_src "${CMAKE_CURRENT_LIST_DIR}")
set(_rs_consumer_prefix "${CMAKE_CURRENT_BINARY_DIR}/consumer-prefix")
set(_rs_consumer_work "${CMAKE_CURRENT_BINARY_DIR}/consumer")

set(_rs_readelf "${CMAKE_READELF}")
if(NOT _rs_readelf)
  find_program(RANDSTREAMS_READELF readelf)
  set(_rs_readelf "${RANDSTREAMS_READELF}")
endif()
if(NOT _rs_readelf)
  set(_rs_readelf readelf)   # the tests fail, saying so
endif()

add_test(NAME consumer_install
  COMMAND "${CMAKE_COMMAND}"
          "-DBUILD_DIR=${CMAKE_BINARY_DIR}" "-DPREFIX=${_rs_consumer_prefix}"
          "-DLIBDIR=${CMAKE_INSTALL_LIBDIR}" "-DINCLUDEDIR=${CMAKE_INSTALL_INCLUDEDIR}"
          "-DSHARED_FILE=${RANDSTREAMS_SHARED_FILE}" "-DSONAME=${RANDSTREAMS_SONAME}"
          "-DSHARED_LINK=${RANDSTREAMS_SHARED_LINK}" "-DSTATIC_FILE=${RANDSTREAMS_STATIC_FILE}"
          "-DREADELF=${_rs_readelf}" "-DCONFIG=$<CONFIG>"
          -P "${_rs_consumer_src}/install_check.cmake")
set_tests_properties(consumer_install PROPERTIES
  FIXTURES_SETUP randstreams_installed)

add_test(NAME consumer_find_package
  COMMAND "${CMAKE_COMMAND}"
          "-DSOURCE_DIR=${_rs_consumer_src}" "-DWORK_DIR=${_rs_consumer_work}/find_package"
          "-DPREFIX=${_rs_consumer_prefix}" "-DGENERATOR=${CMAKE_GENERATOR}"
          "-DC_COMPILER=${CMAKE_C_COMPILER}" "-DCXX_COMPILER=${CMAKE_CXX_COMPILER}"
          -P "${_rs_consumer_src}/find_package_check.cmake")

add_test(NAME consumer_pkg_config
  COMMAND sh "${_rs_consumer_src}/pkg_config.sh"
          "${_rs_consumer_prefix}" "${CMAKE_INSTALL_LIBDIR}" "${PROJECT_VERSION}"
          "${RANDSTREAMS_SONAME}" "${RANDSTREAMS_STATIC_FILE}" "${CMAKE_C_COMPILER}"
          "${_rs_readelf}" "${_rs_consumer_work}/pkg_config")
set_tests_properties(consumer_pkg_config PROPERTIES SKIP_RETURN_CODE 77)

file(MAKE_DIRECTORY "${_rs_consumer_work}")
add_test(NAME consumer_header_c99
  COMMAND "${CMAKE_C_COMPILER}" -std=c99 -Wall -Wextra -Wpedantic -Werror
          "-I${_rs_consumer_prefix}/${CMAKE_INSTALL_INCLUDEDIR}"
          -c "${_rs_consumer_src}/consumer.c" -o "${_rs_consumer_work}/header_c99.o")
if(NOT CMAKE_C_COMPILER_ID MATCHES "^(GNU|Clang|AppleClang)$")
  set_tests_properties(consumer_header_c99 PROPERTIES DISABLED TRUE)
endif()

set_tests_properties(consumer_find_package consumer_pkg_config consumer_header_c99 PROPERTIES
  FIXTURES_REQUIRED randstreams_installed)

# build.rs's SONAME rule against CMake's (cmake/randstreamsTargets.cmake), on the platforms
# where build.rs sets a SONAME.
if(CMAKE_SYSTEM_NAME MATCHES "Linux|BSD")
  get_filename_component(_rs_cargo_bin "${CARGO_EXECUTABLE}" DIRECTORY)
  find_program(RANDSTREAMS_RUSTC rustc HINTS "${_rs_cargo_bin}" REQUIRED)
  add_test(NAME soname_rule
    COMMAND "${CMAKE_COMMAND}"
            "-DRUSTC=${RANDSTREAMS_RUSTC}" "-DBUILD_RS=${PROJECT_SOURCE_DIR}/build.rs"
            "-DTARGETS_CMAKE=${PROJECT_SOURCE_DIR}/cmake/randstreamsTargets.cmake"
            "-DSHARED_PREFIX=${CMAKE_SHARED_LIBRARY_PREFIX}"
            "-DSHARED_SUFFIX=${CMAKE_SHARED_LIBRARY_SUFFIX}"
            "-DVERSION=${PROJECT_VERSION}" "-DWORK_DIR=${_rs_consumer_work}/soname_rule"
            -P "${_rs_consumer_src}/soname_rule.cmake")
endif()
