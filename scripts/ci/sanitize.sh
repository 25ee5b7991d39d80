#!/usr/bin/env bash
# Runs the C tests (golden vectors, API contract, distributions, checkpoints, bad input) under
# AddressSanitizer + UndefinedBehaviorSanitizer, then under valgrind's memcheck: no invalid
# access, no leak. scripts/test.sh runs it after the main suite.
#
#   scripts/ci/sanitize.sh [BUILD_DIR]     (default: build-sanitize)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build-sanitize}
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > "$dir.configure.log"
cmake --build "$dir" -j"$(nproc)" --target \
  c_vectors_static c_api_static c_distributions_static c_state_static c_badinput_static \
  c_mvnormal_static
data=tests/data
# detect_leaks: every handle the tests create must be freed.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
"$dir/c_vectors_static" "$data/seedseq.txt" "$data/bitgen.txt" "$data/distributions.txt" \
  "$data/multivariate.txt"
for t in c_api c_distributions c_state c_badinput; do "$dir/${t}_static"; done
"$dir/c_mvnormal_static" "$data/mvnormal.txt"

if command -v valgrind >/dev/null 2>&1; then
  # memcheck on uninstrumented builds (ASan and valgrind do not mix): the shared library.
  plain=${dir}-memcheck
  cmake -S . -B "$plain" -DCMAKE_BUILD_TYPE=Debug > "$plain.configure.log"
  cmake --build "$plain" -j"$(nproc)" --target c_api_shared c_distributions_shared c_state_shared c_badinput_shared c_vectors_shared c_mvnormal_shared
  vg=(valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect)
  for t in c_api c_distributions c_state c_badinput; do "${vg[@]}" "$plain/${t}_shared" | tail -n 1; done
  "${vg[@]}" "$plain/c_vectors_shared" "$data/seedseq.txt" "$data/bitgen.txt" | tail -n 1
  "${vg[@]}" "$plain/c_mvnormal_shared" "$data/mvnormal.txt" | tail -n 1
fi
echo "sanitizers and memcheck: clean"
