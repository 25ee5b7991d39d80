"""Writes the seed corpus under tests/fuzz/seeds/<target>/: NumPy's own state dicts as JSON,
randstreams' checkpoints of the same generators, entropy texts, and constructor inputs. The
fuzzers mutate these; tests/fuzz_regressions.rs replays them.

    RANDSTREAMS_LIBRARY=target/release/librandstreams.so python3 tests/fuzz/make_seeds.py
"""

import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))
import randstreams as rs  # noqa: E402

ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]


def write(target, name, data):
    d = os.path.join(HERE, "seeds", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def plain(state):
    """NumPy's state dict with arrays as lists (what bitgen_state_json reads)."""
    out = {}
    for k, v in state.items():
        out[k] = plain(v) if isinstance(v, dict) else (v.tolist() if hasattr(v, "tolist") else v)
    return out


def reframed(checkpoint):
    """The payload form of checks.rs' checkpoint_bytes: kind, algorithm, flags and payload,
    with the magic, version, length and checksum left for the target to add."""
    return b"\x01" + checkpoint[12:24] + checkpoint[32:-8]


for i, text in enumerate(["12345", "0x8c3c010cb4754c905776bdac5ee7501", "[3, 0x10]", "[]",
                          " [0, 18446744073709551616] ", str(3**200)]):
    write("ss_new_str", f"text{i}", text)

for alg in ALGS:
    bg = getattr(np.random, alg)(np.random.SeedSequence(2024))
    bg.random_raw(3)
    np.random.Generator(bg).integers(0, 2**32, dtype=np.uint32)  # a pending 32-bit half
    write("bitgen_state_json", alg, json.dumps(plain(bg.state)))
    ours = rs.BitGenerator(alg, rs.SeedSequence(2024))
    write("bitgen_checkpoint", f"{alg}-seeded", b"\x00" + ours.save())
    write("bitgen_checkpoint", f"{alg}-seeded-payload", reframed(ours.save()))
    bare = rs.BitGenerator.from_state(plain(bg.state))
    write("bitgen_checkpoint", f"{alg}-state", b"\x00" + bare.save())

for i, ss in enumerate([np.random.SeedSequence(12345),
                        np.random.SeedSequence([1, 2**70], spawn_key=(3,), pool_size=8,
                                               n_children_spawned=2)]):
    write("ss_state_json", f"ss{i}", json.dumps(plain(ss.state)))
    ours = rs.SeedSequence.from_state(plain(ss.state))
    write("ss_checkpoint", f"ss{i}", b"\x00" + ours.save())
    write("ss_checkpoint", f"ss{i}-payload", reframed(ours.save()))

# One input per constructor operation (see checks.rs, construct): the op byte, then arguments.
for op in range(10):
    write("constructors", f"op{op}", bytes([op, 3]) + bytes(range(5, 100, 3)))

# Hostile inputs, each of which must be refused cleanly (the checks accept either outcome but
# hold the library to the failure protocol): deep nesting, numbers past every range, a cut
# checkpoint, an oversized entropy text.
deep = "[" * 5000 + "]" * 5000
write("bitgen_state_json", "hostile-deep", '{"bit_generator": "PCG64", "state": ' + deep + "}")
write("ss_state_json", "hostile-deep", '{"entropy": ' + deep + "}")
write("bitgen_state_json", "hostile-big",
      json.dumps(plain(np.random.PCG64(1).state)).replace('"inc": ', '"inc": 1' + "0" * 60))
write("ss_state_json", "hostile-big",
      '{"entropy": 1e400, "spawn_key": [18446744073709551616], "pool_size": '
      + "9" * 40 + ', "n_children_spawned": -1}')
write("ss_new_str", "hostile-long", "0x" + "f" * 3000)
write("ss_new_str", "hostile-nested", "[[1], 2]")
cut = rs.BitGenerator("PCG64", rs.SeedSequence(1)).save()
write("bitgen_checkpoint", "hostile-truncated", b"\x00" + cut[:-9])
write("ss_checkpoint", "hostile-bitgen-bytes", b"\x00" + cut)
