# Checkpoints (bitgen_state_json, bitgen_state_save, ss_state_json, ...), included from the
# top-level CMakeLists.txt inside `if(RANDSTREAMS_BUILD_TESTING)`.

# The C contract: round trips from every buffer position, snprintf and size-query semantics,
# rejected input, user generators and NULL handles (ctest c_state_shared and c_state_static).
randstreams_add_test(c_state tests/c/test_state.c)

# Interchange with NumPy: states NumPy writes continue identically in C and back again
# (ctest c_state_interop; skipped with code 77 when NumPy cannot be imported).
add_executable(c_state_interop tests/c/state_interop.c)
target_link_libraries(c_state_interop PRIVATE randstreams::static)
target_compile_options(c_state_interop PRIVATE
  "$<$<C_COMPILER_ID:GNU,Clang,AppleClang>:${_strict_warnings}>")
set_target_properties(c_state_interop PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
  C_EXTENSIONS OFF)
add_dependencies(c_state_interop randstreams_cargo)
add_test(NAME c_state_interop
  COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_state_interop.py"
          $<TARGET_FILE:c_state_interop>)
set_tests_properties(c_state_interop PROPERTIES SKIP_RETURN_CODE 77)
