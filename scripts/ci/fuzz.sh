#!/usr/bin/env bash
# Runs every cargo-fuzz target in tests/fuzz (the C ABI's text and checkpoint loaders and its
# constructors, checked against the boundary's contract by tests/fuzz/checks.rs) for a bounded
# time each, with the nightly toolchain, AddressSanitizer, debug assertions and overflow checks.
# Prints the executions each target reached; exits non-zero if any target failed (a crash, a
# broken check, a timeout or running out of memory). Installs cargo-fuzz when missing.
#
#   scripts/ci/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
#
# A failing input is left in tests/fuzz/artifacts/<target>/; once fixed, copy it to
# tests/fuzz/regressions/<target>/, where tests/fuzz_regressions.rs replays it from then on.
# The growing corpus is kept in tests/fuzz/corpus/<target>/ (not committed; the seeds are).
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-60}
dir=tests/fuzz

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
fuzz=(cargo +nightly fuzz)

"${fuzz[@]}" build --fuzz-dir "$dir"
mkdir -p "$dir/artifacts"
failed=()
for target in $("${fuzz[@]}" list --fuzz-dir "$dir"); do
  mkdir -p "$dir/corpus/$target"
  log="$dir/artifacts/$target.log"
  # -timeout: one input taking 10 s is a finding; -rss_limit_mb also caps single allocations.
  if "${fuzz[@]}" run --fuzz-dir "$dir" "$target" "$dir/corpus/$target" "$dir/seeds/$target" \
      -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    failed+=("$target")
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  printf '%-20s %-6s %12s executions in %ss\n' "$target" "$result" "${execs:-?}" "$secs"
  if [ "$result" = FAILED ]; then
    grep -E 'panicked|ERROR: libFuzzer|SUMMARY|Test unit written' "$log" | head -n 5 | sed 's/^/    /'
    echo "    full log: $log"
  fi
done
if ((${#failed[@]})); then
  echo "fuzzing failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing: no failures"
