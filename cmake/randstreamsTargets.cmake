# Imported targets for the randstreams C library:
#
#   randstreams::shared  librandstreams.so.<version> (SONAME librandstreams.so.<soversion>)
#   randstreams::static  librandstreams.a, plus the system libraries Rust's std needs
#
# Used by the build tree (CMakeLists.txt, with the libraries staged by the randstreams_cargo
# target) and meant to be reused by an installed package configuration file.

# The SONAME version by cargo-c's rule, which build.rs applies to the library itself:
# 0.0.z -> "0.0.z", 0.y.z -> "0.y", x.y.z -> "x" (x >= 1).
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

# Defines randstreams::shared and randstreams::static (IMPORTED GLOBAL) for the libraries in
# `libdir` and the header in `includedir`. Does nothing if they already exist.
function(randstreams_define_targets libdir includedir version soversion)
  if(TARGET randstreams::shared OR TARGET randstreams::static)
    return()
  endif()

  add_library(randstreams::shared SHARED IMPORTED GLOBAL)
  set_target_properties(randstreams::shared PROPERTIES
    IMPORTED_LOCATION "${libdir}/librandstreams.so.${version}"
    # What the linker records in DT_NEEDED once the library carries this SONAME (build.rs).
    IMPORTED_SONAME "librandstreams.so.${soversion}"
    INTERFACE_INCLUDE_DIRECTORIES "${includedir}")

  # A Rust staticlib contains std, which needs these system libraries. The list is what
  #   cargo rustc --release --lib --crate-type staticlib -- --print native-static-libs
  # prints for x86_64-unknown-linux-gnu:
  #   -lc -lm -lrt -lpthread -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
  # (libc is linked anyway; gcc_s provides the unwinder, as the crate uses panic = "unwind").
  set(native_libs "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # The find runs in the caller's directory; Threads::Threads is resolved from there, which
    # is also where these targets are created.
    find_package(Threads REQUIRED)
    set(native_libs Threads::Threads m dl rt util gcc_s)
  endif()

  add_library(randstreams::static STATIC IMPORTED GLOBAL)
  set_target_properties(randstreams::static PROPERTIES
    IMPORTED_LOCATION "${libdir}/librandstreams.a"
    IMPORTED_LINK_INTERFACE_LANGUAGES "C"
    INTERFACE_INCLUDE_DIRECTORIES "${includedir}"
    INTERFACE_LINK_LIBRARIES "${native_libs}")
endfunction()
