#!/usr/bin/env python3
"""Runs c_examples/mpi_pi.c with 1, 2 and 4 MPI ranks and checks that every run prints the same
text, which must also equal NumPy's result for the same streams.

Usage: scripts/harness/check_mpi.py <mpiexec> <executable>
Exit status: 0 on a match, 1 otherwise, 77 when NumPy cannot be imported (ctest's skip code).
"""
import os
import subprocess
import sys

try:
    import numpy as np
    from numpy.random import PCG64, Generator, SeedSequence
except ImportError as exc:
    print(f"skipped: NumPy is not importable ({exc})")
    sys.exit(77)

N_TASKS, N_PAIRS = 16, 100000
ROOT_SEED = 0x8c3c010cb4754c905776bdac5ee7501


def hits(bit_generator):
    xy = Generator(bit_generator).random(2 * N_PAIRS)
    x, y = xy[0::2], xy[1::2]
    return int(np.count_nonzero(x * x + y * y < 1.0))


def expected():
    streams = {
        "seq": [PCG64(SeedSequence([t, ROOT_SEED])) for t in range(N_TASKS)],
        "spawn": [PCG64(s) for s in SeedSequence(ROOT_SEED).spawn(N_TASKS)],
    }
    lines = []
    for label, bgs in streams.items():
        h = [hits(bg) for bg in bgs]
        lines.append(f"{label} hits: " + " ".join(map(str, h)))
        lines.append(f"{label} pi: %.17g" % (4.0 * sum(h) / (N_TASKS * N_PAIRS)))
    return lines


def main():
    mpiexec, exe = sys.argv[1:3]
    # Root may run MPI in CI; 4 ranks on a 2-core machine need oversubscription.
    env = dict(os.environ, OMPI_ALLOW_RUN_AS_ROOT="1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1")
    want = expected()
    for ranks in (1, 2, 4):
        cmd = [mpiexec, "--oversubscribe", "-n", str(ranks), exe]
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        got = run.stdout.splitlines()
        if run.returncode != 0 or got != want:
            print(f"{ranks} ranks: exit {run.returncode}\n got: {got}\nwant: {want}\n{run.stderr}")
            return 1
        print(f"{ranks} ranks: identical to NumPy ({got[1]}, {got[3]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
