#!/usr/bin/env python3
"""Golden test vectors for randstreams, computed by NumPy only.

The text format is specified in tests/data/FORMAT.md.

    python3 scripts/gen/vectors.py                          # writes tests/data/{seedseq,bitgen,distributions,multivariate}.txt
    python3 scripts/gen/vectors.py --random SEED --count N  # prints N random cases to stdout
    python3 scripts/gen/vectors.py --random SEED --count N --dist-only  # only `dist` cases

The distribution methods, their parameters and how random cases pick them come from
src/methods.toml (scripts/gen/method_table.py reads it).

Every expected value comes from calling NumPy literally (SeedSequence(...), Name(ss),
bg.ctypes.next_uint64(bg.ctypes.state), Generator(bg).gamma(...), ...); nothing here models the
algorithms.
"""
import argparse
import os
import random
import re
import struct
import sys

import numpy as np
from numpy.random import Generator, MT19937, PCG64, PCG64DXSM, SFC64, Philox, SeedSequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import method_table  # noqa: E402

BITGENS = {c.__name__: c for c in (PCG64, PCG64DXSM, MT19937, Philox, SFC64)}
JUMPABLE = ("MT19937", "PCG64", "PCG64DXSM", "Philox")
ADVANCE_WORDS = {"PCG64": 2, "PCG64DXSM": 2, "Philox": 4}
M64 = 2**64 - 1
U32_MAX = 2**32 - 1

# The grammar shared with ss_new_str: a dec or 0x-hex integer, or [a,b,...] of those.
_INT_TOK = r"(?:0x[0-9a-f]+|0|[1-9][0-9]*)"
_ENTROPY_RE = re.compile(rf"^(?:{_INT_TOK}|\[(?:{_INT_TOK}(?:,{_INT_TOK})*)?\])$")


def parse_entropy(tok):
    """The entropy an `ss` token means: int(x, 0) for the integer or for each list element."""
    assert _ENTROPY_RE.match(tok), tok
    if tok.startswith("["):
        inner = tok[1:-1]
        return [int(t, 0) for t in inner.split(",")] if inner else []
    return int(tok, 0)


def dec_list(xs):
    return ",".join(str(int(x)) for x in xs) if len(xs) else "-"


def words(value, n):
    """Little-endian 64-bit words of value (which must fit in n words)."""
    assert 0 <= value < 2 ** (64 * n)
    return [(value >> (64 * i)) & M64 for i in range(n)]


def h8(x):
    return f"{int(x):08x}"


def h16(x):
    return f"{int(x):016x}"


def double_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


# ---------------------------------------------------------------------------------------
# Generator methods behind `dist <method> <n> <params...> : <values>` (FORMAT.md, Distributions)
# ---------------------------------------------------------------------------------------
F, I, E = "float", "int", "endpoint"  # parameter kinds


class Dist:
    """One method of src/methods.toml: its parameters' kinds, NumPy's call
    call(gen, size, *params) -> ndarray, the result's dtype, and the table's variant.

    `sized` is False for permutation/shuffle, where n is the array's length (no scalar form)."""

    def __init__(self, v):
        self.variant = v
        self.kinds = tuple(F if method_table.is_float(p.type) else E if p.type == "bool" else I
                           for p in v.params)
        self.dtype = np.dtype(method_table.NUMPY_DTYPE[v.out])
        self.sized = v.single
        self.call = self._numpy_call(v)

    def _numpy_call(self, v):
        """NumPy's call for a row: `numpy_call` when the table gives one (with `g`, `n`, `data`
        and the parameters' names in scope), else g.<numpy>(<params>, size=n, <numpy_kwargs>,
        <kwargs>)."""
        names = [p.name for p in v.params]
        if v.numpy_call:
            def call(g, size, *params):
                data = None
                if v.inplace:  # FORMAT.md: np.arange(n) as the dtype (floats: halves)
                    data = (np.arange(size) * 0.5 if v.out == "f64"
                            else np.arange(size, dtype=self.dtype))
                scope = {"g": g, "n": size, "np": np, "data": data, **dict(zip(names, params))}
                result = eval(v.numpy_call, {}, scope)
                return data if v.inplace else result
            return call
        pos = [p.name for p in v.params if not p.kwarg]
        kws = [p for p in v.params if p.kwarg]
        source = (f"lambda g, size, {''.join(n + ', ' for n in names)}: g.{v.numpy}("
                  f"{''.join(n + ', ' for n in pos)}size=size"
                  f"{', ' + v.numpy_kwargs if v.numpy_kwargs else ''}"
                  f"{''.join(f', {p.numpy}=bool({p.name})' for p in kws)})")
        return eval(source, {"np": np})


DISTS = {v.cname: Dist(v) for v in method_table.load()}
INT_DTYPES = {name[len("integers_"):]: d.dtype.type for name, d in DISTS.items()
              if d.variant.method == "integers"}


def param_value(kind, x):
    """The Python value passed to NumPy for a parameter of this kind."""
    if kind == F:
        return float(x)
    if kind == E:
        assert x in (0, 1, False, True), x
        return int(x)
    assert int(x) == x, x
    return int(x)


def param_tok(kind, x):
    return repr(x) if kind == F else str(x)


def plain(x):
    """A bit generator's state (dicts of ints and arrays) in comparable form."""
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    return x.tolist() if isinstance(x, np.ndarray) else x


def encode_values(a, dtype):
    """A result array as value tokens: float bits in hex, integers in decimal, bool as 0/1."""
    assert a.dtype == dtype, (a.dtype, dtype)
    if dtype == np.float64:
        return [h16(v) for v in a.view(np.uint64).tolist()]
    if dtype == np.float32:
        return [h8(v) for v in a.view(np.uint32).tolist()]
    if dtype == np.bool_:
        return ["1" if v else "0" for v in a.tolist()]
    return [str(int(v)) for v in a.tolist()]


class NanResult(Exception):
    pass


class Writer:
    """Runs each recipe line on NumPy and records it together with NumPy's answers."""

    def __init__(self):
        self.lines = []
        self.ss = None
        self.bg = None
        self.n_cases = 0
        self.n_checks = 0
        self.n_rejected = 0  # random dist parameters NumPy refused (drawn again)

    def out(self, *toks):
        self.lines.append(" ".join(str(t) for t in toks))

    def comment(self, text):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.lines.append("# " + text)

    def check(self, op, vals, n=None):
        vals = list(vals)
        if n is not None:
            assert len(vals) == n
            self.out(op, n, ":", *vals)
        else:
            self.out(op, ":", *vals)
        self.n_checks += 1

    def text(self):
        return "\n".join(self.lines) + "\n"

    # --- cases and seed sequences ---
    def case(self, name):
        assert re.match(r"^[A-Za-z0-9_.\-]+$", name), name
        if self.lines and self.lines[-1] != "" and not self.lines[-1].startswith("#"):
            self.lines.append("")
        self.out("case", name)
        self.ss = self.bg = None
        self.n_cases += 1

    def ss_new(self, tok, pool=4, n_spawned=0, key=()):
        key = tuple(int(k) for k in key)
        self.ss = SeedSequence(parse_entropy(tok), spawn_key=key, pool_size=pool,
                               n_children_spawned=n_spawned)
        self.out("ss", tok, pool, n_spawned, dec_list(key))

    def ss_words32(self, ws):
        self.ss = SeedSequence(np.array(ws, dtype=np.uint32))
        self.out("ss_words32", dec_list(ws))

    def ss_words64(self, es):
        assert len(es) >= 1 and all(0 <= e <= M64 for e in es)
        self.ss = SeedSequence(int(es[0]) if len(es) == 1 else [int(e) for e in es])
        self.out("ss_words64", dec_list(es))

    def ss_spawn(self, n, i):
        assert self.ss.n_children_spawned + n <= U32_MAX  # NumPy 2.4.6 hangs past 2^32
        self.ss = self.ss.spawn(n)[i]
        self.out("ss_spawn", n, i)

    # --- checks on the seed sequence ---
    def state32(self, n):
        self.check("state32", map(h8, self.ss.generate_state(n, np.uint32)), n)

    def state64(self, n):
        self.check("state64", map(h16, self.ss.generate_state(n, np.uint64)), n)

    def n_spawned(self):
        self.check("n_spawned", [self.ss.n_children_spawned])

    def spawn_key(self):
        self.check("spawn_key", [dec_list(self.ss.spawn_key)])

    # --- making the bit generator ---
    def bitgen(self, name):
        self.bg = BITGENS[name](self.ss)
        self.out("bitgen", name)

    def philox_key(self, k, c):
        assert len(k) == 2 and len(c) == 4
        self.bg = Philox(key=k[0] + (k[1] << 64),
                         counter=c[0] + (c[1] << 64) + (c[2] << 128) + (c[3] << 192))
        self.out("philox_key", *(f"{w:x}" for w in (*k, *c)))

    def mt_legacy(self, seed):
        self.bg = MT19937()
        self.bg._legacy_seeding(seed)
        self.out("mt_legacy", seed)

    def mt_legacy_array(self, arr):
        # A Python list always takes init_by_array; a 1-element ndarray would be squeezed to a
        # scalar (init_genrand).
        self.bg = MT19937()
        self.bg._legacy_seeding(list(arr))
        self.out("mt_legacy_array", dec_list(arr))

    def bg_spawn(self, n, i):
        assert self.bg.seed_seq.n_children_spawned + n <= U32_MAX
        self.bg = self.bg.spawn(n)[i]
        self.out("bg_spawn", n, i)

    def jumped(self, k):
        self.bg = self.bg.jumped(k)
        self.out("jumped", k)

    def advance(self, ws):
        assert len(ws) == ADVANCE_WORDS[type(self.bg).__name__]
        self.bg.advance(sum(w << (64 * i) for i, w in enumerate(ws)))
        self.out("advance", *(f"{w:x}" for w in ws))

    # --- checks on the bit generator ---
    def _calls(self, fn, n):
        c = self.bg.ctypes
        f, st = getattr(c, fn), c.state
        return [f(st) for _ in range(n)]

    def u64(self, n):
        self.check("u64", map(h16, self._calls("next_uint64", n)), n)

    def u32(self, n):
        self.check("u32", map(h8, self._calls("next_uint32", n)), n)

    def double(self, n):
        self.check("double", (h16(double_bits(x)) for x in self._calls("next_double", n)), n)

    def raw(self, n):
        fmt = h8 if isinstance(self.bg, MT19937) else h16
        self.check("raw", map(fmt, self.bg.random_raw(n).tolist()), n)

    def fill(self, n):
        self.check("fill", map(h16, self._calls("next_uint64", n)), n)

    # --- Generator distributions on the bit generator ---
    def dist(self, method, n, *params):
        """`Generator(bg).<method>(*params, size=n)`; a fresh Generator each time (the state that
        matters lives in bg, so consecutive lines continue the stream)."""
        d = DISTS[method]
        assert len(params) == len(d.kinds), (method, params)
        vals = [param_value(k, x) for k, x in zip(d.kinds, params)]
        if n == 1 and d.sized:
            # FORMAT.md: a size-1 line equals NumPy's scalar call; make sure of it.
            before = self.bg.state
            scalar = d.call(Generator(self.bg), None, *vals)
            after = self.bg.state
            self.bg.state = before
        a = d.call(Generator(self.bg), n, *vals)
        assert a.shape == (n,), (method, a.shape)
        if a.dtype.kind == "f" and np.isnan(a).any():
            raise NanResult(method, vals)  # NaN bits are not portable; such cases are left out
        enc = encode_values(a, d.dtype)
        if n == 1 and d.sized:
            assert encode_values(np.asarray(scalar, dtype=d.dtype).reshape(1), d.dtype) == enc, method
            assert plain(self.bg.state) == plain(after), method
        self.out("dist", method, n, *(param_tok(k, v) for k, v in zip(d.kinds, vals)), ":", *enc)
        self.n_checks += 1
        return a

    # --- choice, bytes and the shuffles (FORMAT.md, Sampling) ---
    def bytes(self, n):
        """`Generator(bg).bytes(n)`."""
        b = Generator(self.bg).bytes(n)
        self.out("bytes", n, ":", b.hex() or "-")
        self.n_checks += 1

    def choice(self, a, n, replace=True, p=None, shuffle=True):
        """`Generator(bg).choice(a, size=n, replace=replace, p=p, shuffle=shuffle)`."""
        idx = Generator(self.bg).choice(a, size=n, replace=bool(replace), p=p,
                                        shuffle=bool(shuffle))
        ptok = "-" if p is None else ",".join(repr(float(x)) for x in p)
        self.out("choice", a, int(replace), int(shuffle), ptok, n, ":", *map(str, idx.tolist()))
        self.n_checks += 1

    def move(self, op, itemsize, shape, axis):
        """`shuffle(x, axis)`, `permutation(x, axis)` or `permuted(x, axis=axis)` of the array
        MOVE_INPUT makes; the result's bytes in C order."""
        x = move_input(itemsize, shape)
        g = Generator(self.bg)
        if op == "shuffle":
            g.shuffle(x, axis=axis)
            r = x
        elif op == "permutation":
            r = g.permutation(x, axis=axis)
        else:
            r = g.permuted(x, axis=None if axis == "none" else axis)
        data = np.ascontiguousarray(r).reshape(-1).view(np.uint8).tobytes()
        self.out("move", op, itemsize, dec_list(shape), axis, ":", data.hex() or "-")
        self.n_checks += 1
    def distv(self, method, sets):
        """`Generator(bg).<method>(*arrays)` with one parameter set per element (NumPy's
        broadcast call on 1-d arrays); a flag such as endpoint is one value, from the first set."""
        d = DISTS[method]
        n = len(sets)
        assert n > 0 and all(len(x) == len(d.kinds) for x in sets), (method, sets)
        cols = []
        for j, kind in enumerate(d.kinds):
            if kind == E:
                cols.append(param_value(E, sets[0][j]))
            else:
                vals = [param_value(kind, x[j]) for x in sets]
                dt = np.float64 if kind == F else (np.uint64 if max(vals) > 2**63 - 1 else np.int64)
                cols.append(np.array(vals, dtype=dt))
        with np.errstate(all="ignore"):  # NumPy's array checks overflow on extreme parameters
            a = d.call(Generator(self.bg), None, *cols)
        assert a.shape == (n,), (method, a.shape)
        if a.dtype.kind == "f" and np.isnan(a).any():
            raise NanResult(method, sets)
        toks = [param_tok(E, c) if kind == E else ",".join(param_tok(kind, x) for x in c.tolist())
                for kind, c in zip(d.kinds, cols)]
        self.out("distv", method, n, *toks, ":", *encode_values(a, d.dtype))
        self.n_checks += 1
        return a

    def ops(self, seq):
        """Run a list of (op, arg) pairs, e.g. [("u32", 1), ("u64", 2)]."""
        for op, arg in seq:
            getattr(self, op)(arg)


