#!/usr/bin/env bash
# Runs the thread stress test (tests/c/test_threads.c) under ThreadSanitizer, then valgrind's
# helgrind; exits non-zero on any report or failed check.
#
# ThreadSanitizer is the authoritative run: the Rust library and its std are built instrumented
# (nightly, -Zsanitizer=thread -Zbuild-std), the C test with gcc -fsanitize=thread, and both are
# linked against rustc's own TSan runtime, so every access on either side of the C ABI is seen
# by one runtime. helgrind runs on the ordinary (uninstrumented) CMake build of the test; it does
# not understand Rust std's atomics-based spin lock, whose false positives
# scripts/ci/helgrind.supp suppresses (and nothing else).
#
#   scripts/ci/tsan.sh [BUILD_DIR]     (default: build-tsan)
#
# Needs the nightly toolchain with rust-src (the component is added when missing), gcc and, for
# the helgrind part, valgrind. Without a nightly toolchain it fails with a message, unless
# RANDSTREAMS_SKIP_TSAN=1 (then the TSan part is skipped and helgrind still runs).
# RANDSTREAMS_THREADS_N sets the children per thread count (default 120 under TSan, 40 under
# helgrind, which is some 100 times slower).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build-tsan}
mkdir -p "$dir"
target=x86_64-unknown-linux-gnu
n_tsan=${RANDSTREAMS_THREADS_N:-120}
n_helgrind=${RANDSTREAMS_THREADS_N:-40}

# ---- ThreadSanitizer ---------------------------------------------------------------------------
tsan_ok=skipped
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "tsan.sh: the Rust nightly toolchain is not installed (needed for -Zsanitizer=thread);" >&2
  echo "         install it with: rustup toolchain install nightly --component rust-src" >&2
  if [ "${RANDSTREAMS_SKIP_TSAN:-0}" != 1 ]; then
    echo "         or set RANDSTREAMS_SKIP_TSAN=1 to run helgrind only" >&2
    exit 1
  fi
  echo "tsan.sh: RANDSTREAMS_SKIP_TSAN=1: skipping ThreadSanitizer" >&2
else
  sysroot=$(rustup run nightly rustc --print sysroot)
  if [ ! -d "$sysroot/lib/rustlib/src/rust/library" ]; then
    rustup component add --toolchain nightly rust-src
  fi
  rt="$(rustup run nightly rustc --print target-libdir --target "$target")/librustc-nightly_rt.tsan.a"
  if [ ! -f "$rt" ]; then
    echo "tsan.sh: no ThreadSanitizer runtime at $rt" >&2
    exit 1
  fi
  # std is rebuilt instrumented too (-Zbuild-std), or its atomics and locks would be invisible
  # to TSan. No LTO: it only slows this build down.
  echo "tsan.sh: building librandstreams with -Zsanitizer=thread (nightly, -Zbuild-std)"
  RUSTFLAGS="-Zsanitizer=thread" CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo +nightly build -Zbuild-std --target "$target" --release --locked --lib \
    --target-dir "$dir/cargo" > "$dir/cargo.log" 2>&1 || { tail -n 30 "$dir/cargo.log"; exit 1; }
  lib="$dir/cargo/$target/release/librandstreams.a"
  # gcc instruments the C side; rustc's runtime (linked whole, in place of gcc's libtsan, which
  # lacks entry points LLVM's instrumentation calls) serves both sides.
  gcc -std=c99 -fsanitize=thread -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror \
    -Iinclude -c tests/c/test_threads.c -o "$dir/test_threads.o"
  gcc -o "$dir/c_threads_tsan" "$dir/test_threads.o" "$lib" \
    -Wl,--whole-archive "$rt" -Wl,--no-whole-archive -llapack -lpthread -lm -ldl -lrt -lutil -lgcc_s
  echo "tsan.sh: c_threads under ThreadSanitizer (N=$n_tsan)"
  log="$dir/tsan.log"
  status=0
  TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 history_size=4" \
    "$dir/c_threads_tsan" "$n_tsan" > "$dir/tsan.out" 2> "$log" || status=$?
  cat "$dir/tsan.out"
  if [ "$status" != 0 ] || grep -q "ThreadSanitizer" "$log"; then
    cat "$log" >&2
    echo "tsan.sh: ThreadSanitizer run FAILED (exit $status)" >&2
    exit 1
  fi
  tsan_ok=clean
fi

# ---- helgrind ----------------------------------------------------------------------------------
if ! command -v valgrind >/dev/null 2>&1; then
  echo "tsan.sh: valgrind is not installed (apt-get install valgrind)" >&2
  exit 1
fi
plain="$dir/plain"
cmake -S . -B "$plain" -DCMAKE_BUILD_TYPE=Debug > "$dir/plain.configure.log"
cmake --build "$plain" -j"$(nproc)" --target c_threads_shared c_threads_static > "$dir/plain.build.log" 2>&1 ||
  { tail -n 30 "$dir/plain.build.log"; exit 1; }
for kind in shared static; do
  echo "tsan.sh: c_threads_$kind under helgrind (N=$n_helgrind)"
  valgrind --tool=helgrind --quiet --error-exitcode=1 --suppressions=scripts/ci/helgrind.supp \
    "$plain/c_threads_$kind" "$n_helgrind" | tail -n 1
done
echo "tsan.sh: ThreadSanitizer $tsan_ok, helgrind clean"
