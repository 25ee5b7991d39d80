#!/usr/bin/env python3
"""Checks that generator and seed-sequence states travel between NumPy and randstreams as JSON.

For each algorithm and many states (fresh, after draws of each kind, mid-block, pending half
words, advanced, jumped, and random states set directly), NumPy writes
`json.dumps(bg.state)` with arrays as lists; the C program tests/c/state_interop.c loads it
(bitgen_from_state_json, or bitgen_set_state_json on a seeded generator), and the script checks:

  - the JSON C writes right after loading is NumPy's text, character for character;
  - C's next 40 draws (32-bit, 64-bit and double, mixed) are NumPy's continuation;
  - after more draws, C's JSON is the text NumPy writes for its own generator at that point;
  - NumPy, given `bg.state = json.loads(C's JSON)`, continues exactly as C does.

Seed sequences likewise: C rebuilds NumPy's `ss.state`, writes the same text, and agrees on
generate_state, the children of a spawn and the state after it.

Usage: scripts/harness/check_state_interop.py <path-to-state_interop>
Random states come from a seed printed at the start; RANDSTREAMS_STATE_SEED replays it.
Exit status: 0 when everything matches, 1 on a mismatch (each is printed), 2 on bad usage,
77 when NumPy cannot be imported (ctest's skip code). The last line is `N passed, M failed`.
"""

import copy
import json
import os
import random
import subprocess
import sys

try:
    import numpy as np
except ImportError as exc:
    print(f"skipped: NumPy is not importable ({exc})")
    sys.exit(77)

N_VALUES = 40
ALGORITHMS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]
KINDS = ["a", "b", "abd", "aab", "bda", "d"]


def listify(obj):
    """The state with NumPy arrays and scalars as plain lists and ints (what json.dumps takes)."""
    if isinstance(obj, dict):
        return {k: listify(v) for k, v in obj.items()}
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, (list, tuple)):
        return [listify(v) for v in obj]
    if isinstance(obj, np.integer):
        return int(obj)
    return obj


def dumps(bg):
    return json.dumps(listify(bg.state))


class Drawer:
    """NumPy's next_uint32 / next_uint64 / next_double on a bit generator, via its ctypes."""

    def __init__(self, bg, kinds):
        self.bg = bg
        self.c = bg.ctypes
        self.kinds = kinds
        self.i = 0

    def one(self):
        kind = self.kinds[self.i % len(self.kinds)]
        self.i += 1
        if kind == "a":
            return int(self.c.next_uint32(self.c.state))
        if kind == "b":
            return int(self.c.next_uint64(self.c.state))
        return float(self.c.next_double(self.c.state))

    def many(self, n):
        return [self.one() for _ in range(n)]


def parse_values(tokens, kinds, start):
    """C's printed values, as ints or floats by kind (draw numbers from `start`)."""
    out = []
    for j, tok in enumerate(tokens):
        kind = kinds[(start + j) % len(kinds)]
        out.append(float(tok) if kind == "d" else int(tok))
    return out


def consume(bg, n64=0, n32=0):
    c = bg.ctypes
    for _ in range(n64):
        c.next_uint64(c.state)
    for _ in range(n32):
        c.next_uint32(c.state)