# A mix of bit-generator draws that exercises the pending half word (u32, u64, u32).
MIXED = [("raw", 5), ("u32", 1), ("u64", 1), ("u32", 1), ("double", 2), ("u32", 3),
         ("u64", 2), ("u32", 1), ("double", 1), ("u32", 1), ("fill", 7), ("raw", 3),
         ("double", 5), ("u32", 5), ("u64", 3)]

BIG1000 = 3**630  # a 999-bit integer
HEXE = "0x8c3c010cb4754c905776bdac5ee7501"


# ---------------------------------------------------------------------------------------
# Deterministic files
# ---------------------------------------------------------------------------------------
def seedseq_cases(w):
    basic = [
        ("zero", "0"), ("one", "1"), ("12345", "12345"), ("2pow32", str(2**32)),
        ("2pow64m1", str(M64)), ("2pow128p1", str(2**128 + 1)), ("big1000", str(BIG1000)),
        ("hexbig", HEXE), ("deadbeaf", "0xdeadbeaf"), ("list_empty", "[]"), ("list_0", "[0]"),
        ("list_0x4", "[0,0,0,0]"), ("list_0x5", "[0,0,0,0,0]"), ("list_3_hexbig", f"[3,{HEXE}]"),
        ("list_mixed", f"[1,4294967296,{M64},0,0x100000000000000000000000005,{2**64}]"),
        ("list_hex", "[0xffffffff,0x100000000,7,0x0]"), ("list_1to12", "[" + ",".join(map(str, range(1, 13))) + "]"),
    ]
    for name, tok in basic:
        w.case(f"ss_{name}")
        w.ss_new(tok)
        for n in (4, 0, 1, 9):
            w.state32(n)
        for n in (0, 1, 2, 5):
            w.state64(n)
        w.n_spawned()
        w.spawn_key()

    w.comment("large n (the pool is cycled)")
    w.case("ss_zero_state32_1000")
    w.ss_new("0")
    w.state32(1000)
    w.case("ss_12345_state64_700")
    w.ss_new("12345")
    w.state64(700)

    for pool in (5, 8, 17):
        for name, tok in [("zero", "0"), ("12345", "12345"), ("big1000", str(BIG1000)),
                          ("list_1to20", "[" + ",".join(map(str, range(1, 21))) + "]"),
                          ("list_empty", "[]"), ("hexbig", HEXE)]:
            w.case(f"ss_pool{pool}_{name}")
            w.ss_new(tok, pool)
            w.state32(2 * pool + 3)
            w.state64(pool + 1)
            w.n_spawned()
    w.case("ss_pool17_state32_1000")
    w.ss_new(str(BIG1000), 17)
    w.state32(1000)
    w.state64(3)

    w.comment("spawn keys; zero padding of the entropy happens only with a non-empty key")
    keyed = [
        ("5_key1", "5", 4, (1,)), ("5000_1", "[5,0,0,0,1]", 4, ()), ("5_1", "[5,1]", 4, ()),
        ("1to5_key7", "[1,2,3,4,5]", 4, (7,)), ("1to5_7", "[1,2,3,4,5,7]", 4, ()),
        ("zero_key2pow32", "0", 4, (2**32,)), ("zero_key0_1", "0", 4, (0, 1)),
        ("12345_pool8_bigkeys", "12345", 8, (0, 2**32 + 5, M64)),
        ("empty_key3", "[]", 4, (3,)), ("big1000_pool5_key123", str(BIG1000), 5, (1, 2, 3)),
        ("hexbig_pool17_keymax", HEXE, 17, (M64, 0)),
        ("list_keylong", "[9,8]", 4, tuple(range(2**32 - 3, 2**32 + 3))),
    ]
    for name, tok, pool, key in keyed:
        w.case(f"ss_{name}")
        w.ss_new(tok, pool, 0, key)
        w.state32(8)
        w.state64(4)
        w.spawn_key()
        w.n_spawned()

    w.comment("n_children_spawned != 0, then spawning continues the numbering")
    for name, tok, pool, nsp, key, n, i in [
        ("12345_n3", "12345", 4, 3, (), 2, 1), ("zero_pool8_n7_key56", "0", 8, 7, (5, 6), 3, 0),
        ("one_nbig", "1", 4, 2**32 - 6, (), 5, 4), ("hexbig_n1_keybig", HEXE, 4, 1, (2**40,), 1, 0),
    ]:
        w.case(f"ss_spawned_{name}")
        w.ss_new(tok, pool, nsp, key)
        w.n_spawned()
        w.spawn_key()
        w.state32(4)
        w.ss_spawn(n, i)
        w.spawn_key()
        w.n_spawned()
        w.state32(5)
        w.state64(3)
    w.comment("known answer: SeedSequence(12345).spawn(2)[1].generate_state(2) = 56dbd8a6 15647117")
    w.case("ss_12345_spawn2_1")
    w.ss_new("12345")
    w.ss_spawn(2, 1)
    w.spawn_key()
    w.state32(2)

    w.comment("three-level spawn trees")
    for name, tok, pool in [("zero", "0", 4), ("12345", "12345", 4), ("3_hexbig", f"[3,{HEXE}]", 4),
                            ("deadbeaf_pool8", "0xdeadbeaf", 8), ("big1000_pool17", str(BIG1000), 17)]:
        w.case(f"ss_tree_{name}")
        w.ss_new(tok, pool)
        w.state32(4)
        for n, i in [(3, 2), (2, 0), (5, 4)]:
            w.ss_spawn(n, i)
            w.spawn_key()
            w.n_spawned()
            w.state32(6)
            w.state64(3)

    rng = random.Random(1)
    w.comment("uint32 word arrays")
    for name, ws in [("empty", []), ("0", [0]), ("123", [1, 2, 3]), ("max", [U32_MAX]),
                     ("0_1", [0, 1]), ("0x5", [0] * 5), ("5_0_0_0_1", [5, 0, 0, 0, 1]),
                     ("rand100", [rng.getrandbits(32) for _ in range(100)])]:
        w.case(f"ss_words32_{name}")
        w.ss_words32(ws)
        w.state32(6)
        w.state64(3)
    w.comment("uint64 arrays (a single element is an int)")
    for name, es in [("0", [0]), ("max", [M64]), ("2pow32", [2**32]), ("0_0", [0, 0]),
                     ("1_2pow63_max", [1, 2**63, M64]), ("rand10", [rng.getrandbits(64) for _ in range(10)])]:
        w.case(f"ss_words64_{name}")
        w.ss_words64(es)
        w.state32(6)
        w.state64(3)


