#!/usr/bin/env bash
# Builds the library and runs c_examples/spawn.c (parallel streams from SeedSequence.spawn),
# linked statically. Needs a Rust toolchain, a C compiler and LAPACK (liblapack-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
target="${CARGO_TARGET_DIR:-target}"
cc -std=c99 -Wall -Wextra -Iinclude c_examples/spawn.c \
  "$target/release/librandstreams.a" -llapack -lpthread -ldl -lm -o "$target/release/spawn_example"
"$target/release/spawn_example"
