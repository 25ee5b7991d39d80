#!/usr/bin/env python3
"""Checks a c_examples/ program against NumPy: runs it and compares its stdout, line by line,
with the same text computed by the NumPy code of the guide's strategy.

Usage: scripts/harness/check_example.py <path-to-executable> <name>
       name is spawn, seed_ints, philox_keys, jumped or distributions (the example's file name),
       or strategies: the four strategies' lines in that order (c_examples/strategies.cpp and
       strategies.f90).

Exit status: 0 when every line matches, 1 on a difference (the first one is printed) or a
failing program, 2 on bad usage, 77 when NumPy cannot be imported (ctest's skip code).
"""

import subprocess
import sys

try:
    from numpy.random import PCG64, Generator, Philox, SeedSequence, default_rng
except ImportError as exc:
    print(f"skipped: NumPy is not importable ({exc})")
    sys.exit(77)


def doubles(label, values):
    """The C examples' `printf(" %.17g", x)` lines."""
    return label + ":" + "".join(" %.17g" % x for x in values)


def words(label, values):
    """The C examples' `printf(" %016" PRIx64, x)` lines."""
    return label + ":" + "".join(" %016x" % int(x) for x in values)


def expected_spawn():
    lines = []

    ss = SeedSequence(12345)
    child_seeds = ss.spawn(10)
    streams = [default_rng(s) for s in child_seeds]
    for i, rng in enumerate(streams):
        lines.append(doubles(f"child {i}", rng.random(3)))

    parent_rng = PCG64(12345)
    spawned = parent_rng.spawn(10)
    for i, bg in enumerate(spawned):
        lines.append(words(f"spawned {i}", bg.random_raw(3)))

    grandchildren = streams[0].spawn(4)
    for j, rng in enumerate(grandchildren):
        lines.append(doubles(f"grandchild {j}", rng.random(3)))

    # The OS-seeded SeedSequence() part prints to stderr only.
    return lines


def expected_seed_ints():
    lines = []
    root_seed = 0x8c3c010cb4754c905776bdac5ee7501
    for worker_id in range(4):
        bit_generator = PCG64(SeedSequence([worker_id, root_seed]))
        rng = Generator(bit_generator)  # = default_rng([worker_id, root_seed]), the guide's line
        lines.append(doubles(f"worker {worker_id}", rng.random(3)))
    return lines


def expected_philox_keys():
    lines = []
    root_seed = 0x8c3c010cb4754c905776bdac5ee7501
    streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)]
    for stream_id, bg in enumerate(streams):
        lines.append(words(f"stream {stream_id}", bg.random_raw(4)))
    lines.append(words("stream 0 next", streams[0].random_raw(4)))
    resumed = Philox(key=root_seed + 0, counter=1)
    lines.append(words("stream 0 from counter 1", resumed.random_raw(4)))
    return lines


def expected_jumped():
    lines = []
    seed = 0x8c3c010cb4754c905776bdac5ee7501
    bit_generator = PCG64(seed)
    streams = []
    for _ in range(4):
        streams.append(bit_generator)
        bit_generator = bit_generator.jumped()
    for i, bg in enumerate(streams):
        lines.append(doubles(f"stream {i}", Generator(bg).random(3)))
    direct = PCG64(seed).jumped(3)
    lines.append(doubles("jumped 3", Generator(direct).random(3)))
    return lines


def expected_distributions():
    rng = Generator(PCG64(SeedSequence(2024).spawn(4)[1]))
    return [
        doubles("normal", rng.normal(10.0, 2.0, size=5)),
        "integers:" + "".join(f" {v}" for v in rng.integers(1, 7, size=5)),
        "poisson:" + "".join(f" {v}" for v in rng.poisson(3.5, size=5)),
        doubles("standard_normal", [rng.standard_normal() for _ in range(5)]),
    ]


def expected_strategies():
    """The four C examples' output concatenated: c_examples/strategies.cpp and .f90."""
    return expected_spawn() + expected_seed_ints() + expected_philox_keys() + expected_jumped()


EXPECTED = {
    "spawn": expected_spawn,
    "seed_ints": expected_seed_ints,
    "philox_keys": expected_philox_keys,
    "jumped": expected_jumped,
    "distributions": expected_distributions,
    "strategies": expected_strategies,
}


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in EXPECTED:
        print(f"usage: {sys.argv[0]} <executable> <{'|'.join(EXPECTED)}>", file=sys.stderr)
        return 2
    exe, name = sys.argv[1], sys.argv[2]

    try:
        run = subprocess.run([exe], capture_output=True, text=True)
    except OSError as exc:
        print(f"cannot run {exe}: {exc}")
        return 1
    if run.returncode != 0:
        print(f"{exe} exited with status {run.returncode}; its stderr:\n{run.stderr}")
        return 1
    got = run.stdout.splitlines()
    want = EXPECTED[name]()

    for n in range(max(len(got), len(want))):
        g = got[n] if n < len(got) else "<no line>"
        w = want[n] if n < len(want) else "<no line>"
        if g != w:
            print(f"{name}: line {n + 1} differs\n  C:     {g}\n  NumPy: {w}")
            return 1
    print(f"{name}: all {len(want)} lines match NumPy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