def bitgen_cases(w):
    seeds = [("0", "0"), ("12345", "12345"), ("deadbeaf", "0xdeadbeaf"), ("list", f"[3,{HEXE}]")]
    for name in BITGENS:
        for label, tok in seeds:
            w.case(f"{name}_{label}")
            w.ss_new(tok)
            w.bitgen(name)
            w.ops(MIXED)
        w.case(f"{name}_pool8_key3")
        w.ss_new("12345", 8, 0, (3,))
        w.bitgen(name)
        w.raw(10)
        w.u32(3)
        w.comment("long runs: raw 1000 matches numpy's <name>-testset-1.csv")
        w.case(f"{name}_deadbeaf_long")
        w.ss_new("0xdeadbeaf")
        w.bitgen(name)
        w.raw(1000)
        w.u32(1001)
        w.u64(700)
        w.double(3)
        w.case(f"{name}_zero_fill_long")
        w.ss_new("0")
        w.bitgen(name)
        w.u32(1)
        w.fill(1300)
        w.u32(2)

    w.comment("bg_spawn advances the shared ss counter: a following ss_spawn gets key (2,)")
    for name in BITGENS:
        w.case(f"{name}_bg_spawn_then_ss_spawn")
        w.ss_new("12345")
        w.bitgen(name)
        w.raw(2)
        w.bg_spawn(2, 1)
        w.raw(4)
        w.u32(3)
        w.n_spawned()
        w.ss_spawn(1, 0)
        w.spawn_key()
        w.n_spawned()
        w.state32(4)
        w.bitgen(name)
        w.raw(3)
    w.comment("nested bg_spawn spawns from the child's own ss: key (0,1); the root counter stays 3")
    w.case("PCG64_bg_spawn_nested")
    w.ss_new("12345")
    w.bitgen("PCG64")
    w.bg_spawn(3, 0)
    w.bg_spawn(2, 1)
    w.raw(4)
    w.n_spawned()
    w.ss_spawn(1, 0)
    w.spawn_key()
    w.case("PCG64_key0_1_equals_nested")
    w.ss_new("12345", 4, 0, (0, 1))
    w.bitgen("PCG64")
    w.raw(4)
    w.case("Philox_bg_spawn_counter_n5")
    w.ss_new("7", 4, 5, (9,))
    w.bitgen("Philox")
    w.bg_spawn(2, 0)
    w.raw(5)
    w.n_spawned()
    w.spawn_key()

    w.comment("MT19937 jumped after partial buffers (seeded pos is 623; a twist runs at 624)")
    w.case("MT19937_zero_jumped_known")
    w.ss_new("0")
    w.bitgen("MT19937")
    w.jumped(1)
    w.raw(3)
    for seed in ("0", "12345"):
        for j, consume in enumerate((0, 1, 2, 300, 623, 624, 625, 1248)):
            k = (1, 2, 3, 0)[j % 4]
            w.case(f"MT19937_{seed}_consume{consume}_jumped{k}")
            w.ss_new(seed)
            w.bitgen("MT19937")
            if consume:
                w.raw(consume)
            w.jumped(k)
            w.raw(5)
            w.u64(2)
            w.double(2)
            w.u32(640 if j % 2 else 3)
    w.case("MT19937_jumped_twice")
    w.ss_new("12345")
    w.bitgen("MT19937")
    w.jumped(1)
    w.jumped(1)
    w.raw(5)
    w.case("MT19937_jumped_2")
    w.ss_new("12345")
    w.bitgen("MT19937")
    w.jumped(2)
    w.raw(5)
    for seed, consume in ((5489, 0), (5489, 624), (12345, 1)):
        w.case(f"MT19937_legacy{seed}_consume{consume}_jumped")
        w.mt_legacy(seed)
        if consume:
            w.raw(consume)
        w.jumped(1)
        w.raw(700)

    w.comment("PCG jumped; jumped(0) drops a pending half word")
    for name in ("PCG64", "PCG64DXSM"):
        for j, pre in enumerate(([], [("u32", 1)], [("u64", 3)], [("u32", 3)], [("u32", 1), ("u64", 1)])):
            for k in (0, 1, 2, 3):
                w.case(f"{name}_pre{j}_jumped{k}")
                w.ss_new("12345")
                w.bitgen(name)
                w.ops(pre)
                w.jumped(k)
                w.u32(3)
                w.raw(3)
                w.double(1)

    w.comment("Philox jumped after partly used buffers (the buffer is dropped)")
    for j, pre in enumerate(([], [("raw", 1)], [("raw", 4)], [("raw", 5)], [("u32", 1)], [("u32", 3)])):
        for k in (0, 1, 3):
            w.case(f"Philox_pre{j}_jumped{k}")
            w.ss_new("1")
            w.bitgen("Philox")
            w.ops(pre)
            w.jumped(k)
            w.raw(6)
            w.u32(3)
    w.case("Philox_counter_top_jumped")
    w.philox_key([1, 2], [5, 6, M64, M64])
    w.jumped(1)
    w.raw(5)
    w.jumped(3)
    w.raw(5)

    w.comment("advance after partly used buffers: small, huge and wrap-around (negative) deltas")
    pcg_deltas = [("0", 0), ("1", 1), ("5", 5), ("2pow64", 2**64), ("1e30", 10**30),
                  ("minus1", 2**128 - 1), ("minus5", 2**128 - 5), ("top", 2**127 + 12345),
                  ("sum2pows", sum(2**i for i in (96, 64, 32, 16, 8, 4, 2, 1)))]
    for name in ("PCG64", "PCG64DXSM"):
        for j, pre in enumerate(([], [("u32", 1)], [("raw", 3)], [("u32", 3), ("u64", 1)])):
            for label, d in pcg_deltas:
                w.case(f"{name}_pre{j}_advance_{label}")
                w.ss_new("12345")
                w.bitgen(name)
                w.ops(pre)
                w.advance(words(d, 2))
                w.u32(2)
                w.raw(3)
        w.comment("advance(-5) after 5 draws repeats them")
        w.case(f"{name}_advance_back")
        w.ss_new("0")
        w.bitgen(name)
        w.raw(5)
        w.advance(words(2**128 - 5, 2))
        w.raw(5)
        w.case(f"{name}_test_direct_advance")
        w.ss_new("38219308213743")
        w.bitgen(name)
        w.advance(words(sum(2**i for i in (96, 64, 32, 16, 8, 4, 2, 1)), 2))
        w.raw(4)

    phil_deltas = [("0", 0), ("1", 1), ("3", 3), ("2pow64", 2**64), ("2pow64m1", M64),
                   ("2pow128", 2**128), ("minus1", 2**256 - 1), ("top", 2**255 + 7),
                   ("mixed", (0x0123456789abcdef << 192) | (M64 << 64) | 42)]
    for j, pre in enumerate(([], [("raw", 1)], [("raw", 2)], [("raw", 5)], [("u32", 1)])):
        for label, d in phil_deltas:
            w.case(f"Philox_pre{j}_advance_{label}")
            w.ss_new("12345")
            w.bitgen("Philox")
            w.ops(pre)
            w.advance(words(d, 4))
            w.raw(6)
            w.u32(3)
    for label, c in [("c0max", [M64, 0, 0, 0]), ("c01max", [M64, M64, 0, 0]),
                     ("allmax", [M64, M64, M64, M64])]:
        for dl, d in [("1", 1), ("2", 2), ("2pow64", 2**64)]:
            w.case(f"Philox_{label}_advance_{dl}")
            w.philox_key([3, 4], c)
            w.advance(words(d, 4))
            w.raw(5)

    w.comment("Philox from keys and counters; the counter is bumped before each block")
    for label, k, c, n in [
        ("zero", [0, 0], [0, 0, 0, 0], 5), ("key1", [1, 0], [0, 0, 0, 0], 3),
        ("key0_ctr1", [0, 0], [1, 0, 0, 0], 1), ("keymax", [M64, M64], [0, 0, 0, 0], 4),
        ("c0_near_max", [M64, M64], [M64 - 1, 0, 0, 0], 12), ("c01_max", [7, 9], [M64, M64, 0, 0], 8),
        ("c012_max", [7, 9], [M64 - 1, M64, M64, 0], 8), ("all_max", [7, 9], [M64, M64, M64, M64], 8),
        ("all_near_max", [0x0123456789abcdef, 0xfedcba9876543210], [M64 - 2, M64, M64, M64], 12),
    ]:
        w.case(f"Philox_key_{label}")
        w.philox_key(k, c)
        w.raw(n)
        w.u32(3)
        w.u64(1)
        w.u32(1)
        w.double(2)
    w.case("Philox_key_long")
    w.philox_key([5, 6], [M64 - 100, M64, M64, M64])
    w.raw(1001)

    w.comment("legacy MT19937 seeding (RandomState); pos is 624 so the first draw twists")
    for seed in (0, 1, 5489, 12345, U32_MAX):
        w.case(f"MT19937_legacy_{seed}")
        w.mt_legacy(seed)
        w.raw(5)
        w.u64(3)
        w.double(3)
        w.u32(2)
    w.case("MT19937_legacy_5489_long")
    w.mt_legacy(5489)
    w.raw(1300)
    for label, arr in [("7", [7]), ("123", [1, 2, 3]), ("0x700", [0] * 700),
                       ("max_0_5", [U32_MAX, 0, 5]), ("7_0", [7, 0])]:
        w.case(f"MT19937_legacy_array_{label}")
        w.mt_legacy_array(arr)
        w.raw(5)
        w.u64(2)
        w.double(2)
    w.case("MT19937_legacy_array_123_long")
    w.mt_legacy_array([1, 2, 3])
    w.raw(1300)


# Ziggurat tails start at r: |x| >= r only comes from the tail (f64 and f32 tables, 256 layers).
ZIG_TAILS = [("standard_normal", 3.6541528853610088), ("standard_normal_f32", 3.6541529),
             ("standard_exponential", 7.69711747013104972), ("standard_exponential_f32", 7.6971175)]
ZIG_N = 3000


def zig_seed(name):
    """The smallest seed whose ZIG_TAILS lines of ZIG_N values (drawn in that order) each hit the
    ziggurat tail, so the tail loops (and, at ~1% per draw, the wedges) are certainly covered."""
    seed = 0
    while True:
        g = Generator(BITGENS[name](SeedSequence(seed)))
        if all((np.abs(getattr(g, m.replace("_f32", ""))(
                size=ZIG_N, **({"dtype": np.float32} if m.endswith("f32") else {}))) >= r).any()
               for m, r in ZIG_TAILS):
            return seed
        seed += 1


# (method, params) swept with a fixed size in the deterministic file.
UNIFORM_PARAMS = [(0.0, 1.0), (-3.5, 2.25), (5.0, 5.0), (-0.0, 0.0), (0.0, 1e-300),
                  (-1e307, 1e307), (1e300, 1.0000000000000002e300), (-2.0, -1.0)]
GAMMA_SHAPES = [0.0, 1e-3, 0.5, 0.999, 1.0, 1.0000001, 1.5, 3.0, 1e4, 1e10]
GAMMA_PARAMS = [(0.5, 2.0), (1.0, 3.0), (2.5, 0.5), (1e-3, 1e3), (1e4, 1e-4), (3.0, 0.0), (0.0, 2.0)]
BETA_PARAMS = [(0.5, 0.5), (1e-3, 1e-3), (1e-300, 1e-300), (1.0, 1.0), (0.2, 0.9), (1.0, 0.3),
               (2.0, 3.0), (0.5, 5.0), (5.0, 0.5), (1.0, 1.0000001), (1e3, 1e3), (1e-3, 1e3)]
CHISQ_DFS = [1.0, 2.0, 0.5, 1e-3, 3.0, 100.0, 1e5]
POISSON_LAMS = [0.0, 1e-3, 0.5, 3.0, 9.99, 10.0, 10.5, 50.0, 1234.5, 1e6, 1e12, 1e18]
BINOMIAL_PARAMS = [(0, 0.5), (0, 0.0), (10, 0.0), (10, 1.0), (1, 0.5), (20, 0.3), (100, 0.29),
                   (100, 0.3), (100, 0.31), (1000, 0.5), (100, 0.9), (60, 0.5), (1000, 0.9),
                   (1000, 0.97), (2**40, 1e-12), (10**9, 0.5), (2**63 - 1, 0.5), (5, 1e-300)]
GEOMETRIC_PS = [1.0, 0.9999999, 0.5, 0.4, 1 / 3, 0.33333333333333326, 0.33, 0.1, 1e-3, 1e-9,
                1e-300, 5e-324]
# (t, low, high, endpoint): small, power-of-two, full and empty ranges, negative lows, and just
# past 2^32 for the 64-bit types (below 2^32 they take the 32-bit path). `high` always fits the
# dtype (bool: at most 2), so a reader can hold the bounds in the dtype's own type; NumPy's
# exclusive high = max + 1 (u8: 0, 256) is the same call as (0, 255, endpoint) anyway.
INTEGER_PARAMS = {
    "i64": [(0, 10, 0), (-5, 5, 1), (0, 2**32, 0), (0, 2**32, 1), (0, 2**32 + 1, 0),
            (-(2**40), 2**40, 0), (0, 2**62, 0), (-(2**63), 2**63 - 1, 1), (-(2**63), 2**63 - 1, 0),
            (7, 7, 1), (-(2**63), -(2**63) + 1, 0), (-3, 2**63 - 1, 0), (0, 3 * 2**61, 0)],
    "u64": [(0, 2**64 - 1, 1), (0, 2**64 - 1, 0), (1, 2**64 - 1, 1), (2**63, 2**64 - 1, 1), (0, 2**32 - 1, 1),
            (0, 2**32 + 1, 0), (0, 256, 0), (10, 10, 1), (2**64 - 1, 2**64 - 1, 1), (1, 3 * 2**62, 1)],
    "i32": [(-(2**31), 2**31 - 1, 1), (-(2**30), 2**30, 0), (-100, 100, 0), (0, 3, 0), (5, 5, 1),
            (-(2**31), 0, 0), (0, 3 * 2**29 + 1, 0)],
    "u32": [(0, 2**32 - 1, 1), (0, 2**32 - 1, 0), (0, 2**31 + 1, 0), (0, 3 * 2**30, 0), (7, 7, 1),
            (1000, 1001, 0), (2**32 - 1, 2**32 - 1, 1)],
    "i16": [(-(2**15), 2**15 - 1, 1), (-(2**14), 2**14, 0), (-7, 7, 1), (0, 3, 0), (-1, -1, 1), (0, 3 * 2**13, 0)],
    "u16": [(0, 2**16 - 1, 1), (1, 2**16 - 1, 1), (0, 2**8, 0), (0, 3 * 2**14 + 1, 0), (9, 9, 1), (100, 300, 0)],
    "i8": [(-128, 127, 1), (-128, 127, 0), (0, 64, 0), (-3, 3, 1), (-128, -128, 1), (0, 97, 0)],
    "u8": [(0, 255, 1), (0, 255, 0), (0, 16, 0), (0, 3, 0), (200, 200, 1), (0, 193, 0), (1, 2, 0)],
    "bool": [(0, 1, 1), (0, 2, 0), (1, 1, 1), (0, 0, 1), (1, 2, 0), (0, 1, 0)],
}
PERM_NS = [0, 1, 2, 3, 100, 1000]
# Draws that use the bit generator's pending half word, mixed with raw 32/64-bit draws.
HALF_WORD_MIX = [("random_f32", 3), ("random", 2), ("random_f32", 3), ("u32", 1), ("random_f32", 1),
                 ("u64", 1), ("random_f32", 2), ("random", 1), ("u32", 3), ("random_f32", 1),
                 ("double", 1), ("random_f32", 5), ("raw", 2), ("random_f32", 1), ("fill", 1),
                 ("random_f32", 1), ("random", 1)]


