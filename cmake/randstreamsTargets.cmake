# Imported targets for the randstreams C library:
#
#   randstreams::shared       the shared library, librandstreams.so.<version> on Linux
#                             (SONAME librandstreams.so.<soversion>)
#   randstreams::static       the static library, librandstreams.a on Linux, plus the system
#                             libraries Rust's std needs
#   randstreams::randstreams  the default: randstreams::shared
#
# Used by the build tree (CMakeLists.txt, with the libraries staged by the randstreams_cargo
# target) and installed next to randstreamsConfig.cmake, which calls randstreams_define_targets
# with the installed directories (cmake/install.cmake).

# The SONAME version by cargo-c's rule: 0.0.z -> "0.0.z", 0.y.z -> "0.y", x.y.z -> "x" (x >= 1).
#
# This is the rule's one place in CMake: CMakeLists.txt calls it once and keeps the result in
# RANDSTREAMS_SOVERSION, and every file name, symlink, install rule and test in CMake comes from
# randstreams_library_names() below. build.rs applies the same rule when cargo links the library
# (cargo, which builds it without CMake, has to set the SONAME itself); the ctest soname_rule
# (tests/consumer/soname_rule.cmake) runs build.rs for versions of every shape and fails if the
# two disagree, and consumer_install checks the SONAME the built library carries.
function(randstreams_soversion version out_var)
  if(NOT version MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)")
    message(FATAL_ERROR "randstreams: cannot derive a soversion from version '${version}'")
  endif()
  if(CMAKE_MATCH_1 EQUAL 0 AND CMAKE_MATCH_2 EQUAL 0)
    set(soversion "0.0.${CMAKE_MATCH_3}")
  elseif(CMAKE_MATCH_1 EQUAL 0)
    set(soversion "0.${CMAKE_MATCH_2}")
  else()
    set(soversion "${CMAKE_MATCH_1}")
  endif()
  set(${out_var} "${soversion}" PARENT_SCOPE)
endfunction()

# randstreams_library_names(<version> <soversion> <prefix>)
#
# The library files' names, from the platform's CMAKE_SHARED_LIBRARY_PREFIX/SUFFIX and
# CMAKE_STATIC_LIBRARY_PREFIX/SUFFIX (which are also how cargo names its outputs). Sets
#   <prefix>_SHARED_FILE  the shared library itself  (librandstreams.so.<version> on Linux)
#   <prefix>_SONAME       its SONAME, a symlink to it (librandstreams.so.<soversion>)
#   <prefix>_SHARED_LINK  what -lrandstreams finds, a symlink to the SONAME (librandstreams.so)
#   <prefix>_STATIC_FILE  the static library         (librandstreams.a)
# The versions follow the suffix, as ELF's convention has it: build.rs sets a SONAME on Linux
# and the BSDs only.
function(randstreams_library_names version soversion prefix)
  set(link "${CMAKE_SHARED_LIBRARY_PREFIX}randstreams${CMAKE_SHARED_LIBRARY_SUFFIX}")
  set(${prefix}_SHARED_FILE "${link}.${version}" PARENT_SCOPE)
  set(${prefix}_SONAME "${link}.${soversion}" PARENT_SCOPE)
  set(${prefix}_SHARED_LINK "${link}" PARENT_SCOPE)
  set(${prefix}_STATIC_FILE
    "${CMAKE_STATIC_LIBRARY_PREFIX}randstreams${CMAKE_STATIC_LIBRARY_SUFFIX}" PARENT_SCOPE)
endfunction()

# The system libraries a program linked to librandstreams.a needs besides libc, as library
# names (for -l). A Rust staticlib contains std, which needs them. The list is what
#   cargo rustc --release --lib --crate-type staticlib -- --print native-static-libs
# prints for x86_64-unknown-linux-gnu:
#   -lc -lm -lrt -lpthread -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
# (libc is linked anyway; gcc_s provides the unwinder, as the crate uses panic = "unwind"),
# and LAPACK, which the default `lapack` feature links for multivariate_normal (build.rs).
# Also the Libs.private of randstreams.pc.
function(randstreams_native_static_libs out_var)
  set(libs "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(libs lapack pthread m dl rt util gcc_s)
  endif()
  set(${out_var} "${libs}" PARENT_SCOPE)
endfunction()

# randstreams_define_targets(<libdir> <includedir> <version> <soversion> [LOCAL])
#
# Defines randstreams::shared, randstreams::static and randstreams::randstreams for the
# libraries in `libdir` and the header in `includedir`. Does nothing if they already exist.
# The targets are IMPORTED GLOBAL, or, with LOCAL, visible in the calling directory and below
# only (as find_package's imported targets usually are; the installed package uses LOCAL).
function(randstreams_define_targets libdir includedir version soversion)
  if(TARGET randstreams::shared OR TARGET randstreams::static)
    return()
  endif()
  set(scope GLOBAL)
  list(FIND ARGN LOCAL local_index)
  if(NOT local_index EQUAL -1)
    set(scope "")
  endif()

  randstreams_library_names(${version} ${soversion} file)

  add_library(randstreams::shared SHARED IMPORTED ${scope})
  set_target_properties(randstreams::shared PROPERTIES
    IMPORTED_LOCATION "${libdir}/${file_SHARED_FILE}"
    # What the linker records in DT_NEEDED once the library carries this SONAME (build.rs).
    IMPORTED_SONAME "${file_SONAME}"
    INTERFACE_INCLUDE_DIRECTORIES "${includedir}")

  # Plain library names (-lpthread ...), not Threads::Threads: FindThreads needs C or C++
  # enabled, and a Fortran-only consumer must be able to link the static library too.
  randstreams_native_static_libs(native_libs)

  add_library(randstreams::static STATIC IMPORTED ${scope})
  set_target_properties(randstreams::static PROPERTIES
    IMPORTED_LOCATION "${libdir}/${file_STATIC_FILE}"
    IMPORTED_LINK_INTERFACE_LANGUAGES "C"
    INTERFACE_INCLUDE_DIRECTORIES "${includedir}"
    INTERFACE_LINK_LIBRARIES "${native_libs}")

  # The default target. An ALIAS of a non-GLOBAL imported target needs CMake 3.18.
  if(scope STREQUAL "GLOBAL" OR NOT CMAKE_VERSION VERSION_LESS 3.18)
    add_library(randstreams::randstreams ALIAS randstreams::shared)
  else()
    add_library(randstreams::randstreams INTERFACE IMPORTED)
    set_target_properties(randstreams::randstreams PROPERTIES
      INTERFACE_LINK_LIBRARIES randstreams::shared)
  endif()
endfunction()
