#!/usr/bin/env python3
"""Runs the NumPy prototype c_examples/prototype.py and its C port, and compares their output.

Usage: scripts/harness/check_prototype.py <path-to-executable> <path-to-prototype.py>

Lines whose values follow multivariate_normal's output (`prior mean`, `estimate <k>`) must agree
to a relative 1e-9 of the value (NumPy's covariance factor comes from LAPACK and its weights from
NumPy's own exp, so their last bits are NumPy's build's); every other line (draws, indices,
counts) must be identical.

Exit status: 0 when every line matches, 1 on a difference or a failing program, 2 on bad usage,
77 when NumPy cannot be imported (ctest's skip code).
"""

import subprocess
import sys

CLOSE = ("prior mean", "estimate ")
RTOL = 1e-9


def run(cmd):
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as exc:
        print(f"cannot run {cmd[0]}: {exc}")
        return None
    if done.returncode != 0:
        print(f"{' '.join(cmd)} exited with status {done.returncode}; its stderr:\n{done.stderr}")
        return None
    return done.stdout.splitlines()


def main():
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} <executable> <prototype.py>", file=sys.stderr)
        return 2
    try:
        import numpy  # noqa: F401
    except ImportError as exc:
        print(f"skipped: NumPy is not importable ({exc})")
        return 77
    got, want = run([sys.argv[1]]), run([sys.executable, sys.argv[2]])
    if got is None or want is None:
        return 1
    worst = 0.0
    for n in range(max(len(got), len(want))):
        g = got[n] if n < len(got) else "<no line>"
        w = want[n] if n < len(want) else "<no line>"
        if g == w:
            continue
        label, _, _ = w.partition(":")
        if label.startswith(CLOSE) and g.partition(":")[0] == label:
            gv = [float(v) for v in g.partition(":")[2].split()]
            wv = [float(v) for v in w.partition(":")[2].split()]
            errs = [abs(a - b) / max(abs(b), 1e-300) for a, b in zip(gv, wv)]
            if len(gv) == len(wv) and max(errs) <= RTOL:
                worst = max(worst, *errs)
                continue
        print(f"prototype: line {n + 1} differs\n  C:     {g}\n  NumPy: {w}")
        return 1
    print(f"prototype: all {len(want)} lines match NumPy (largest relative difference on the "
          f"multivariate_normal-dependent lines: {worst:.3g}, bound {RTOL:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
