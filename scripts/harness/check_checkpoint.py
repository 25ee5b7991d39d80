#!/usr/bin/env python3
"""Kill-and-restart test of c_examples/checkpoint.c: a run killed after step K and restarted
from its checkpoint prints exactly what an uninterrupted run prints, which is NumPy's output.

Usage: scripts/harness/check_checkpoint.py <executable> <scratch-dir>
Exit status: 0 on a match, 1 otherwise, 77 when NumPy cannot be imported.
"""
import os
import subprocess
import sys

try:
    from numpy.random import PCG64, Generator, SeedSequence
except ImportError as exc:
    print(f"skipped: NumPy is not importable ({exc})")
    sys.exit(77)


def numpy_lines(n_steps=10, n_draws=1000):
    bg = PCG64(SeedSequence(2024))
    lines = []
    for step in range(n_steps):
        child = Generator(bg.spawn(1)[0])
        s = 0.0
        for x in child.standard_normal(n_draws):
            s += x  # sequential, as the C loop adds
        u = Generator(bg).normal(0.0, 1.0)
        lines.append("step %d: %.17g %.17g" % (step, s, u))
    return lines


def run(exe, state, *args):
    return subprocess.run([exe, state, *args], capture_output=True, text=True, timeout=60)


def main():
    exe, scratch = sys.argv[1:3]
    os.makedirs(scratch, exist_ok=True)
    want = numpy_lines()
    state = os.path.join(scratch, "uninterrupted.ckpt")
    if os.path.exists(state):
        os.remove(state)
    whole = run(exe, state)
    if whole.returncode != 0 or whole.stdout.splitlines() != want:
        print("uninterrupted run differs from NumPy:\n" + whole.stdout + whole.stderr)
        return 1
    for k in (0, 3, 8):
        state = os.path.join(scratch, f"crash{k}.ckpt")
        if os.path.exists(state):
            os.remove(state)
        killed = run(exe, state, "--crash-after", str(k))
        if killed.returncode != -9:
            print(f"--crash-after {k}: expected SIGKILL, got exit {killed.returncode}")
            return 1
        resumed = run(exe, state)
        got = killed.stdout.splitlines() + resumed.stdout.splitlines()
        if resumed.returncode != 0 or got != want:
            print(f"killed after step {k} and resumed: differs\n" + "\n".join(got) + resumed.stderr)
            return 1
        print(f"killed after step {k}, resumed: identical to the uninterrupted run and NumPy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