def move_input(itemsize, shape):
    """FORMAT.md's input of a `move` line: byte k of the C-order data is k % 251, items of
    `itemsize` bytes (numpy void) in `shape`."""
    count = int(np.prod(shape, dtype=np.int64))
    raw = (np.arange(count * itemsize) % 251).astype(np.uint8)
    return raw.view(f"V{itemsize}").reshape(shape)


BYTES_LENS = [0, 1, 2, 3, 4, 5, 7, 8, 13, 64, 301]
ITEMSIZES = [1, 2, 4, 8, 16, 3, 5, 24]
# (a, n, replace, p, shuffle) across choice's five paths and the ranges of its draws.
CHOICE_CASES = [
    (1, 5, 1, None, 1), (7, 20, 1, None, 1), (2**32, 9, 1, None, 1), (2**32 + 1, 9, 1, None, 1),
    (2**40, 9, 1, None, 1), (2**63 - 1, 9, 1, None, 1), (5, 0, 1, None, 1), (0, 0, 1, None, 1),
    (5, 20, 1, [0.1, 0.0, 0.3, 0.6, 0.0], 1), (3, 9, 1, [0.2, 0.3, 0.5], 0),
    (1, 4, 1, [1.0], 1), (4, 12, 1, [0.25, 0.25, 0.25, 0.25], 1),
    (5, 3, 0, [0.1, 0.0, 0.3, 0.6, 0.0], 1), (6, 6, 0, [0.05, 0.05, 0.1, 0.2, 0.3, 0.3], 1),
    (6, 4, 0, [0.5, 1e-9, 0.2, 0.1, 0.2 - 1e-9, 0.0], 0), (5, 0, 0, [0.1, 0.0, 0.3, 0.6, 0.0], 1),
    (1000, 50, 0, None, 1), (1000, 50, 0, None, 0), (1000, 1000, 0, None, 1), (1, 1, 0, None, 1),
    (10000, 300, 0, None, 1), (2**33, 12, 0, None, 1), (2**33, 12, 0, None, 0),
    (2**63 - 1, 5, 0, None, 1), (10001, 201, 0, None, 1), (10001, 200, 0, None, 1),
    (10001, 501, 0, None, 0), (10001, 500, 0, None, 0), (12000, 241, 0, None, 1),
    (30000, 700, 0, None, 1),
]
# (op, shape, axis) for every item size.
MOVE_CASES = [
    ("shuffle", (37,), 0), ("shuffle", (1,), 0), ("shuffle", (0,), 0), ("shuffle", (3, 4, 2), 0),
    ("shuffle", (3, 4, 2), 1), ("shuffle", (3, 4, 2), 2), ("shuffle", (5, 0), 0),
    ("shuffle", (3, 1, 4), 2), ("permutation", (11,), 0), ("permutation", (0,), 0),
    ("permutation", (3, 4, 2), 1), ("permutation", (3, 4, 2), 2), ("permutation", (5, 0), 0),
    ("permutation", (0, 5), 1), ("permuted", (13,), "none"), ("permuted", (3, 4, 2), "none"),
    ("permuted", (3, 4, 2), 0), ("permuted", (3, 4, 2), 1), ("permuted", (3, 4, 2), 2),
    ("permuted", (5, 0), 1), ("permuted", (13,), 0),
]


def sampling_cases(w):
    for name in BITGENS:
        w.case(f"{name}_bytes_choice")
        w.ss_new("2024")
        w.bitgen(name)
        for n in BYTES_LENS:
            w.bytes(n)
            w.u32(1)  # the next line starts on a pending half word
            w.bytes(n)
        for a, n, replace, p, shuffle in CHOICE_CASES:
            w.choice(a, n, replace, p, shuffle)
            w.u32(1)
            w.choice(a, n, replace, p, shuffle)
        w.case(f"{name}_shuffles")
        w.ss_new("4048")
        w.bitgen(name)
        for itemsize in ITEMSIZES:
            for op, shape, axis in MOVE_CASES:
                w.move(op, itemsize, shape, axis)
            w.u32(1)
        w.move("shuffle", 8, (300,), 0)
        w.move("permuted", 4, (30, 40), 1)


def dist_ops(w, seq):
    """(op, n[, params...]) pairs: raw bit-generator checks or dist lines."""
    for op, n, *params in seq:
        if op in DISTS:
            w.dist(op, n, *params)
        else:
            getattr(w, op)(n)


def distribution_cases(w):
    for name in BITGENS:
        seed = zig_seed(name)
        w.comment(f"{name}: seed {seed} is the first whose four ziggurat lines all reach the tail")
        w.case(f"{name}_dist_ziggurat")
        w.ss_new(str(seed))
        w.bitgen(name)
        for m, _ in ZIG_TAILS:
            w.dist(m, ZIG_N)
        w.u32(1)
        w.dist("standard_normal_f32", 1)  # a float draw after a u32 uses the pending half word
        w.dist("standard_exponential_f32", 1)
        w.u64(1)

        w.case(f"{name}_dist_uniform")
        w.ss_new("12345")
        w.bitgen(name)
        w.dist("random", 5)
        dist_ops(w, HALF_WORD_MIX)
        w.dist("random", 300)
        w.dist("random_f32", 301)
        w.u32(1)
        for lo, hi in UNIFORM_PARAMS:
            w.dist("uniform", 10, lo, hi)
        w.dist("uniform", 1, 0.0, 1.0)
        w.dist("uniform", 0, 0.0, 1.0)

        w.case(f"{name}_dist_normal_exponential")
        w.ss_new("0xdeadbeaf")
        w.bitgen(name)
        dist_ops(w, [("standard_normal", 1), ("standard_normal", 1), ("standard_normal", 2),
                     ("standard_normal_f32", 1), ("u32", 1), ("standard_normal_f32", 1),
                     ("standard_normal_f32", 2), ("standard_exponential", 1), ("u32", 1),
                     ("standard_exponential_f32", 3), ("standard_exponential", 2), ("random_f32", 1),
                     ("standard_normal", 0), ("standard_exponential_f32", 0)])
        for loc, scale in [(0.0, 1.0), (10.0, 0.0), (-3.0, 1e-3), (1e300, 1e300), (-0.0, 1e-300)]:
            w.dist("normal", 20, loc, scale)
        for mean, sigma in [(0.0, 1.0), (1.5, 0.0), (-2.0, 3.0), (700.0, 1.0), (-800.0, 1.0)]:
            w.dist("lognormal", 20, mean, sigma)
        for scale in (1.0, 0.0, 2.5, 1e-300, 1e300):
            w.dist("exponential", 20, scale)
        w.dist("normal", 1, 1.0, 2.0)
        w.dist("exponential", 1, 3.0)
        w.dist("lognormal", 1, 0.5, 0.5)
        dist_ops(w, [("standard_cauchy", 300), ("u32", 1), ("standard_cauchy", 1),
                     ("standard_cauchy", 2), ("standard_cauchy", 0)])
        dist_ops(w, [("standard_exponential_inv", 100), ("standard_exponential_inv_f32", 101),
                     ("u32", 1), ("standard_exponential_inv_f32", 1), ("standard_exponential_inv", 1),
                     ("standard_exponential_inv_f32", 2), ("standard_exponential_inv", 0)])

        w.case(f"{name}_dist_gamma_beta")
        w.ss_new("[3,{}]".format(HEXE))
        w.bitgen(name)
        for k in GAMMA_SHAPES:
            w.dist("standard_gamma", 40, k)
        w.u32(1)
        for k in GAMMA_SHAPES:
            w.dist("standard_gamma_f32", 40, k)
        for k, scale in GAMMA_PARAMS:
            w.dist("gamma", 20, k, scale)
        for a, b in BETA_PARAMS:
            w.dist("beta", 40, a, b)
        for df in CHISQ_DFS:
            w.dist("chisquare", 20, df)
        dist_ops(w, [("standard_gamma", 1, 0.5), ("standard_gamma_f32", 1, 0.5), ("u32", 1),
                     ("standard_gamma_f32", 1, 2.5), ("standard_gamma_f32", 2, 2.5),
                     ("beta", 1, 0.5, 0.5), ("beta", 1, 2.0, 2.0), ("chisquare", 1, 3.0),
                     ("gamma", 1, 2.0, 2.0), ("standard_gamma", 0, 2.0)])

        w.case(f"{name}_dist_discrete")
        w.ss_new("1")
        w.bitgen(name)
        for lam in POISSON_LAMS:
            w.dist("poisson", 100, lam)
        for nt, p in BINOMIAL_PARAMS:
            w.dist("binomial", 100, nt, p)
        for p in GEOMETRIC_PS:
            w.dist("geometric", 100, p)
        dist_ops(w, [("poisson", 1, 3.0), ("poisson", 1, 30.0), ("poisson", 1, 30.0),
                     ("binomial", 1, 20, 0.3), ("binomial", 1, 20, 0.3), ("binomial", 1, 1000, 0.6),
                     ("binomial", 1, 1000, 0.6), ("binomial", 2, 1000, 0.6), ("geometric", 1, 0.5),
                     ("geometric", 1, 0.01), ("poisson", 0, 5.0), ("binomial", 0, 5, 0.5)])

        w.case(f"{name}_dist_integers")
        w.ss_new("7")
        w.bitgen(name)
        for t, specs in INTEGER_PARAMS.items():
            top = 2 if t == "bool" else int(np.iinfo(INT_DTYPES[t]).max)
            for lo, hi, ep in specs:
                assert hi <= top, (t, hi)
                w.dist(f"integers_{t}", 20, lo, hi, ep)
        w.comment("size-1 lines (= scalar calls) do not share the byte/word buffer of a longer fill")
        for t, lo, hi, ep in [("u8", 0, 255, 1), ("i8", -100, 100, 0), ("u16", 0, 65535, 1),
                              ("i16", -1000, 1000, 1), ("bool", 0, 1, 1), ("u32", 0, 1000, 0),
                              ("i64", 0, 2**40, 0)]:
            for _ in range(4):
                w.dist(f"integers_{t}", 1, lo, hi, ep)
            w.dist(f"integers_{t}", 4, lo, hi, ep)
            w.dist(f"integers_{t}", 5, lo, hi, ep)
        w.comment("32-bit integer draws share the pending half word with u32 and random_f32")
        dist_ops(w, [("u32", 1), ("integers_u32", 3, 0, 100, 0), ("integers_u8", 3, 0, 255, 1),
                     ("u32", 1), ("integers_i32", 1, -5, 5, 1), ("random_f32", 1),
                     ("integers_u64", 2, 0, 2**32 - 1, 1), ("u64", 1), ("integers_u64", 1, 0, 2**32 + 5, 0),
                     ("integers_bool", 3, 0, 2, 0), ("u32", 1), ("integers_u16", 2, 0, 1000, 0),
                     ("integers_i64", 3, -(2**31), 2**31, 0), ("u32", 1), ("integers_i8", 0, 0, 10, 0),
                     ("integers_u8", 1, 3, 3, 1), ("u32", 1)])

        w.case(f"{name}_dist_permutation_shuffle")
        w.ss_new("99")
        w.bitgen(name)
        for m in ("permutation", "shuffle_i64", "shuffle_f64"):
            for n in PERM_NS:
                w.dist(m, n)
            w.u32(1)  # the next shuffle starts on a pending half word
        dist_ops(w, [("permutation", 2), ("u32", 1), ("shuffle_i64", 2), ("shuffle_f64", 3)])

        continuous_cases(w, name)
        noncentral_vonmises_cases(w, name)
        discrete_more_cases(w, name)
        array_cases(w, name)


