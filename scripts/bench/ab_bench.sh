#!/usr/bin/env bash
# A/B timing of two revisions' kernels on this machine, alternating runs so that the noise of a
# shared VM (slow phases of several seconds) hits both alike:
#
#   scripts/bench/ab_bench.sh [-r ROUNDS] REV_A REV_B [GENERATORS [ROWS]] [-- KERNEL_BENCH_OPTIONS]
#
# REV is a git revision, or "." for the working tree as it is. GENERATORS and ROWS are passed to
# scripts/bench/kernel_bench (e.g. "pcg,sfc" "exp64,normal32"; default all). Prints, per generator
# and row, the fastest ns/value each side reached over ROUNDS (default 6) alternating runs, and
# B/A (below 1: B is faster). Differences under about 3% are noise here.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=6
if [[ ${1:-} == -r ]]; then rounds=$2; shift 2; fi
[[ $# -ge 2 ]] || { sed -n '2,10p' "$0"; exit 2; }
a=$1 b=$2; shift 2
sel=(); while [[ $# -gt 0 && $1 != -- ]]; do sel+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
opts=("$@")
work=$(mktemp -d)
cleanup() {
    for side in A B; do
        [[ -d $work/$side ]] && git -C "$root" worktree remove --force "$work/$side" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# The bench crate of this checkout, built against each revision's library.
build() {
    local side=$1 rev=$2 src
    if [[ $rev == . ]]; then
        src=$root
    else
        git -C "$root" worktree add --quiet --detach "$work/$side" "$rev"
        src=$work/$side
        rm -rf "$src/scripts/bench/kernel_bench"
        mkdir -p "$src/scripts/bench"
        cp -r "$root/scripts/bench/kernel_bench" "$src/scripts/bench/kernel_bench"
        rm -rf "$src/scripts/bench/kernel_bench/target"
    fi
    (cd "$src/scripts/bench/kernel_bench" &&
        cargo build --release -q --target-dir "$work/target-$side" >&2)
    cp "$work/target-$side/release/randstreams-kernel-bench" "$work/bench-$side"
}
build A "$a"
build B "$b"

for ((i = 0; i < rounds; i++)); do
    for side in A B; do
        "$work/bench-$side" "${opts[@]}" "${sel[@]}" | sed "s/^/$side /"
    done
done | python3 -c '
import sys
best, order = {}, []
for line in sys.stdin:
    side, gen, *rest = line.split()
    for row, ns in zip(rest[::2], rest[1::2]):
        if (gen, row) not in order:
            order.append((gen, row))
        k = (side, gen, row)
        best[k] = min(best.get(k, float("inf")), float(ns))
print("%-10s %-9s %7s %7s %6s" % ("generator", "row", "A ns", "B ns", "B/A"))
for gen, row in order:
    ta, tb = best[("A", gen, row)], best[("B", gen, row)]
    print(f"{gen:10} {row:9} {ta:7.3f} {tb:7.3f} {tb / ta:6.2f}")
'
