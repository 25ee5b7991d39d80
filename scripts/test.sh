#!/usr/bin/env bash
# Runs every test: cargo's (Rust API, golden vectors, live NumPy cases, header sync),
# ctest's (C, C++, Fortran, Python and MPI tests, examples against NumPy) and the C tests under
# sanitizers and valgrind (scripts/sanitize.sh). Installs what it needs when missing: cmake,
# pkg-config, the C/C++/Fortran compilers, Open MPI and valgrind from Debian's packages, NumPy
# and pytest from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in cmake:cmake pkg-config:pkg-config cc:gcc c++:g++ gfortran:gfortran \
    mpicc:libopenmpi-dev mpirun:openmpi-bin valgrind:valgrind; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
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

# With NumPy installed, the live differential tests must run, not skip.
export RANDSTREAMS_REQUIRE_NUMPY=1
cargo test --locked
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure
# The C tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then valgrind memcheck.
bash scripts/sanitize.sh build-sanitize