def has_v(d):
    return method_table.has_v(d.variant)


def array_cases(w, name):
    """`distv` lines: every method with an array form on arrays cycling through its samples
    (those of one endpoint at a time), after a pending half word; the packed integers' samples
    mix one-value ranges (no draw) and full ranges (raw chunks) between Lemire ones."""
    w.case(f"{name}_dist_arrays")
    w.ss_new("0xa77a75")
    w.bitgen(name)
    w.u32(1)
    for method, d in DISTS.items():
        if not has_v(d):
            continue
        v = d.variant
        for endpoint in (False, True):
            group = [x for x in v.samples
                     if not any(k == E and bool(a) != endpoint for k, a in zip(d.kinds, x))]
            if not group or (endpoint and E not in d.kinds):
                continue
            n = 3 * len(group) + 1
            w.distv(method, [group[(k * 7) % len(group)] for k in range(n)])
        w.u32(1)


# ---------------------------------------------------------------------------------------
# Random cases (--random SEED --count N)
# ---------------------------------------------------------------------------------------
def rand_int(rng):
    kind = rng.randrange(8)
    if kind == 0:
        return rng.choice([0, 1, U32_MAX, 2**32, M64, 2**64, 2**128 - 1])
    if kind == 1:
        return rng.randrange(256)
    if kind in (2, 3):
        return rng.getrandbits(32)
    if kind == 4:
        return rng.randrange(2**32, 2**64)
    return rng.getrandbits(rng.randint(65, 300))


def int_tok(rng, x):
    return hex(x) if rng.random() < 0.3 else str(x)


def rand_entropy_tok(rng):
    if rng.random() < 0.45:
        return int_tok(rng, rand_int(rng))
    n = rng.choice([0, 1, 1, 2, 3, 4, 5, 6, 8, rng.randint(9, 30)])
    return "[" + ",".join(int_tok(rng, rand_int(rng)) for _ in range(n)) + "]"


def rand_key(rng):
    def elem():
        return rng.choice([rng.randrange(10), rng.getrandbits(32), rng.randrange(2**32, 2**64), M64])
    return tuple(elem() for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])))


def rand_n(rng, allow_zero=False):
    r = rng.random()
    if r < 0.05:
        return rng.randint(600, 1500)
    if allow_zero and r < 0.1:
        return 0
    return rng.randint(1, 40)


def rand_ss(w, rng):
    kind = rng.random()
    if kind < 0.7:
        nsp = rng.choice([0, 0, 0, rng.randint(1, 10), U32_MAX - rng.randint(20, 1000)])
        w.ss_new(rand_entropy_tok(rng), rng.randint(4, 20), nsp, rand_key(rng))
    elif kind < 0.85:
        w.ss_words32([rng.choice([0, U32_MAX, rng.getrandbits(32)]) for _ in range(rng.randint(0, 40))])
    else:
        w.ss_words64([rng.choice([0, M64, rng.getrandbits(64)]) for _ in range(rng.randint(1, 8))])


def rand_ss_checks(w, rng):
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["state32", "state32", "state64", "n_spawned", "spawn_key"])
        if op in ("state32", "state64"):
            getattr(w, op)(rand_n(rng, allow_zero=True))
        else:
            getattr(w, op)()


def rand_ss_spawn(w, rng):
    n = rng.randint(1, 5)
    if w.ss.n_children_spawned + n <= U32_MAX:
        w.ss_spawn(n, rng.randrange(n))


def rand_delta(rng, nwords):
    bits = 64 * nwords
    kind = rng.randrange(6)
    if kind == 0:
        d = rng.randrange(1000)
    elif kind == 1:
        d = rng.getrandbits(bits)
    elif kind == 2:
        d = -rng.randint(1, 1000) % 2**bits  # negative in NumPy's wrap-around sense
    elif kind == 3:
        d = rng.getrandbits(bits) | (1 << (bits - 1))  # top bit set
    elif kind == 4:
        d = 1 << rng.randrange(bits)
    else:
        d = rng.getrandbits(rng.randint(1, 70))
    return words(d, nwords)


def rand_bg_ops(w, rng, name, spawnable):
    for _ in range(rng.randint(3, 10)):
        r = rng.random()
        if r < 0.08 and name in JUMPABLE:
            w.jumped(rng.randint(0, 3))
            spawnable = False
        elif r < 0.16 and name in ADVANCE_WORDS:
            w.advance(rand_delta(rng, ADVANCE_WORDS[name]))
        elif r < 0.21 and spawnable:
            n = rng.randint(1, 4)
            if w.bg.seed_seq.n_children_spawned + n <= U32_MAX:
                w.bg_spawn(n, rng.randrange(n))
                if rng.random() < 0.5:
                    rand_ss_checks(w, rng)
                    rand_ss_spawn(w, rng)
                    rand_ss_checks(w, rng)
        else:
            op = rng.choice(["u32", "u32", "u64", "double", "raw", "fill"])
            getattr(w, op)(rng.choice([1, 1, 2, 3]) if rng.random() < 0.4 else rand_n(rng))
    getattr(w, rng.choice(["u32", "u64", "double", "raw"]))(rng.randint(1, 8))  # end on a check


def rand_philox_word(rng):
    return rng.choice([0, M64, M64 - rng.randrange(4), rng.getrandbits(64), rng.randrange(8)])


def random_case(w, rng, name):
    w.case(name)
    kind = rng.choice(["ss", "bg", "bg", "bg", "philox", "legacy"])
    if kind in ("ss", "bg"):
        rand_ss(w, rng)
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.6:
                rand_ss_checks(w, rng)
            rand_ss_spawn(w, rng)
        rand_ss_checks(w, rng)
        if kind == "bg":
            bgname = rng.choice(list(BITGENS))
            w.bitgen(bgname)
            rand_bg_ops(w, rng, bgname, True)
    elif kind == "philox":
        c = [rand_philox_word(rng) for _ in range(4)]
        if rng.random() < 0.3:
            c = [M64 - rng.randrange(3), M64, M64, M64]  # carries into every word and wraps
        w.philox_key([rand_philox_word(rng) for _ in range(2)], c)
        rand_bg_ops(w, rng, "Philox", False)
    else:
        if rng.random() < 0.5:
            w.mt_legacy(rng.choice([0, 1, 5489, U32_MAX, rng.getrandbits(32)]))
        else:
            n = rng.choice([rng.randint(1, 10), rng.randint(2, 50), rng.randint(600, 800)])
            w.mt_legacy_array([rng.choice([0, U32_MAX, rng.getrandbits(32)]) for _ in range(n)])
        rand_bg_ops(w, rng, "MT19937", False)


# ---------------------------------------------------------------------------------------
# Random distribution cases
# ---------------------------------------------------------------------------------------
def rand_pos(rng, zero=True):
    """A non-negative float across the double range, with its edge values."""
    kind = rng.randrange(8)
    if kind == 0:
        return rng.choice([0.0, 1.0, 5e-324, 1e-300, 0.5, 2.0]) if zero else rng.choice([1.0, 5e-324, 1e-300, 0.5])
    if kind == 1:
        return 10 ** rng.uniform(-300, -3)
    if kind == 2:
        return 10 ** rng.uniform(3, 300)
    return 10 ** rng.uniform(-3, 3)


def rand_real(rng):
    x = rand_pos(rng)
    return -x if rng.random() < 0.5 else x


def rand_shape(rng, zero=True):
    """A gamma shape / beta parameter / chi-square df: around the 1 boundary, tiny and huge."""
    kind = rng.randrange(8)
    if kind == 0:
        return rng.choice([0.0, 1.0, 1e-300, 1e-3, 0.5, 3.0] if zero else [1.0, 1e-300, 1e-3, 0.5, 3.0])
    if kind == 1:
        return 10 ** rng.uniform(-300, -1)
    if kind in (2, 3):
        return rng.uniform(0, 1) or 1.0
    if kind in (4, 5):
        return rng.uniform(1, 10)
    return 10 ** rng.uniform(1, 12)


def rand_prob(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice([0.0, 1.0, 0.5, 1 / 3, 5e-324])
    if kind == 1:
        return 10 ** rng.uniform(-300, -1)
    if kind == 2:
        return 1 - 10 ** rng.uniform(-16, -1)
    return rng.random()


def rand_int_range(rng, t):
    """(low, high, endpoint) within dtype t: empty, small, power-of-two, random and full widths."""
    info = np.iinfo(INT_DTYPES[t]) if t != "bool" else None
    lo_min, hi_max = (0, 1) if info is None else (int(info.min), int(info.max))
    span = hi_max - lo_min  # the largest width (high - low of the inclusive range)
    bits = span.bit_length()
    kind = rng.randrange(7)
    if kind == 0:
        w = 0
    elif kind == 1:
        w = rng.randint(1, 10)
    elif kind == 2:
        w = 2 ** rng.randrange(bits + 1) + rng.choice([-1, -1, 0, 1]) - 1
    elif kind == 3:
        w = span
    elif kind == 4 and bits > 32:
        w = 2**32 + rng.randint(-2, 1000)  # around the 32-bit/64-bit switch
    else:
        w = rng.randrange(span + 1)
    w = max(0, min(w, span))
    r = rng.random()
    lo = lo_min if r < 0.2 else hi_max - w if r < 0.35 else rng.randint(lo_min, hi_max - w)
    # The exclusive form only where high still fits the dtype (as INTEGER_PARAMS).
    if rng.random() < 0.5 or lo + w + 1 > (2 if info is None else hi_max):
        return lo, lo + w, 1
    return lo, lo + w + 1, 0


def rand_lam(rng):
    # NumPy rejects lam >= INT64_MAX - 10 * sqrt(INT64_MAX) (~9.22e18); 10**18.9 ~ 7.9e18.
    return [0.0, rng.uniform(0, 10), rng.uniform(10, 1000), 10 ** rng.uniform(3, 18.9)][rng.randrange(4)]


def rand_prob_positive(rng):
    p = rand_prob(rng)
    return p if p > 0 else 1.0


# The `draw` names of src/methods.toml's parameters: each a function of the random source.
PARAM_DRAWS = {
    "real": rand_real,
    "pos": rand_pos,
    "scale": lambda rng: rand_pos(rng) if rng.random() < 0.3 else 10 ** rng.uniform(-3, 1),
    "mean": lambda rng: rng.choice([rng.uniform(-5, 5), rand_real(rng)]),
    "shape": rand_shape,
    "shape+": lambda rng: rand_shape(rng, zero=False),
    "prob": rand_prob,
    "prob+": rand_prob_positive,
    "lam": rand_lam,
    "ntrials": lambda rng: rng.choice([0, rng.randint(1, 100), rng.randint(1, 10**6),
                                       rng.randrange(2**63), 2**63 - 1]),
}


def rand_uniform_params(rng, v):
    lo = rand_real(rng)
    return lo, lo + (0.0 if rng.random() < 0.1 else rand_pos(rng))


# The `draw` names of whole rows, whose parameters are drawn together.
METHOD_DRAWS = {
    "uniform": rand_uniform_params,
    "integers": lambda rng, v: rand_int_range(rng, v.cname[len("integers_"):]),
}


# ---------------------------------------------------------------------------------------
# The continuous transforms of the ziggurat normal and exponential and of uniform doubles
# (standard_cauchy ... triangular): their golden cases and draws.
# ---------------------------------------------------------------------------------------
T_DFS = [1.0, 2.0, 0.5, 1e-3, 3.5, 100.0, 1e10]
SHAPE_AS = [2.0, 0.5, 1.0, 1e-3, 3.7, 1e3, 1e300]  # pareto, weibull, power
LOC_SCALES = [(0.0, 1.0), (10.0, 0.0), (-3.0, 1e-3), (1e300, 1e300), (-0.0, 2.5)]
RAYLEIGH_SCALES = [1.0, 0.0, 2.5, 1e-300, 1e300]
WALD_PARAMS = [(1.0, 2.0), (0.5, 1.0), (3.0, 0.5), (1e-3, 1e3), (1e3, 1e-3), (1e10, 1.0),
               (1.0, 1e-300), (5e-324, 1.0)]
TRIANGULAR_PARAMS = [(0.0, 1.0, 3.0), (-1.0, 0.0, 1.0), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0),
                     (-1e300, 0.0, 1e300), (2.0, 2.5, 2.75), (-0.0, 0.0, 5e-324)]