def bitgen_states(rng):
    """(label, NumPy bit generator) pairs: the states to send to C."""
    cases = []
    for name in ALGORITHMS:
        cls = getattr(np.random, name)
        for seed in (0, 12345, 2**100 + 7):
            for n64, n32 in ((0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (3, 0), (3, 3), (4, 1),
                             (5, 0), (311, 1), (700, 3)):
                bg = cls(seed)
                consume(bg, n64, n32)
                cases.append((f"{name}({seed}) after {n64} u64 + {n32} u32", bg))
        bg = cls(99)
        bg.random_raw(1001)
        cases.append((f"{name}(99) after random_raw(1001)", bg))
        bg = cls(98)
        np.random.Generator(bg).integers(0, 1000, size=13)
        cases.append((f"{name}(98) after Generator.integers", bg))
        bg = cls(97)
        np.random.Generator(bg).standard_normal(size=7)
        np.random.Generator(bg).random(dtype=np.float32)
        cases.append((f"{name}(97) after Generator.standard_normal, random(float32)", bg))
        if name in ("PCG64", "PCG64DXSM", "Philox"):
            bg = cls(5)
            consume(bg, 0, 1)
            bg.advance(2**100 + 3)
            cases.append((f"{name}(5).advance(2**100 + 3)", bg))
        if name != "SFC64":
            bg = cls(6).jumped(2)
            consume(bg, 1, 1)
            cases.append((f"{name}(6).jumped(2)", bg))
        if name == "MT19937":
            for seed in (0, 5, 2**32 - 1):
                bg = cls(0)
                bg._legacy_seeding(seed)
                cases.append((f"MT19937 legacy seeding {seed}", bg))

    # Random states set directly, edges included.
    for k in range(40):
        for name in ALGORITHMS:
            bg = getattr(np.random, name)(0)
            state = listify(bg.state)
            if name in ("PCG64", "PCG64DXSM"):
                state["state"] = {"state": rng.getrandbits(128), "inc": rng.getrandbits(128) | 1}
            elif name == "Philox":
                edge = k % 4 == 0
                state["state"] = {
                    "counter": [2**64 - 1] * 4 if edge else [rng.getrandbits(64) for _ in range(4)],
                    "key": [rng.getrandbits(64) for _ in range(2)],
                }
                state["buffer"] = [rng.getrandbits(64) for _ in range(4)]
                state["buffer_pos"] = rng.randint(0, 4)
            elif name == "SFC64":
                state["state"] = {"state": [rng.getrandbits(64) for _ in range(4)]}
            else:
                state["state"] = {
                    "key": [rng.getrandbits(32) for _ in range(624)],
                    "pos": rng.choice([0, 1, 623, 624, rng.randint(0, 624)]),
                }
            if "has_uint32" in state:
                state["has_uint32"] = rng.randint(0, 1)
                state["uinteger"] = rng.getrandbits(32) if state["has_uint32"] or k % 3 else 0
            bg.state = state
            cases.append((f"random {name} state #{k}", bg))
    return cases


def seedseq_states(rng):
    big = rng.getrandbits(200)
    cases = [
        np.random.SeedSequence(12345),
        np.random.SeedSequence(0),
        np.random.SeedSequence([]),
        np.random.SeedSequence([1, 2**70, 0]),
        np.random.SeedSequence(big, spawn_key=(3, 4), pool_size=8, n_children_spawned=5),
        np.random.SeedSequence(),
        np.random.SeedSequence(7).spawn(3)[2],
        np.random.SeedSequence(rng.getrandbits(64), spawn_key=(2**64 - 1,)),
    ]
    return cases


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, label, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL [{label}]: {what}" + (f"\n    {detail}" if detail else ""))
        return ok


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"first difference at {i}: C {x!r}, NumPy {y!r}"
    return f"lengths differ: C {len(a)}, NumPy {len(b)}"


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    exe = sys.argv[1]
    seed = int(os.environ.get("RANDSTREAMS_STATE_SEED", random.SystemRandom().getrandbits(32)))
    print(f"random states from seed {seed} (replay with RANDSTREAMS_STATE_SEED={seed})")
    rng = random.Random(seed)

    # Commands, and what each answer must be.
    commands, plans = [], []
    for n, (label, bg) in enumerate(bitgen_states(rng)):
        text = dumps(bg)
        for cmd in ("BG", "SET"):
            kinds = KINDS[(n + (cmd == "SET")) % len(KINDS)]
            extra = rng.choice([0, 1, 3, 5, 100, 1000])
            commands.append(f"{cmd} {kinds} {extra} {text}")
            plans.append(("bitgen", f"{cmd} {label}, kinds {kinds}, {extra} extra",
                          copy.deepcopy(bg), text, kinds, extra))
    for n, ss in enumerate(seedseq_states(rng)):
        text = json.dumps(listify(ss.state))
        commands.append(f"SS {text}")
        plans.append(("seedseq", f"SS #{n} {text[:60]}", ss, text, None, None))

    proc = subprocess.run([exe], input="\n".join(commands) + "\n", capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        print(f"FAIL: {exe} exited with {proc.returncode}\n{proc.stderr}")
        return 1
    lines = proc.stdout.splitlines()
    at = 0
    checker = Checker()

    def take(label, tag):
        nonlocal at
        if at >= len(lines):
            checker.check(False, label, f"no `{tag}` line (output ended)")
            return None
        line = lines[at]
        at += 1
        if line.startswith("E "):
            checker.check(False, label, f"C refused it: {line[2:]}")
            return None
        if not line.startswith(tag + " ") and line != tag:
            checker.check(False, label, f"expected a `{tag}` line, got {line[:80]!r}")
            return None
        return line[len(tag) + 1:]

    for kind, label, obj, text, kinds, extra in plans:
        if kind == "bitgen":
            bg = obj
            cls = type(bg)
            j = take(label, "J")
            if j is None:
                continue
            checker.check(j == text, label, "C's JSON after loading is NumPy's text",
                          f"C:     {j[:200]}\n    NumPy: {text[:200]}")
            a = take(label, "A")
            s = take(label, "S")
            b = take(label, "B")
            if a is None or s is None or b is None:
                continue
            draws = Drawer(bg, kinds)
            want_a = draws.many(N_VALUES)
            got_a = parse_values(a.split(), kinds, 0)
            checker.check(got_a == want_a, label, "C's 40 values continue NumPy's stream",
                          first_difference(got_a, want_a))
            draws.many(extra)
            numpy_text = dumps(bg)
            checker.check(s == numpy_text, label,
                          "C's JSON after the extra draws is NumPy's text for the same state",
                          f"C:     {s[:200]}\n    NumPy: {numpy_text[:200]}")
            got_b = parse_values(b.split(), kinds, N_VALUES + extra)
            # NumPy from C's JSON: a new generator, then bg.state = json.loads(text).
            back = cls(1)
            back.state = json.loads(s)
            replay = Drawer(back, kinds)
            replay.i = N_VALUES + extra
            want_b = replay.many(N_VALUES)
            checker.check(got_b == want_b, label,
                          "NumPy given C's JSON continues exactly as C does",
                          first_difference(got_b, want_b))
            own_b = draws.many(N_VALUES)
            checker.check(got_b == own_b, label, "C's values after its JSON are NumPy's too",
                          first_difference(got_b, own_b))
            checker.check(dumps(back) == dumps(bg), label,
                          "NumPy from C's JSON ends in the state of NumPy's own generator")
        else:
            ss = obj
            j = take(label, "J")
            if j is None:
                continue
            checker.check(j == text, label, "C's seed sequence JSON is NumPy's text",
                          f"C:     {j}\n    NumPy: {text}")
            g = take(label, "G")
            c = take(label, "C")
            s = take(label, "S")
            if g is None or c is None or s is None:
                continue
            rebuilt = np.random.SeedSequence(**json.loads(j))
            want_g = [int(x) for x in rebuilt.generate_state(8, np.uint32)]
            checker.check([int(x) for x in g.split()] == want_g, label,
                          "generate_state(8) agrees")
            kids = rebuilt.spawn(2)
            want_c = [int(x) for k in kids for x in k.generate_state(4, np.uint32)]
            checker.check([int(x) for x in c.split()] == want_c, label,
                          "the children of spawn(2) agree")
            after = json.dumps(listify(rebuilt.state))
            checker.check(s == after, label, "the JSON after spawn(2) is NumPy's text",
                          f"C:     {s}\n    NumPy: {after}")
            checker.check(
                json.dumps(listify(np.random.SeedSequence(**json.loads(s)).state)) == after,
                label, "NumPy rebuilds C's JSON after the spawn")

    checker.check(at == len(lines), "output", f"{len(lines) - at} unexpected trailing lines")
    print(f"{len(plans)} states checked")
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 0 if checker.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
