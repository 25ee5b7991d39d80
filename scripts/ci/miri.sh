#!/usr/bin/env bash
# Runs the Rust tests that Miri can run, so that it checks for undefined behaviour: the unit
# tests in src/ (the algorithms, and src/parallel.rs's scoped threads under Miri's data-race
# detector), tests/ffi_boundary.rs (every kind of C entry point called with real pointers and
# buffers: fills with n > 0, n == 0 and NULL, text writers, spawn arrays, checkpoints, user
# callbacks, errors and rng_last_error, a sequence spawned through from several threads) and
# the C-function tests of tests/parallel_fill.rs. Exits non-zero on any UB or failure.
#
# Not run under Miri, and why: tests/golden.rs, distributions_unit.rs and state.rs start NumPy
# (Miri cannot spawn processes) or read tests/data; header.rs and bindings_coverage.rs read
# source files; fill_fast*.rs and the rest of parallel_fill.rs are safe Rust over millions of
# values (hours in Miri, and nothing for it to check that the native runs do not).
# Sizes drop under cfg(miri) where a test would otherwise take minutes.
#
# Needs the nightly toolchain with the miri and rust-src components (added when missing).
# Without a nightly toolchain it fails with a message, unless RANDSTREAMS_SKIP_MIRI=1.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "miri.sh: the Rust nightly toolchain is not installed; install it with" >&2
  echo "         rustup toolchain install nightly --component miri,rust-src" >&2
  if [ "${RANDSTREAMS_SKIP_MIRI:-0}" = 1 ]; then
    echo "miri.sh: RANDSTREAMS_SKIP_MIRI=1: skipping" >&2
    exit 0
  fi
  exit 1
fi
if ! cargo +nightly miri --version >/dev/null 2>&1; then
  rustup component add --toolchain nightly miri rust-src
fi
cargo +nightly miri setup > /dev/null

# Miri gives transcendental functions (exp, log, pow) a random last-bit error by default, which
# would make the FFI's and the Rust API's draws differ; the libm values are checked natively.
export MIRIFLAGS="${MIRIFLAGS:-} -Zmiri-deterministic-floats"
start=$SECONDS
cargo +nightly miri test --locked --lib
cargo +nightly miri test --locked --test ffi_boundary
cargo +nightly miri test --locked --test arrays c_forms
cargo +nightly miri test --locked --test parallel_fill c_function
echo "miri.sh: no undefined behaviour found ($((SECONDS - start)) s)"
