#!/usr/bin/env bash
# Runs every test: cargo's (Rust API, golden vectors, live NumPy cases, the header and the
# files generated from src/methods.toml in sync, binding and bad-input coverage, fuzz
# regressions), the conformance tests again with SIMD capped at AVX2 and on the portable
# (non-SIMD) kernels, ctest's (C, C++, Fortran, Python and MPI tests, the bad-input matrix, the
# 1..16-thread stress test, examples against NumPy), a smoke run of scripts/bench/bench.py, the
# C tests under sanitizers and valgrind (scripts/ci/sanitize.sh), the thread stress test under
# ThreadSanitizer and helgrind (scripts/ci/tsan.sh) and Miri over the unit tests and the C
# boundary (scripts/ci/miri.sh). Installs what it needs when missing: cmake, pkg-config, the
# C/C++/Fortran compilers, Open MPI, valgrind and Python 3 with pip from Debian's packages, NumPy,
# pytest and numba from PyPI (and tomli, on a Python older than 3.11), rustfmt and Rust nightly
# with miri and rust-src through rustup.
# Fuzzing is separate (scripts/ci/fuzz.sh: it installs and builds cargo-fuzz, about 10 minutes
# before the first run).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in cmake:cmake pkg-config:pkg-config cc:gcc c++:g++ gfortran:gfortran \
    mpicc:libopenmpi-dev mpirun:openmpi-bin valgrind:valgrind; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
# LAPACK, which the library links for multivariate_normal (the default `lapack` feature):
# Debian's liblapack-dev gives -llapack (docs/install.md).
ldconfig -p 2>/dev/null | grep -q 'liblapack\.so (' || missing+=(liblapack-dev)
# Python 3 with pip, for NumPy, pytest and the Python tests (not in a minimal Debian image).
python3 -m pip --version >/dev/null 2>&1 || missing+=(python3 python3-pip)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
pip_install() {
  python3 -m pip install -q "$@" || python3 -m pip install -q --break-system-packages "$@"
}
python3 -c 'import numpy, sys; sys.exit(not numpy.__version__.startswith("2."))' 2>/dev/null ||
  pip_install "numpy==2.4.6"
python3 -c 'import pytest' 2>/dev/null || pip_install pytest
# numba, for NumPy's @njit pattern on a generator's ctypes interface (tests/python).
python3 -c 'import numba' 2>/dev/null || pip_install "numba==0.68.1"
# cffi, for the `.cffi` interface NumPy's bit generators have (tests/python).
python3 -c 'import cffi' 2>/dev/null || pip_install cffi
# The method table's reader (scripts/gen/method_table.py) needs tomllib (Python 3.11) or tomli.
python3 -c 'import tomllib' 2>/dev/null || python3 -c 'import tomli' 2>/dev/null ||
  pip_install tomli
# The binding generator's check (cargo test --test generated) formats the Rust it writes.
rustfmt --version >/dev/null 2>&1 || rustup component add rustfmt
# ThreadSanitizer and Miri need a nightly compiler and the standard library's source.
rustup run nightly rustc --version >/dev/null 2>&1 ||
  rustup toolchain install nightly --profile minimal --component miri,rust-src

# With NumPy installed, the live differential tests must run, not skip.
export RANDSTREAMS_REQUIRE_NUMPY=1
cargo test --locked
# Every SIMD path is tested: the conformance tests (golden and live NumPy cases, bulk against
# single draws) again with the selection capped at AVX2, which is what an AVX2-only CPU runs
# (PCG's scalar lanes, the one-pass distribution loops), and at the portable baseline.
for path in avx2 portable; do
  RANDSTREAMS_SIMD=$path cargo test --locked --test golden --test fill_fast_mt_philox \
    --test fill_fast --test mt19937_simd --test state --test fill_blocks \
    --test distributions_unit --test parallel_fill --test mvnormal
done
# The library still builds without LAPACK (the `lapack` feature off, for cross builds).
cargo check --locked --quiet --lib --no-default-features
# The A/B benchmark's crate still builds against the library (scripts/bench/ab_bench.sh).
cargo check --locked --quiet --manifest-path scripts/bench/kernel_bench/Cargo.toml
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure
# The NumPy-vs-ours benchmark still runs end to end (tiny sizes: a smoke test, not a timing).
python3 scripts/bench/bench.py --n 1000 --repeat 1 --rounds 1 --runs 2 > /dev/null
# The C tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then valgrind memcheck.
bash scripts/ci/sanitize.sh build-sanitize
# Threads under ThreadSanitizer (Rust and C instrumented) and helgrind; Miri.
bash scripts/ci/tsan.sh build-tsan
bash scripts/ci/miri.sh
