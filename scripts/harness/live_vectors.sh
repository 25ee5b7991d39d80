#!/bin/sh
# ctest's c_vectors_live: NumPy writes fresh random cases, the C interpreter checks them.
# Usage: live_vectors.sh PYTHON VECTORS_EXE SCRATCH_FILE [SCRIPT COUNT] (SCRIPT in scripts/gen,
# vectors.py and 200 by default). Exits 77 (skip) without NumPy, unless
# RANDSTREAMS_REQUIRE_NUMPY is set.
set -eu
python=$1 exe=$2 file=$3 script=${4:-vectors.py} count=${5:-200}
if ! "$python" -c 'import numpy' 2>/dev/null; then
  [ -z "${RANDSTREAMS_REQUIRE_NUMPY:-}" ] || { echo "NumPy required but not importable"; exit 1; }
  echo "skipped: NumPy is not importable"; exit 77
fi
seed=${RANDSTREAMS_LIVE_SEED:-$(date +%s%N)}
echo "live NumPy cases with RANDSTREAMS_LIVE_SEED=$seed"
"$python" "$(dirname "$0")/../gen/$script" --random "$seed" --count "$count" > "$file"
exec "$exe" "$file"