# Blocks of four Philox words whose first three give next_double() == 0.0, the draw that
# laplace, gumbel and logistic reject (they draw again), and triangular's U == 0 at mode == left.
ZERO_WORDS = (0, 5, 2**11 - 1, 2**11)

PHILOX_M = (0xD2E7470EE14C6C93, 0xCA5A826395121157)
PHILOX_W = (0x9E3779B97F4A7C15, 0xBB67AE8584CAA73B)


def philox_counter_for(key, words, ahead):
    """The counter c such that Philox(key=key, counter=c) gives `words` (4 x 64 bits) as its
    next_uint64 draws number 4*ahead .. 4*ahead+3: Philox4x64-10 run backwards from the output
    block (each round is invertible: the multipliers are odd), less the increment made before
    each block. Only picks the start; NumPy itself then gives every value (and the caller
    checks the words with NumPy)."""
    m64 = 2**64 - 1
    x = list(words)
    for r in reversed(range(10)):
        k0, k1 = (key[0] + r * PHILOX_W[0]) & m64, (key[1] + r * PHILOX_W[1]) & m64
        c2 = x[1] * pow(PHILOX_M[1], -1, 2**64) & m64
        c0 = x[3] * pow(PHILOX_M[0], -1, 2**64) & m64
        c1 = x[0] ^ ((PHILOX_M[1] * c2) >> 64) ^ k0
        c3 = x[2] ^ ((PHILOX_M[0] * c0) >> 64) ^ k1
        x = [c0, c1, c2, c3]
    c = (sum(v << (64 * i) for i, v in enumerate(x)) - ahead - 1) % 2**256
    return [(c >> (64 * i)) & m64 for i in range(4)]


def zero_draw_case(w, case, key, ahead, lines):
    """A Philox case whose draws 4*ahead .. 4*ahead+3 are ZERO_WORDS, then `lines` (dist_ops)."""
    ctr = philox_counter_for(key, ZERO_WORDS, ahead)
    probe = Philox(key=key[0] + (key[1] << 64), counter=sum(v << (64 * i) for i, v in enumerate(ctr)))
    got = [probe.ctypes.next_uint64(probe.ctypes.state) for _ in range(4 * ahead + 4)]
    assert tuple(got[4 * ahead:]) == ZERO_WORDS, got[4 * ahead:]
    w.case(case)
    w.philox_key(list(key), ctr)
    dist_ops(w, lines)


def continuous_cases(w, name):
    """The golden case of these methods on the generator `name`."""
    w.case(f"{name}_dist_continuous")
    w.ss_new("314159265358979")
    w.bitgen(name)
    for df in T_DFS:
        w.dist("standard_t", 20, df)
    for m in ("pareto", "weibull", "power"):
        for a in SHAPE_AS:
            w.dist(m, 20, a)
    w.dist("weibull", 5, 0.0)  # no draw
    for m in ("laplace", "gumbel", "logistic"):
        for loc, scale in LOC_SCALES:
            w.dist(m, 20, loc, scale)
    for scale in RAYLEIGH_SCALES:
        w.dist("rayleigh", 20, scale)
    for mean, scale in WALD_PARAMS:
        w.dist("wald", 20, mean, scale)
    for p in TRIANGULAR_PARAMS:
        w.dist("triangular", 20, *p)
    w.comment("past the 256-value blocks of the fills; single values with a half word pending")
    for m, params in (("standard_t", (3.5,)), ("pareto", (2.0,)), ("weibull", (1.5,)),
                      ("power", (2.0,)), ("laplace", (0.5, 2.0)), ("gumbel", (0.5, 2.0)),
                      ("logistic", (0.5, 2.0)), ("rayleigh", (1.5,)), ("wald", (1.0, 2.0)),
                      ("triangular", (0.0, 1.0, 3.0))):
        w.dist(m, 300, *params)
        w.u32(1)
        w.dist(m, 1, *params)
        w.dist(m, 2, *params)
        w.u32(1)
        w.dist(m, 0, *params)
    if name == "Philox":
        w.comment("next_double() == 0.0 three times: laplace, gumbel and logistic draw again, "
                  "triangular with mode == left gives left")
        for m, params in (("laplace", (0.5, 2.0)), ("gumbel", (0.5, 2.0)),
                          ("logistic", (0.5, 2.0)), ("triangular", (0.0, 0.0, 2.0))):
            zero_draw_case(w, f"Philox_dist_{m}_zero_single", (7, 9), 1,
                           [(m, 4, *params), (m, 1, *params), (m, 1, *params), (m, 3, *params)])
            # In a fill: the zeros at the end of its first block of 256 draws (after one u64).
            zero_draw_case(w, f"Philox_dist_{m}_zero_fill", (0x0123456789abcdef, 3), 63,
                           [("u64", 1), (m, 300, *params), (m, 1, *params)])


PARAM_DRAWS.update({
    "pos+": lambda rng: rand_pos(rng, zero=False),
})


def rand_triangular_params(rng, v):
    left = rand_real(rng)
    right = left + rand_pos(rng, zero=False)  # may round to left: refused and drawn again
    kind = rng.randrange(4)
    mode = left if kind == 0 else right if kind == 1 else left + rng.random() * (right - left)
    return left, mode, right


METHOD_DRAWS.update({
    "triangular": rand_triangular_params,
})


# ---------------------------------------------------------------------------------------
# f, noncentral_chisquare, noncentral_f and vonmises: their golden cases and draws.
# ---------------------------------------------------------------------------------------
NONCENTRAL_CHISQ_PARAMS = [(3.0, 2.0), (0.5, 2.0), (1.0, 30.0), (2.0, 0.0), (0.5, 0.0), (1.5, 1e-3),
                           (0.2, 250.0), (5.0, 1e3), (1.0 + 2**-52, 0.7), (0.5, 1e300)]
VONMISES_PARAMS = [(0.5, 4.0), (0.0, 0.0), (1.0, 5e-9), (-2.0, 5e-6), (3.0, 1e-5), (0.5, 1e6),
                   (-3.1, 2e6), (3.1, 1e7), (1e3, 1.0), (-0.5, 100.0), (2.5, 0.3), (-1e300, 1e-3)]


def noncentral_vonmises_cases(w, name):
    """The golden case of these methods on the generator `name`."""
    w.case(f"{name}_dist_noncentral_vonmises")
    w.ss_new("0x5eed")
    w.bitgen(name)
    for dfnum, dfden in [(3.0, 7.0), (0.5, 0.75), (1.0, 1.0), (50.0, 2.0), (0.05, 1e6), (1e-3, 3.5)]:
        w.dist("f", 40, dfnum, dfden)
    for df, nonc in NONCENTRAL_CHISQ_PARAMS:
        w.dist("noncentral_chisquare", 50, df, nonc)
    for dfnum, dfden, nonc in [(3.0, 7.0, 2.0), (0.5, 2.0, 3.0), (1.0, 1.0, 25.0), (4.0, 5.0, 0.0),
                               (2.0, 0.5, 100.0), (0.7, 20.0, 1e-2)]:
        w.dist("noncentral_f", 40, dfnum, dfden, nonc)
    for mu, kappa in VONMISES_PARAMS:
        w.dist("vonmises", 100, mu, kappa)
    dist_ops(w, [("u32", 1), ("f", 1, 3.0, 7.0), ("u32", 1), ("noncentral_chisquare", 1, 0.5, 2.0),
                 ("u32", 1), ("noncentral_chisquare", 1, 3.0, 2.0), ("u32", 1),
                 ("noncentral_f", 1, 1.0, 1.0, 25.0), ("u32", 1), ("vonmises", 1, 0.5, 4.0),
                 ("u32", 1), ("vonmises", 1, 1.0, 0.0), ("u32", 1), ("vonmises", 1, 3.1, 1e7),
                 ("vonmises", 2, -2.0, 5e-6), ("f", 0, 1.0, 1.0),
                 ("noncentral_chisquare", 0, 1.0, 1.0), ("noncentral_f", 0, 1.0, 1.0, 1.0),
                 ("vonmises", 0, 0.0, 1.0), ("u32", 1)])


def rand_df_near_1(rng):
    """A noncentral df: on either side of the df > 1 switch, or any chi-square df."""
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice([1.0, 1.0 + 2**-52, 1.0 - 2**-53, 0.5, 2.0])
    if kind == 1:
        return rng.uniform(0, 2) or 1.0
    return rand_shape(rng, zero=False)


def rand_nonc(rng):
    """A noncentrality: 0, Poisson means below and above PTRS's 10 (nonc / 2), huge ones."""
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice([0.0, 5e-324, 20.0, 1e19, 1e300, float("inf")])
    if kind == 1:
        return rng.uniform(0, 20)
    if kind == 2:
        return rng.uniform(20, 1000)
    if kind == 3:
        return 10 ** rng.uniform(-300, 0)
    return 10 ** rng.uniform(3, 300) if rng.random() < 0.3 else 10 ** rng.uniform(-3, 3)


def rand_kappa(rng):
    """A vonmises kappa across its branches (1e-8, 1e-5, 1e6), with the cut points."""
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice([0.0, 5e-324, 1e-8, 1e-5, 1e6, float(np.nextafter(1e6, np.inf)), float("inf")])
    if kind == 1:
        return rand_pos(rng)
    return 10 ** rng.uniform(-9, 7)


PARAM_DRAWS.update({
    "df~1": rand_df_near_1,
    "nonc": rand_nonc,
    "angle": lambda rng: rng.uniform(-4, 4) if rng.random() < 0.7 else rand_real(rng),
    "kappa": rand_kappa,
})


# ---------------------------------------------------------------------------------------
# negative_binomial, logseries, zipf and hypergeometric: their golden cases and draws.
# ---------------------------------------------------------------------------------------
NEGATIVE_BINOMIAL_PARAMS = [(3.5, 0.3), (1.0, 1.0), (np.inf, 1.0), (0.5, 0.5), (1e-3, 0.9),
                            (100.0, 0.01), (1e6, 0.5), (2.0, 0.999), (1e12, 0.9), (5e-324, 0.5),
                            (1.0, 1.1926223936610295e-18)]  # the last: at NumPy's Poisson limit
LOGSERIES_PS = [0.0, 1e-10, 0.3, 0.5, 0.9, 0.99, 0.999999, 0.9999999999999999]
# Near 1 most candidates are rejected; from about 54 on every value is 1; from 1025 nothing is drawn.
ZIPF_AS = [1.0000001, 1.0001, 1.1, 1.5, 2.0, 3.0, 10.0, 60.0, 1024.9999999999998, 1025.0, np.inf]
# (ngood, nbad, nsample): the urn (nsample within 10 of either end; 32-bit draws, also for a
# total near 2e9) with and without the complement; HRUA with each of its two flips; the ends of
# both and the cases that draw nothing.
HYPERGEOMETRIC_PARAMS = [(7, 5, 4), (7, 5, 9), (5, 7, 9), (10, 10, 9), (10, 10, 11), (10, 10, 10),
                         (500, 400, 300), (400, 500, 300), (400, 500, 700), (500, 400, 700),
                         (999999999, 999999999, 5), (999999999, 999999999, 1999999995),
                         (999999999, 999999999, 1000000000), (20, 999999, 400000), (1, 1000, 500),
                         (0, 100, 50), (100, 0, 50), (0, 100, 5), (5, 5, 0), (7, 5, 12)]


