# Checkpoints (bitgen_state_json, bitgen_state_save, ss_state_json, ...), included from the
# top-level CMakeLists.txt inside `if(RANDSTREAMS_BUILD_TESTING)`.

# The C contract: round trips from every buffer position, snprintf and size-query semantics,
# rejected input, user generators and NULL handles (ctest c_state_shared and c_state_static).
randstreams_add_test(c_state tests/c/test_state.c)

# Interchange with NumPy: states NumPy writes continue identically in C and back again
# (ctest c_state_interop; skipped with code 77 when NumPy cannot be imported).
randstreams_add_harness_test(c_state_interop
  SOURCES tests/c/state_interop.c
  PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF
  HARNESS check_state_interop.py $<TARGET_FILE:c_state_interop>)
