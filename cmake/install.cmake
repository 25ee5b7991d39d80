# Install rules: `cmake --install <build> --prefix <P>` puts into <P>
#
#   <libdir>/<RANDSTREAMS_SHARED_FILE>, <RANDSTREAMS_SONAME> -> it,
#            <RANDSTREAMS_SHARED_LINK> -> <RANDSTREAMS_SONAME>, <RANDSTREAMS_STATIC_FILE>
#            (on Linux librandstreams.so.<version>, librandstreams.so.<soversion>,
#            librandstreams.so and librandstreams.a)
#   <includedir>/randstreams.h (and randstreams.hpp, randstreams.f90 when the source tree has them)
#   <libdir>/cmake/randstreams/randstreams{Config,ConfigVersion,Targets}.cmake
#   <libdir>/pkgconfig/randstreams.pc
#
# The libraries are IMPORTED targets built by cargo, which install(TARGETS/EXPORT) cannot
# install: the staged files are installed with install(FILES), which keeps symlinks symlinks.
# Included by CMakeLists.txt after randstreams_define_targets(...).

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(_rs_lib_stage "${RANDSTREAMS_STAGE_LIBDIR}")
set(_rs_include_src "${CMAKE_CURRENT_SOURCE_DIR}/include")
set(_rs_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/randstreams")
set(_rs_pc_dir "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# --- Libraries -------------------------------------------------------------------------------

set(_rs_so_files "${_rs_lib_stage}/${RANDSTREAMS_SHARED_FILE}")
if(NOT RANDSTREAMS_SONAME STREQUAL RANDSTREAMS_SHARED_FILE)   # 0.0.z: the SONAME is the file
  list(APPEND _rs_so_files "${_rs_lib_stage}/${RANDSTREAMS_SONAME}")
endif()
list(APPEND _rs_so_files "${_rs_lib_stage}/${RANDSTREAMS_SHARED_LINK}")
install(FILES ${_rs_so_files}
  DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
              GROUP_READ GROUP_EXECUTE
              WORLD_READ WORLD_EXECUTE
  COMPONENT runtime)
install(FILES "${_rs_lib_stage}/${RANDSTREAMS_STATIC_FILE}"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  COMPONENT development)

# --- Headers ---------------------------------------------------------------------------------

# randstreams.hpp and randstreams.f90 are optional; the configure step re-runs when files are
# added to include/, so creating one is picked up by the next build.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_rs_include_src}")
set(_rs_headers "${_rs_include_src}/randstreams.h")
set(RANDSTREAMS_INSTALL_CXX_HEADER OFF)
if(EXISTS "${_rs_include_src}/randstreams.hpp")
  list(APPEND _rs_headers "${_rs_include_src}/randstreams.hpp")
  set(RANDSTREAMS_INSTALL_CXX_HEADER ON)
endif()
set(RANDSTREAMS_INSTALL_FORTRAN_MODULE OFF)
if(EXISTS "${_rs_include_src}/randstreams.f90")
  list(APPEND _rs_headers "${_rs_include_src}/randstreams.f90")
  set(RANDSTREAMS_INSTALL_FORTRAN_MODULE ON)
endif()
install(FILES ${_rs_headers}
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  COMPONENT development)

# --- CMake package ---------------------------------------------------------------------------

configure_package_config_file(
  "${CMAKE_CURRENT_SOURCE_DIR}/cmake/randstreamsConfig.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/randstreamsConfig.cmake"
  INSTALL_DESTINATION "${_rs_cmake_dir}"
  PATH_VARS CMAKE_INSTALL_LIBDIR CMAKE_INSTALL_INCLUDEDIR)

# The ABI (and SONAME) may change with every 0.y release, then with every major one.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_rs_compatibility SameMinorVersion)
else()
  set(_rs_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  "${CMAKE_CURRENT_BINARY_DIR}/randstreamsConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY ${_rs_compatibility})

install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/randstreamsConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/randstreamsConfigVersion.cmake"
  "${CMAKE_CURRENT_SOURCE_DIR}/cmake/randstreamsTargets.cmake"
  DESTINATION "${_rs_cmake_dir}"
  COMPONENT development)

# --- pkg-config ------------------------------------------------------------------------------

# Relocatable: prefix is found from the .pc file's own directory (${pcfiledir}), whatever
# libdir is (lib, lib64, lib/x86_64-linux-gnu, ...).
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(RANDSTREAMS_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _rs_pc_to_prefix "/prefix/${_rs_pc_dir}" "/prefix")
  string(REGEX REPLACE "/+$" "" _rs_pc_to_prefix "${_rs_pc_to_prefix}")
  if(_rs_pc_to_prefix STREQUAL "")
    set(RANDSTREAMS_PC_PREFIX "\${pcfiledir}")
  else()
    set(RANDSTREAMS_PC_PREFIX "\${pcfiledir}/${_rs_pc_to_prefix}")
  endif()
endif()
foreach(_rs_dir IN ITEMS LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_rs_dir}}")
    set(RANDSTREAMS_PC_${_rs_dir} "${CMAKE_INSTALL_${_rs_dir}}")
  else()
    set(RANDSTREAMS_PC_${_rs_dir} "\${prefix}/${CMAKE_INSTALL_${_rs_dir}}")
  endif()
endforeach()
randstreams_native_static_libs(_rs_native_libs)
list(TRANSFORM _rs_native_libs PREPEND "-l")
list(JOIN _rs_native_libs " " RANDSTREAMS_PC_LIBS_PRIVATE)

configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/randstreams.pc.in"
  "${CMAKE_CURRENT_BINARY_DIR}/randstreams.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/randstreams.pc"
  DESTINATION "${_rs_pc_dir}"
  COMPONENT development)