def discrete_more_cases(w, name):
    """The golden case of these methods on the generator `name`."""
    w.case(f"{name}_dist_discrete_more")
    w.ss_new("0x5eed1e55")
    w.bitgen(name)
    for n, p in NEGATIVE_BINOMIAL_PARAMS:
        w.dist("negative_binomial", 40, n, p)
    for p in LOGSERIES_PS:
        w.dist("logseries", 40, p)
    for a in ZIPF_AS:
        w.dist("zipf", 40, a)
    for good, bad, nsample in HYPERGEOMETRIC_PARAMS:
        w.dist("hypergeometric", 60, good, bad, nsample)
    w.u32(1)  # the urn's 32-bit draws start on a pending half word
    dist_ops(w, [("hypergeometric", 1, 7, 5, 4), ("hypergeometric", 1, 7, 5, 4), ("u32", 1),
                 ("hypergeometric", 3, 999999999, 999999999, 5), ("hypergeometric", 1, 500, 400, 300),
                 ("u32", 1), ("negative_binomial", 1, 3.5, 0.3), ("logseries", 1, 0.9),
                 ("zipf", 1, 1.5), ("hypergeometric", 1, 10, 10, 11), ("u32", 1),
                 ("negative_binomial", 0, 3.5, 0.3), ("logseries", 0, 0.9), ("zipf", 0, 1.5),
                 ("hypergeometric", 0, 7, 5, 4)])


def rand_nb_n(rng):
    """negative_binomial's n: tiny to huge, and inf (accepted with p = 1 only)."""
    if rng.random() < 0.15:
        return rng.choice([5e-324, 1e-300, 1.0, 1e300, np.inf])
    return rand_shape(rng, zero=False)


def rand_prob_below_1(rng):
    p = rand_prob(rng)
    return p if p < 1 else rng.choice([0.0, 0.9999999999999999])


def rand_zipf_a(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice([1 + 2**-52, 1.0000001, 2.0, 1024.9999999999998, 1025.0, np.inf])
    if kind == 1:
        return 1 + 10 ** rng.uniform(-15, -1)  # mostly rejected candidates
    if kind == 2:
        return 10 ** rng.uniform(0.5, 3.5)  # across 1025
    return rng.uniform(1, 5)


def rand_hypergeometric_params(rng, v):
    def count():
        kind = rng.randrange(6)
        if kind == 0:
            return rng.choice([0, 1, 10, 999_999_999])
        return rng.randint(0, [20, 1000, 10**6, 10**9 - 1, 10**9 - 1][kind - 1])
    good, bad = count(), count()
    total = good + bad
    kind = rng.randrange(5)
    if kind == 0:
        nsample = rng.choice([0, total, 9, 10, total - 10, total - 9])
    elif kind == 1:
        nsample = rng.randint(0, min(total, 12))
    elif kind == 2:
        nsample = total - rng.randint(0, min(total, 12))
    else:
        nsample = rng.randint(0, total)
    return good, bad, nsample


PARAM_DRAWS.update({"nb_n": rand_nb_n, "prob<1": rand_prob_below_1, "zipf_a": rand_zipf_a})
METHOD_DRAWS.update({"hypergeometric": rand_hypergeometric_params})


# ---------------------------------------------------------------------------------------
# The vector-valued methods (tests/data/multivariate.txt; FORMAT.md, "Vector-valued methods")
# ---------------------------------------------------------------------------------------
def mv_values(a):
    """Row-major values: integers in decimal, floats as hex bits (`nan` for any NaN)."""
    flat = a.reshape(-1)
    if a.dtype == np.float64:
        return ["nan" if np.isnan(v) else h16(int(b))
                for v, b in zip(flat.tolist(), flat.view(np.uint64).tolist())]
    assert a.dtype == np.int64, a.dtype
    return [str(int(v)) for v in flat.tolist()]


def mv_line(w, toks, a, rows, k):
    assert a.shape == (rows, k), (toks, a.shape)
    w.out(*toks, ":", *mv_values(a))
    w.n_checks += 1


def mv_multinomial(w, rows, ntrials, pvals):
    """`multinomial <rows> <ntrials> <k> <pvals...>`: Generator(bg).multinomial(ntrials, pvals,
    size=rows); a line of 1 row is also checked against NumPy's size=None call."""
    pvals = [float(p) for p in pvals]
    if rows == 1:
        before = w.bg.state
        single = Generator(w.bg).multinomial(ntrials, pvals)
        w.bg.state = before
    a = Generator(w.bg).multinomial(ntrials, pvals, size=rows)
    if rows == 1:
        assert np.array_equal(a[0], single)
    mv_line(w, ["multinomial", rows, ntrials, len(pvals), *map(repr, pvals)], a, rows, len(pvals))


def mv_multinomial_v(w, ntrials, pvals_rows):
    """`multinomial_v <rows> <k> <ntrials...> <pvals, rows of k...>`: NumPy's vector path,
    Generator(bg).multinomial(np.array(ntrials), np.array(pvals_rows))."""
    p = np.array(pvals_rows, dtype=np.float64)
    rows, k = p.shape
    assert len(ntrials) == rows
    a = Generator(w.bg).multinomial(np.array(ntrials, dtype=np.int64), p)
    mv_line(w, ["multinomial_v", rows, k, *ntrials, *map(repr, p.reshape(-1).tolist())], a, rows, k)


def mv_dirichlet(w, rows, alpha):
    """`dirichlet <rows> <k> <alpha...>`: Generator(bg).dirichlet(alpha, size=rows)."""
    alpha = [float(x) for x in alpha]
    a = Generator(w.bg).dirichlet(alpha, size=rows)
    mv_line(w, ["dirichlet", rows, len(alpha), *map(repr, alpha)], a, rows, len(alpha))


def mv_mvhg(w, rows, method, nsample, colors):
    """`mvhg <rows> <method> <nsample> <k> <colors...>`:
    Generator(bg).multivariate_hypergeometric(colors, nsample, size=rows, method=method)."""
    colors = [int(c) for c in colors]
    a = Generator(w.bg).multivariate_hypergeometric(np.array(colors, dtype=np.int64), nsample,
                                                     size=rows, method=method)
    mv_line(w, ["mvhg", rows, method, nsample, len(colors), *colors], a, rows, len(colors))


MV_KINDS = {"multinomial": 3, "multinomial_v": 2, "dirichlet": 2, "mvhg": 4}


def mv_param_count(toks):
    """The number of parameter tokens after the line kind and row count."""
    rows = int(toks[1])
    if toks[0] == "multinomial":
        return 2 + int(toks[3])
    if toks[0] == "multinomial_v":
        return 1 + rows + rows * int(toks[2])
    if toks[0] == "dirichlet":
        return 1 + int(toks[2])
    return 3 + int(toks[4])


def multivariate_cases(w):
    """Every branch of the three methods on every generator."""
    for name in BITGENS:
        w.case(f"{name}_multinomial")
        w.ss_new("0x3a1")
        w.bitgen(name)
        mv_multinomial(w, 30, 20, [0.2, 0.3, 0.5])
        w.comment("zero pvals draw nothing; the ratio 0.25 / 0.25 is exactly 1 (one draw, all left)")
        mv_multinomial(w, 20, 17, [0.0, 0.5, 0.0, 0.25, 0.25, 0.0])
        mv_multinomial(w, 5, 0, [0.2, 0.3, 0.5])  # n = 0: nothing drawn
        mv_multinomial(w, 5, 7, [1.0])  # one category: nothing drawn
        mv_multinomial(w, 5, 9, [0.0, 0.0, 1.0])
        mv_multinomial(w, 5, 9, [1.0, 0.0, 0.0])  # p = 1 still draws (inversion with q = 0)
        w.comment("BTPE (n p > 30) and inversion, with and without the flip at p > 0.5")
        mv_multinomial(w, 20, 10**6, [0.1, 0.6, 0.05, 0.25])
        mv_multinomial(w, 10, 2**40, [0.3, 0.3, 0.4])
        mv_multinomial(w, 20, 100, [0.1] * 10)
        mv_multinomial(w, 10, 50, [0.9, 0.05, 0.05])
        w.comment("the last pval only checked; sum(pvals[:-1]) at 1 + 1e-12 accepted")
        mv_multinomial(w, 10, 40, [0.5, 0.5 + 1e-12, 0.7])
        mv_multinomial(w, 10, 40, [0.3, 0.2, 0.0])
        mv_multinomial(w, 1, 20, [0.2, 0.3, 0.5])
        mv_multinomial(w, 0, 20, [0.2, 0.3, 0.5])
        w.u32(1)
        mv_multinomial(w, 3, 1000, [0.2, 0.8])
        w.comment("NumPy's vector path: a trial count and a pvals row per output row")
        mv_multinomial_v(w, [10, 200, 0, 5, 10**7], [[0.5, 0.5, 0.0], [0.1, 0.1, 0.8],
                                                     [0.3, 0.3, 0.4], [0.0, 1.0, 0.0],
                                                     [0.2, 0.3, 0.5]])
        mv_multinomial_v(w, [3, 3, 3], [[0.2, 0.8]] * 3)
        mv_multinomial_v(w, [], np.zeros((0, 3)))

        w.case(f"{name}_dirichlet")
        w.ss_new("[5,6]")
        w.bitgen(name)
        mv_dirichlet(w, 20, [1.0, 2.0, 3.0])
        mv_dirichlet(w, 20, [0.5, 1.0, 2.0])
        w.comment("every alpha below 0.1: stick-breaking with betas")
        mv_dirichlet(w, 20, [0.05, 0.02, 0.09])
        mv_dirichlet(w, 10, [0.099, 1e-5, 1e-300, 0.05])
        mv_dirichlet(w, 10, [0.05, 0.0, 0.0])  # the sum after the first is 0: stop there
        mv_dirichlet(w, 10, [0.0, 0.05, 0.0])
        mv_dirichlet(w, 5, [0.0, 0.0])  # all zero: zeros, nothing drawn
        mv_dirichlet(w, 10, [0.1, 0.05])  # 0.1 is not below 0.1: gammas
        w.comment("zeros with the gamma branch (no draw for 0), NaN, -0.0, an empty alpha")
        mv_dirichlet(w, 10, [0.0, 1.0, 0.0, 2.5])
        mv_dirichlet(w, 5, [float("nan"), 1.0])
        mv_dirichlet(w, 5, [0.05, float("nan")])
        mv_dirichlet(w, 5, [-0.0, 3.0])
        mv_dirichlet(w, 5, [])
        mv_dirichlet(w, 1, [2.0, 0.3])
        mv_dirichlet(w, 0, [2.0, 0.3])
        w.u32(1)
        mv_dirichlet(w, 3, [1e-3, 1e3])

        w.case(f"{name}_mvhg")
        w.ss_new("77")
        w.bitgen(name)
        for method in ("marginals", "count"):
            mv_mvhg(w, 20, method, 4, [3, 2, 5])
            w.comment(f"{method}: the complement (nsample > total / 2), zero colors, the ends")
            mv_mvhg(w, 20, method, 8, [3, 2, 5])
            mv_mvhg(w, 10, method, 6, [0, 4, 0, 3, 0])
            mv_mvhg(w, 5, method, 10, [3, 2, 5])  # all: no draws, colors
            mv_mvhg(w, 5, method, 0, [3, 2, 5])
            mv_mvhg(w, 5, method, 0, [0, 0])
            mv_mvhg(w, 5, method, 0, [])
            mv_mvhg(w, 5, method, 3, [7])
            mv_mvhg(w, 10, method, 300, [100, 200, 300, 400])  # HRUA in marginals
            mv_mvhg(w, 5, method, 70000, [50000, 30000, 20000])  # 32-bit intervals in count
            mv_mvhg(w, 1, method, 5, [3, 2, 5])
            mv_mvhg(w, 0, method, 5, [3, 2, 5])
            w.u32(1)
        mv_mvhg(w, 5, "marginals", 10**8, [999999990, 9])
        mv_mvhg(w, 3, "count", 2, [1] * 300)  # colors past a byte's worth of indices


def rand_pvals(rng, k):
    kind = rng.randrange(5)
    if kind == 0:  # exact binary fractions: ratios of exactly 1, zeros
        p = [rng.choice([0, 0, 1, 2, 4]) for _ in range(k)]
        if sum(p) == 0:
            p[-1] = 1
        return [x / sum(p) for x in p]
    w = [rng.random() ** rng.choice([1, 3, 10]) * (rng.random() > 0.2) for _ in range(k)]
    if sum(w) == 0:
        w[0] = 1.0
    p = [x / sum(w) for x in w]
    if kind == 1:  # the last entry is only checked
        p[-1] = rng.random()
    return p


def rand_ntrials(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice([0, 1, 2, 30, 31])
    if kind == 1:
        return rng.randint(0, 100)
    return int(10 ** rng.uniform(0, 12))


def rand_alpha(rng, k):
    kind = rng.randrange(4)
    if kind == 0:
        return [rng.choice([0.0, 0.0, 1e-300, 0.01, 0.099, 0.0999999]) for _ in range(k)]
    if kind == 1:
        return [10 ** rng.uniform(-5, -1) * (rng.random() > 0.2) for _ in range(k)]
    a = [10 ** rng.uniform(-3, 3) * (rng.random() > 0.1) for _ in range(k)]
    if kind == 3 and k:
        a[rng.randrange(k)] = rng.choice([float("nan"), 0.1, 1.0])
    return a


def rand_colors(rng, k, method):
    top = rng.choice([5, 50, 1000] + ([10**6, 3 * 10**8] if method == "marginals" else [20000]))
    return [rng.randint(0, top) * (rng.random() > 0.15) for _ in range(k)]


def random_multivariate_line(w, rng):
    """One line of the three methods with random parameters and rows; parameters NumPy
    rejects are drawn again."""
    while True:
        before = w.bg.state
        try:
            return _random_multivariate_line(w, rng)
        except ValueError:
            w.bg.state = before
            w.n_rejected += 1


def _random_multivariate_line(w, rng):
    rows = rng.choice([0, 1, 2, 3, rng.randint(4, 30)])
    kind = rng.randrange(4)
    if kind == 0:
        mv_multinomial(w, rows, rand_ntrials(rng), rand_pvals(rng, rng.randint(1, 12)))
    elif kind == 1:
        k = rng.randint(1, 8)
        mv_multinomial_v(w, [rand_ntrials(rng) for _ in range(rows)],
                         np.array([rand_pvals(rng, k) for _ in range(rows)]).reshape(rows, k))
    elif kind == 2:
        mv_dirichlet(w, rows, rand_alpha(rng, rng.randint(0, 8)))
    else:
        method = rng.choice(["marginals", "count"])
        colors = rand_colors(rng, rng.randint(0, 8), method)
        total = sum(colors)
        nsample = rng.choice([0, total, rng.randint(0, total), rng.randint(0, min(total, 12)),
                              total - rng.randint(0, min(total, 12))])
        mv_mvhg(w, rows, method, nsample, colors)


def check_draws():
    """Every row of the table names draws this script knows, for every parameter."""
    for name, d in DISTS.items():
        v = d.variant
        if v.draw:
            assert v.draw in METHOD_DRAWS, (name, v.draw)
        else:
            for p in v.params:
                assert p.draw in PARAM_DRAWS, f"{name}: parameter {p.name} has draw {p.draw!r}"


def rand_dist_params(rng, method):
    v = DISTS[method].variant
    if v.draw:
        return METHOD_DRAWS[v.draw](rng, v)
    return tuple(PARAM_DRAWS[p.draw](rng) for p in v.params)


def rand_dist_n(rng):
    return rng.choice([0, 1, 1, 2, 3, rng.randint(4, 50), rng.randint(4, 50), rng.randint(50, 400)])


def rand_choice_line(w, rng):
    """A `choice` line on one of its paths, with valid arguments."""
    path = rng.randrange(5)
    replace, p, shuffle = path < 2, None, rng.random() < 0.5
    if path in (1, 2):  # with p
        a = rng.randint(1, 40)
        weights = [0.0 if rng.random() < 0.3 else rng.random() for _ in range(a)]
        weights[rng.randrange(a)] = 1.0
        p = (np.array(weights) / np.sum(weights)).tolist()
        nonzero = sum(x > 0 for x in p)
        n = rng.randint(0, 60) if replace else rng.randint(0, nonzero)
    elif path == 4:  # the tail shuffle: a > 10000, n > a // cutoff
        a = rng.randint(10001, 25000)
        n = rng.randint(a // (50 if shuffle else 20) + 1, a // (50 if shuffle else 20) + 300)
    else:
        a = rng.choice([rng.randint(1, 100), rng.randint(1, 10**6), 2**32 + rng.randint(-2, 2),
                        rng.randint(2**32, 2**63 - 1), 2**63 - 1])
        n = rng.randint(0, 60) if replace else rng.randint(0, min(a, 60))
    w.choice(a, n, int(replace), p, int(shuffle))


def rand_move_line(w, rng):
    """A `move` line: any operation, item size, shape and axis."""
    itemsize = rng.choice(ITEMSIZES + [rng.randint(1, 40)])
    ndim = rng.choice([1, 1, 2, 3])
    shape = tuple(rng.choice([0, 1, 2, 3, rng.randint(1, 9)]) if rng.random() < 0.9 else
                  rng.randint(10, 60) for _ in range(ndim))
    op = rng.choice(["shuffle", "permutation", "permuted"])
    axis = rng.randrange(ndim)
    if op == "permuted" and rng.random() < 0.4:
        axis = "none"
    w.move(op, itemsize, shape, axis)


def random_dist_case(w, rng, name):
    """A bit generator, then a few `dist` lines (random method, parameters and size) with raw draws
    mixed in. Parameters NumPy rejects, or whose results hold a NaN, are drawn again."""
    w.case(name)
    kind = rng.random()
    if kind < 0.8:
        w.ss_new(rand_entropy_tok(rng) if rng.random() < 0.5 else str(rng.getrandbits(32)))
        w.bitgen(rng.choice(list(BITGENS)))
    elif kind < 0.9:
        w.philox_key([rand_philox_word(rng) for _ in range(2)], [rand_philox_word(rng) for _ in range(4)])
    else:
        w.mt_legacy(rng.choice([0, 5489, rng.getrandbits(32)]))
    methods = list(DISTS)
    array_methods = [m for m, d in DISTS.items() if has_v(d)]
    k = rng.randint(1, 6)
    # bytes, choice and the shuffles, from a stream of their own (the rest stays as it was).
    srng = random.Random(f"sampling-{name}")
    for i in range(k):
        if srng.random() < 0.25:
            kind = srng.randrange(4)
            if kind == 0:
                w.bytes(srng.choice([0, 1, 2, 3, 4, 5, srng.randint(0, 100)]))
            elif kind in (1, 2):
                rand_choice_line(w, srng)
            else:
                rand_move_line(w, srng)
            continue
        if rng.random() < 0.2 and i < k - 1:  # raw draws in between; a case ends on a dist line
            getattr(w, rng.choice(["u32", "u32", "u64", "double", "raw"]))(rng.choice([1, 1, 2, 3]))
            continue
        if rng.random() < 0.3:
            random_distv(w, rng, rng.choice(array_methods))
            continue
        if rng.random() < 0.15:  # a vector-valued method
            random_multivariate_line(w, rng)
            continue
        method = rng.choice(methods)
        n = rand_dist_n(rng)
        while True:
            params = rand_dist_params(rng, method)
            before = w.bg.state
            try:
                w.dist(method, n, *params)
                break
            except (ValueError, OverflowError, NanResult):
                w.bg.state = before
                w.n_rejected += 1


def random_distv(w, rng, method):
    """A `distv` line of 1 to 40 random parameter sets (one endpoint for the line); drawn again
    while NumPy rejects a set or gives a NaN."""
    d = DISTS[method]
    flag = [j for j, k in enumerate(d.kinds) if k == E]
    while True:
        n = rng.choice([1, 2, rng.randint(3, 40)])
        sets = [rand_dist_params(rng, method) for _ in range(n)]
        if flag:
            j = flag[0]
            sets = [x for x in sets if x[j] == sets[0][j]]
        before = w.bg.state
        try:
            w.distv(method, sets)
            return
        except (ValueError, OverflowError, NanResult):
            w.bg.state = before
            w.n_rejected += 1


# ---------------------------------------------------------------------------------------
def header(cmd):
    return [f"# Golden vectors for randstreams, computed by numpy {np.__version__}.",
            f"# Generated by: {cmd}  (format: tests/data/FORMAT.md). Do not edit by hand."]


def sanity_check(text):
    """Re-parse: each `op n : ...` line has n values; n_spawned/spawn_key have one; each
    `dist <method> <n> <params...> : ...` line has the method's parameter count and n values."""
    for line in text.splitlines():
        toks = line.split()
        if not toks or toks[0].startswith("#") or ":" not in toks:
            continue
        colon = toks.index(":")
        if toks[0] in MV_KINDS:
            assert colon == 2 + mv_param_count(toks), line[:80]
            assert len(toks) - colon - 1 == int(toks[1]) * int(toks[MV_KINDS[toks[0]]]), line[:80]
        elif toks[0] in ("dist", "distv"):
            assert colon == 3 + len(DISTS[toks[1]].kinds), line[:80]
            assert len(toks) - colon - 1 == int(toks[2]), line[:80]
            if toks[0] == "distv":
                n = int(toks[2])
                assert all(len(t.split(",")) == n for t, k in zip(toks[3:colon], DISTS[toks[1]].kinds)
                           if k != E), line[:80]
        elif toks[0] == "choice":
            assert colon == 6 and len(toks) - colon - 1 == int(toks[5]), line[:80]
        elif toks[0] == "move":
            assert colon == 5 and len(toks) == 7, line[:80]
        elif toks[0] == "bytes":
            assert colon == 2 and len(toks) == 4, line[:80]
            assert (toks[3] == "-") == (toks[1] == "0") and len(toks[3]) == max(1, 2 * int(toks[1])), line[:80]
        elif colon == 2:
            assert len(toks) - 3 == int(toks[1]), line[:80]
        else:
            assert colon == 1 and len(toks) == 3 and toks[0] in ("n_spawned", "spawn_key"), line[:80]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--random", type=int, metavar="SEED", help="print random cases to stdout")
    ap.add_argument("--count", type=int, default=10, help="number of random cases")
    ap.add_argument("--dist-only", action="store_true",
                    help="with --random: only Generator distribution (`dist`) cases")
    args = ap.parse_args()
    check_draws()
    if args.dist_only and args.random is None:
        ap.error("--dist-only needs --random SEED")

    if args.random is not None:
        w = Writer()
        cmd = f"python3 scripts/gen/vectors.py --random {args.random} --count {args.count}"
        w.lines += header(cmd + (" --dist-only" if args.dist_only else "")) + [""]
        # Separate streams: the bit-generator cases are the ones earlier versions printed.
        rng = random.Random(args.random)
        drng = random.Random(f"dist-{args.random}")
        for i in range(args.count):
            if args.dist_only or drng.random() < 0.4:
                random_dist_case(w, drng, f"random_{args.random}_{i}")
            else:
                random_case(w, rng, f"random_{args.random}_{i}")
        text = w.text()
        sanity_check(text)
        sys.stdout.write(text)
        return

    data = os.path.join(method_table.ROOT, "tests", "data")
    for fname, fill in (("seedseq.txt", seedseq_cases), ("bitgen.txt", bitgen_cases),
                        ("distributions.txt", distribution_cases), ("sampling.txt", sampling_cases),
                        ("multivariate.txt", multivariate_cases)):
        w = Writer()
        w.lines += header("python3 scripts/gen/vectors.py") + [""]
        fill(w)
        text = w.text()
        sanity_check(text)
        with open(os.path.join(data, fname), "w", newline="\n") as f:
            f.write(text)
        print(f"{fname}: {w.n_cases} cases, {w.n_checks} check lines, {len(text)} bytes")


if __name__ == "__main__":
    main()
