"""python/randstreams.py (ctypes) against NumPy itself, live: seed sequences, bit generators and
every Generator distribution, bit for bit. Run: RANDSTREAMS_LIBRARY=<librandstreams.so>
python3 -m pytest -q tests/python (without the variable the module looks in the build trees)."""

import ctypes
import inspect
import itertools
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "scripts" / "gen"))
import method_table  # noqa: E402  (src/methods.toml: the methods and their test values)
import randstreams as rs  # noqa: E402

TABLE = method_table.load()

npr = np.random
ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]
JUMPABLE = ["PCG64", "PCG64DXSM", "MT19937", "Philox"]
ROOT_SEED = 0x8C3C010CB4754C905776BDAC5EE7501
SEEDS = [0, 12345, [1, 2**70], [3, ROOT_SEED]]
U64 = 2**64


def same_bits(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind == "f":
        view = np.uint64 if a.itemsize == 8 else np.uint32
        return np.array_equal(a.view(view), b.view(view))
    return np.array_equal(a, b)


def pair(alg, seed):
    """(ours, NumPy's) generators of `alg` from SeedSequence(seed)."""
    return rs.BitGenerator(alg, rs.SeedSequence(seed)), getattr(npr, alg)(npr.SeedSequence(seed))


def raw_equal(ours, theirs, n=9):
    return same_bits(ours.random_raw(n), theirs.random_raw(n))


def test_library_from_environment():
    lib = rs.load()
    if os.environ.get("RANDSTREAMS_LIBRARY"):
        assert lib._name == os.environ["RANDSTREAMS_LIBRARY"]
    assert rs.version().startswith(rs.ABI_VERSION + ".")


# --- Every function of the header is declared, with its C types -----------------------------


def _header_functions():
    """The functions of include/randstreams.h as tests/header.rs lists them (with the header,
    from cbindgen's output) in tests/data/c_api.txt: (name, return type, [parameters])."""
    for line in (ROOT / "tests" / "data" / "c_api.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, ret, params = line.split("|")
            yield name, ret, [p for p in params.split("; ") if p]


_SCALARS = {"double": ctypes.c_double, "float": ctypes.c_float, "bool": ctypes.c_bool,
            "size_t": ctypes.c_size_t, "char": ctypes.c_char, "void": None,
            **{f"{s}int{b}_t": getattr(ctypes, f"c_{s}int{b}") for s in ("", "u")
               for b in (8, 16, 32, 64)}}


def _c_type(decl, is_return=False):
    """A C declaration (parameter with name, or return type) as a comparable key."""
    decl = " ".join(decl.split())
    fn = re.match(r"(.*)\(\s*\*\s*\w*\s*\)\s*\((.*)\)$", decl)
    if fn:
        return ("fn", _c_type(fn.group(1), True), tuple(_c_type(a) for a in fn.group(2).split(",")))
    const = "const " in decl
    decl = decl.replace("const ", "").replace("struct ", "")
    stars = decl.count("*")
    base = decl.replace("*", " ").split()[0]
    if base in ("rng_bitgen", "rng_seedseq"):
        handle = getattr(rs, base)
        return ("handle", handle) if stars == 1 else ("ptr", ("handle", handle), False)
    if base == "char" and const:
        return "cstr"
    if stars == 0 or (base == "void" and stars == 1):
        return "void*" if stars else _SCALARS[base]
    return ("ptr", _SCALARS[base], const)


def _py_type(t):
    if t is None or t in _SCALARS.values() and t is not ctypes.c_char:
        return t
    if t is ctypes.c_char_p:
        return "cstr"
    if t is ctypes.c_void_p:
        return "void*"
    if hasattr(t, "_ctype_"):  # rs.In / rs.Out
        return ("ptr", t._ctype_, t.__name__.startswith("In"))
    if issubclass(t, ctypes._CFuncPtr):
        return ("fn", _py_type(t._restype_), tuple(_py_type(a) for a in t._argtypes_))
    if issubclass(t, ctypes._Pointer):
        if t._type_ in (rs.rng_bitgen, rs.rng_seedseq):
            return ("handle", t._type_)
        return ("ptr", _py_type(t._type_) if issubclass(t._type_, ctypes._Pointer) else t._type_,
                False)
    return t


HEADER = list(_header_functions())


def test_header_parsed():
    assert len(HEADER) > 90 and {"ss_new", "rng_next_integers_bool", "rng_status_str"} <= {
        h[0] for h in HEADER}


def test_every_function_declared():
    assert sorted(rs._SIGNATURES) == sorted(h[0] for h in HEADER)


@pytest.mark.parametrize("name,ret,params", HEADER, ids=[h[0] for h in HEADER])
def test_declared_types(name, ret, params):
    f = getattr(rs.load(), name)
    assert _py_type(f.restype) == _c_type(ret, True)
    assert [_py_type(a) for a in f.argtypes] == [_c_type(p) for p in params]


# --- SeedSequence ----------------------------------------------------------------------------

ENTROPIES = [0, 1, 12345, 2**32 - 1, 2**32, U64 - 1, U64, 2**127 + 5, ROOT_SEED, 3**200,
             [], [0], [1, 2, 3], [12345, ROOT_SEED], [U64, 0, 2**100], list(range(40)),
             np.array([1, 2, 3], np.uint32), np.array([0, 2**32 - 1], np.uint32)]
OPTIONS = [{}, {"spawn_key": (3,)}, {"spawn_key": (1, 2**63, 7), "pool_size": 8},
           {"n_children_spawned": 5}, {"pool_size": 5, "spawn_key": (0,)}]


def compare_seedseq(ours, theirs, depth):
    for n in (1, 4, 7, 33):
        for dtype in (np.uint32, np.uint64):
            assert same_bits(ours.generate_state(n, dtype), theirs.generate_state(n, dtype))
    assert ours.spawn_key == tuple(theirs.spawn_key)
    assert ours.pool_size == theirs.pool_size
    assert ours.n_children_spawned == theirs.n_children_spawned
    if depth:
        for _ in range(2):  # twice: the counter continues
            for a, b in zip(ours.spawn(3), theirs.spawn(3), strict=True):
                compare_seedseq(a, b, depth - 1)
        assert ours.n_children_spawned == theirs.n_children_spawned


@pytest.mark.parametrize("options", OPTIONS, ids=str)
@pytest.mark.parametrize("entropy", ENTROPIES, ids=lambda e: str(e)[:30])
def test_seedseq(entropy, options):
    ours, theirs = rs.SeedSequence(entropy, **options), npr.SeedSequence(entropy, **options)
    expected = theirs.entropy
    if isinstance(expected, np.ndarray):
        expected = [int(w) for w in expected]
    assert ours.entropy == expected
    compare_seedseq(ours, theirs, depth=2 if not options else 1)


@pytest.mark.parametrize("pool_size", [4, 8])
def test_seedseq_from_os_replays(pool_size):
    ours = rs.SeedSequence(pool_size=pool_size) if pool_size != 4 else rs.SeedSequence()
    assert 0 <= ours.entropy < 2 ** (32 * pool_size)
    assert ours.entropy != rs.SeedSequence(pool_size=pool_size).entropy
    replay = npr.SeedSequence(ours.entropy, pool_size=pool_size)
    compare_seedseq(ours, replay, depth=1)
    again = rs.SeedSequence(ours.entropy, pool_size=pool_size)  # the logged entropy replays it
    assert same_bits(again.generate_state(8), replay.generate_state(8))


def test_seedseq_context_manager_and_close():
    with rs.SeedSequence(5) as ss:
        assert ss.generate_state(1)[0] == npr.SeedSequence(5).generate_state(1)[0]
    with pytest.raises(ctypes.ArgumentError, match="SeedSequence is closed"):
        ss.generate_state(1)
    ss.close()  # twice is fine


# --- Bit generators --------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=str)
@pytest.mark.parametrize("alg", ALGS)
def test_constructors_and_raw(alg, seed):
    ours, theirs = pair(alg, seed)
    assert ours.name == alg
    factory = getattr(rs, alg)(rs.SeedSequence(seed))
    assert same_bits(factory.random_raw(5), getattr(npr, alg)(npr.SeedSequence(seed)).random_raw(5))
    assert raw_equal(ours, theirs, 0) and raw_equal(ours, theirs, 1) and raw_equal(ours, theirs, 37)
    out = np.zeros(11, np.uint64)
    assert ours.random_raw(out=out) is out and same_bits(out, theirs.random_raw(11))


@pytest.mark.parametrize("seed", SEEDS[:2], ids=str)
@pytest.mark.parametrize("alg", ALGS)
def test_interleaved_draws(alg, seed):
    """next_u32/u64/double and the fills, as NumPy's ctypes interface (a shared u32 buffer)."""
    ours, theirs = pair(alg, seed)
    c = theirs.ctypes
    for step in [1, 3, 2, 1, 1, 4, 5, 6, 1, 2, 3, 3, 1, 4]:
        if step == 1:
            assert ours.next_u32() == c.next_uint32(c.state)
        elif step == 2:
            assert ours.next_u64() == c.next_uint64(c.state)
        elif step == 3:
            assert same_bits(ours.next_double(), c.next_double(c.state))
        elif step == 4:
            assert list(ours.fill_u32(5)) == [c.next_uint32(c.state) for _ in range(5)]
        elif step == 5:
            assert list(ours.fill_u64(3)) == [c.next_uint64(c.state) for _ in range(3)]
        else:
            assert same_bits(ours.fill_double(4), np.array([c.next_double(c.state)
                                                            for _ in range(4)]))


@pytest.mark.parametrize("seed", SEEDS, ids=str)
@pytest.mark.parametrize("alg", ALGS)
def test_spawn(alg, seed):
    ours, theirs = pair(alg, seed)
    for _ in range(2):
        kids, np_kids = ours.spawn(3), theirs.spawn(3)
        for k, nk in zip(kids, np_kids, strict=True):
            assert k.name == alg and raw_equal(k, nk, 6)
            for g, ng in zip(k.spawn(2), nk.spawn(2), strict=True):  # grandchildren
                assert raw_equal(g, ng, 4)
    assert ours.seed_seq.n_children_spawned == theirs.seed_seq.n_children_spawned == 6
    assert raw_equal(ours, theirs)


@pytest.mark.parametrize("jumps", [1, 2, 5])
@pytest.mark.parametrize("seed", SEEDS[:3], ids=str)
@pytest.mark.parametrize("alg", JUMPABLE)
def test_jumped(alg, seed, jumps):
    ours, theirs = pair(alg, seed)
    ours.next_u32(), theirs.ctypes.next_uint32(theirs.ctypes.state)  # a pending half word
    j, nj = ours.jumped(jumps), theirs.jumped(jumps)
    assert j.name == alg and raw_equal(j, nj)
    assert j.next_u32() == nj.ctypes.next_uint32(nj.ctypes.state)
    assert raw_equal(j.jumped(), nj.jumped())
    assert raw_equal(ours, theirs)  # the original is untouched


DELTAS = [0, 1, 3, 7, U64 + 3, 2**100 + 11, -1, -(2**70), 2**128 + 5, 2**255 + 2**130 + 1]


@pytest.mark.parametrize("delta", DELTAS, ids=str)
@pytest.mark.parametrize("seed", SEEDS[:2], ids=str)
@pytest.mark.parametrize("alg", ["PCG64", "PCG64DXSM", "Philox"])
def test_advance(alg, seed, delta):
    ours, theirs = pair(alg, seed)
    for _ in range(3):  # partly used buffers
        ours.next_u32(), theirs.ctypes.next_uint32(theirs.ctypes.state)
    ours.next_u64(), theirs.ctypes.next_uint64(theirs.ctypes.state)
    assert ours.advance(delta) is ours
    theirs.advance(delta)
    assert ours.next_u32() == theirs.ctypes.next_uint32(theirs.ctypes.state)
    assert raw_equal(ours, theirs)


@pytest.mark.parametrize("counter", [None, 0, 5, U64, 2**256 - 1, 2**200 + 3], ids=str)
@pytest.mark.parametrize("key", [0, 1, U64, 2**128 - 1, ROOT_SEED + 7], ids=str)
def test_philox_key_counter(key, counter):
    ours = rs.Philox(key=key, counter=counter)
    theirs = npr.Philox(key=key, counter=counter)
    assert raw_equal(ours, theirs, 9)
    ours.advance(2**70 + 1), theirs.advance(2**70 + 1)
    assert raw_equal(ours, theirs, 6)
    assert raw_equal(ours.jumped(), theirs.jumped())


LEGACY_SEEDS = [0, 5, 2**32 - 1, [7], [1, 2, 3], [2**32 - 1, 0], list(range(700))]


@pytest.mark.parametrize("seed", LEGACY_SEEDS, ids=lambda s: str(s)[:20])
def test_mt19937_legacy(seed):
    assert raw_equal(rs.MT19937.legacy(seed), npr.RandomState(seed)._bit_generator, 30)


@pytest.mark.parametrize("alg", ALGS)
def test_copy_shares_seed_sequence(alg):
    ours, theirs = pair(alg, 99)
    ours.next_u32(), theirs.ctypes.next_uint32(theirs.ctypes.state)
    c = ours.copy()
    assert c.next_u32() == ours.next_u32() == theirs.ctypes.next_uint32(theirs.ctypes.state)
    first = [k.random_raw(3) for k in c.spawn(2)]
    second = [k.random_raw(3) for k in ours.spawn(2)]  # the next children, not the same ones
    expected = [k.random_raw(3) for k in theirs.spawn(4)]
    assert all(same_bits(a, b) for a, b in zip(first + second, expected, strict=True))


def test_user_generator_drives_distributions():
    src = npr.PCG64(npr.SeedSequence(7))
    ours = rs.BitGenerator.from_user(lambda: src.random_raw())
    expected = npr.Generator(npr.PCG64(npr.SeedSequence(7)))
    assert ours.name == "UserBitGenerator"
    assert same_bits(ours.normal(1.0, 3.0, size=500), expected.normal(1.0, 3.0, size=500))
    assert same_bits(ours.random(size=7, dtype=np.float32), expected.random(7, np.float32))
    assert same_bits(ours.integers(0, 100, size=50, dtype=np.uint8),
                     expected.integers(0, 100, size=50, dtype=np.uint8))
    with pytest.raises(rs.RandstreamsError) as e:
        ours.spawn(1)
    assert e.value.status == rs.RNG_ERR_UNSUPPORTED


# --- Distributions ---------------------------------------------------------------------------

def _np_kwargs(v, args):
    """NumPy's call of variant v with C parameter values `args`: (method, args, kwargs)."""
    kwargs = {}
    if v.out != "f64" and v.method != "permutation":
        kwargs["dtype"] = np.dtype(method_table.NUMPY_DTYPE[v.out]).type
    pos = tuple(a for p, a in zip(v.params, args) if not p.kwarg)
    kwargs.update({p.numpy: a for p, a in zip(v.params, args) if p.kwarg})
    kwargs.update(zip(v.choices, v.chosen))  # NumPy's method='inv' and the like
    if v.method != "integers" and kwargs.get("dtype") is np.int64:
        del kwargs["dtype"]  # the discrete methods' only dtype
    return v.numpy, pos, kwargs


# Every sample of every method of src/methods.toml through the Python methods (integers' by
# the hand-written method), and the Python-only forms of integers (an exclusive high one past
# the dtype's maximum; one bound).
CASES = [_np_kwargs(v, s) for v in TABLE if v.python == "auto" or v.method == "integers"
         for s in v.samples]
for _dt in (np.int64, np.int32, np.int16, np.int8, np.uint64, np.uint32, np.uint16, np.uint8):
    _lo, _hi = int(np.iinfo(_dt).min), int(np.iinfo(_dt).max)
    CASES += [("integers", (_lo, _hi + 1), {"dtype": _dt})]
CASES += [("integers", (100,), {}), ("integers", (0, 2), {"dtype": bool})]
# NumPy's defaults, where every parameter has one.
CASES += [(v.numpy, (), {}) for v in TABLE if v.python == "auto" and not v.suffix
          and v.params and all(not p.required for p in v.params)]
CASE_IDS = [f"{m}{a}{'' if not k else {n: getattr(v, '__name__', v) for n, v in k.items()}}"
            .replace(" ", "") for m, a, k in CASES]
DRAW_SEEDS = [(2024, False), ([7, 2**70], True)]  # (seed, a next_u32 first: a pending half word)


@pytest.mark.parametrize("method,args,kwargs", CASES, ids=CASE_IDS)
@pytest.mark.parametrize("seed,pending", DRAW_SEEDS, ids=["2024", "pending_u32"])
@pytest.mark.parametrize("alg", ALGS)
def test_distribution_in_place(alg, seed, pending, method, args, kwargs):
    ours, theirs = pair(alg, seed)
    if pending:
        ours.next_u32(), theirs.ctypes.next_uint32(theirs.ctypes.state)
    expected = getattr(npr.Generator(theirs), method)(*args, size=777, **kwargs)
    out = np.full(777, 1, expected.dtype)
    kw = {k: v for k, v in kwargs.items() if k != "dtype"}  # the dtype is out's
    assert getattr(ours, method)(*args, out=out, **kw) is out
    assert same_bits(out, expected)
    assert raw_equal(ours, theirs, 3)  # both streams at the same place


@pytest.mark.parametrize("method,args,kwargs", CASES[::3], ids=CASE_IDS[::3])
def test_distribution_size_and_scalar(method, args, kwargs):
    ours, theirs = pair("PCG64", 31)
    gen = npr.Generator(theirs)
    assert same_bits(getattr(ours, method)(*args, size=(3, 5), **kwargs),
                     getattr(gen, method)(*args, size=(3, 5), **kwargs))
    for _ in range(5):  # size=None: one value, as NumPy's scalar call
        a, b = getattr(ours, method)(*args, **kwargs), getattr(gen, method)(*args, **kwargs)
        assert same_bits(a, np.asarray(b, np.asarray(a).dtype)) and type(a) is not np.ndarray
    assert raw_equal(ours, theirs, 2)


# rng_next_<name>(bg, params...) through the raw declarations, vs NumPy's scalar calls: every
# method of src/methods.toml with a single-value form, at its first sample.
NEXT = {v.cname: v for v in TABLE if v.next_form}


@pytest.mark.parametrize("name", sorted(NEXT))
@pytest.mark.parametrize("alg", ["PCG64", "MT19937", "Philox"])
def test_rng_next(alg, name):
    v = NEXT[name]
    method, np_args, np_kwargs = _np_kwargs(v, v.samples[0])
    ours, theirs = pair(alg, 8)
    gen, lib = npr.Generator(theirs), rs.load()
    f = getattr(lib, v.c_next)
    ctype = rs._SIGNATURES[v.c_next][-1]._type_ if v.params else None
    for _ in range(25):
        if v.params:
            value = ctype()
            assert f(ours, *v.samples[0], ctypes.byref(value)) == rs.RNG_OK
            value = value.value
        else:
            value = f(ours)
        expected = getattr(gen, method)(*np_args, **np_kwargs)
        dtype = np.dtype(method_table.NUMPY_DTYPE[v.out])
        assert same_bits(np.asarray(value, dtype), np.asarray(expected, dtype))


@pytest.mark.parametrize("n", [0, 1, 2, 10, 1000])
@pytest.mark.parametrize("alg", ALGS)
def test_permutation_and_shuffle(alg, n):
    ours, theirs = pair(alg, n)
    gen = npr.Generator(theirs)
    assert same_bits(ours.permutation(n), gen.permutation(n))
    out = np.empty(n, np.int64)
    assert ours.permutation(out=out) is out and same_bits(out, gen.permutation(n))
    for dtype in (np.int64, np.float64):
        a = (np.arange(n) * 3 - 7).astype(dtype)
        b = a.copy()
        ours.shuffle(a), gen.shuffle(b)
        assert same_bits(a, b)
    assert raw_equal(ours, theirs, 2)


# --- Errors ----------------------------------------------------------------------------------

# Every rejected parameter set of src/methods.toml, through the Python methods.
INVALID = [(v, c) for v in TABLE if v.python == "auto" or v.method == "integers" for c in v.bad]


@pytest.mark.parametrize("v,case", INVALID,
                         ids=[f"{v.cname}{tuple(c.args)}" for v, c in INVALID])
def test_invalid_parameters(v, case):
    method, args, kwargs = _np_kwargs(v, case.args)
    ours, theirs = pair("PCG64", 3)
    with pytest.raises((ValueError, OverflowError)):  # NumPy refuses them too
        getattr(npr.Generator(theirs), method)(*args, size=4, **kwargs)
    dtype = np.dtype(method_table.NUMPY_DTYPE[v.out])
    out = np.full(4, 7, dtype)
    before = out.copy()
    kw = {k: a for k, a in kwargs.items() if k != "dtype"}  # the dtype is out's
    # The library's error; or, for integers outside the dtype, the module's ValueError (as
    # NumPy's) before the library is called.
    with pytest.raises((rs.RandstreamsError, ValueError)) as e:
        getattr(ours, method)(*args, out=out, **kw)
    if isinstance(e.value, rs.RandstreamsError):
        assert e.value.status == rs.RNG_ERR_INVALID_ARGUMENT
        assert e.value.message.startswith(v.c_function + ": ")
        assert "RNG_ERR_INVALID_ARGUMENT" in str(e.value)
        message = e.value.message
    else:
        assert v.method == "integers", e.value
        message = str(e.value)
    assert re.search(rf"\b{v.param(case.param).numpy}\b", message), message
    assert same_bits(out, before) and raw_equal(ours, theirs)  # nothing written, nothing drawn


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.bool_, np.uint16, np.int32, np.uint64,
                                   np.int64])
def test_integers_bounds_like_numpy(dtype):
    """Every pair of bounds around 0 and the dtype's ends, each way of endpoint: rejected with
    NumPy's message (checked in NumPy's order), or drawn as NumPy draws them."""
    lo, hi = (0, 1) if dtype == np.bool_ else (int(np.iinfo(dtype).min), int(np.iinfo(dtype).max))
    edges = sorted({lo - 2, lo - 1, lo, lo + 1, 0, 1, 2, hi - 1, hi, hi + 1, hi + 2})
    for low, high, endpoint in itertools.product(edges, edges, (False, True)):
        ours, theirs = pair("PCG64", 11)
        try:
            expected, message = npr.Generator(theirs).integers(
                low, high, endpoint=endpoint, dtype=dtype, size=3), None
        except ValueError as e:
            expected, message = None, str(e)
        try:
            got, error = ours.integers(low, high, endpoint=endpoint, dtype=dtype, size=3), None
        except (ValueError, rs.RandstreamsError) as e:
            got, error = None, getattr(e, "message", str(e))
        where = (low, high, endpoint)
        if message is None:
            assert error is None and same_bits(got, expected), where
        else:
            assert error is not None and error.split(" (got ")[0].endswith(message), where


def test_choices_pick_the_algorithm():
    ours, theirs = pair("PCG64", 21)
    gen = npr.Generator(theirs)
    for method in ("zig", "inv", "zig"):
        assert same_bits(ours.standard_exponential(size=9, method=method),
                         gen.standard_exponential(size=9, method=method))
        assert same_bits(ours.standard_exponential(size=9, dtype=np.float32, method=method),
                         gen.standard_exponential(size=9, dtype=np.float32, method=method))
    # NumPy draws by inversion for any method but 'zig'; a misspelt one is refused here.
    with pytest.raises(ValueError, match="method='Inv'"):
        ours.standard_exponential(size=3, method="Inv")
    assert raw_equal(ours, theirs)


# The accepted degenerate sets of src/methods.toml: the values and the draws the table states
# (which the C tests assert) are NumPy's, and ours.
ACCEPTED = [(v, c) for v in TABLE for c in v.accepted]


@pytest.mark.parametrize("v,case", ACCEPTED,
                         ids=[f"{v.cname}{tuple(c.args)}" for v, c in ACCEPTED])
def test_accepted_parameters(v, case):
    method, args, kwargs = _np_kwargs(v, case.args)
    ours, theirs = pair("PCG64", 5)
    before = theirs.state
    expected = getattr(npr.Generator(theirs), method)(*args, size=3, **kwargs)
    drew = theirs.state != before
    assert drew == case.draws, f"NumPy {'draws' if drew else 'draws nothing'}"
    if case.has_value:
        want = np.full(3, case.value, np.dtype(method_table.NUMPY_DTYPE[v.out]))
        assert same_bits(expected, want) or (np.isnan(want).all() and np.isnan(expected).all())
    lib, out = rs.load(), np.empty(3, np.dtype(method_table.NUMPY_DTYPE[v.out]))
    assert getattr(lib, v.c_function)(ours, *case.args, out, 3) == rs.RNG_OK
    assert same_bits(out, expected) or (np.isnan(out).all() and np.isnan(expected).all())
    assert raw_equal(ours, theirs)


@pytest.mark.parametrize("make", [lambda: rs.PCG64(1).jumped(), lambda: rs.Philox(key=5),
                                  lambda: rs.MT19937.legacy(5), lambda: rs.MT19937(3).jumped(2)],
                         ids=["jumped", "philox_key", "legacy_mt", "mt_jumped"])
def test_spawn_refused_without_seed_sequence(make):
    bg = make()
    before = bg.copy()
    for attempt in (lambda: bg.spawn(2), lambda: bg.seed_seq):
        with pytest.raises(rs.RandstreamsError, match="no seed sequence"):
            attempt()
    with pytest.raises(rs.RandstreamsError) as e:
        bg.spawn(1)
    assert e.value.status == rs.RNG_ERR_UNSUPPORTED
    assert raw_equal(bg, before, 5)  # unchanged


def test_seedseq_errors():
    with pytest.raises(rs.RandstreamsError, match="negative") as e:
        rs.SeedSequence(-5)
    assert e.value.status is None and e.value.message.startswith("ss_new_str")
    with pytest.raises(rs.RandstreamsError, match="ss_new_str"):
        rs.SeedSequence([1, [2, 3]])  # nested: refused (NumPy 2.5 refuses, 2.4 flattens)
    with pytest.raises(rs.RandstreamsError, match="ss_new_ex"):
        rs.SeedSequence(5, pool_size=2)
    with pytest.raises(ValueError):
        rs.SeedSequence(5).generate_state(3, np.int32)


def test_argument_checks():
    bg = rs.PCG64(rs.SeedSequence(1))
    with pytest.raises(ValueError, match="C-contiguous"):
        bg.normal(out=np.empty(10)[::2])
    with pytest.raises(TypeError, match="float64"):
        bg.normal(out=np.empty(10, np.float32))
    with pytest.raises(TypeError):
        bg.standard_normal(dtype=np.int32)
    with pytest.raises(TypeError):
        bg.standard_normal(out=np.empty(3), dtype=np.float32)
    ro = np.empty(3)
    ro.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        bg.random(out=ro)
    with pytest.raises(ValueError, match="size"):
        bg.random(size=4, out=np.empty(3))
    with pytest.raises(TypeError, match="numpy array"):
        bg.random(out=[0.0, 0.0])
    # Arguments bind as NumPy's methods (and Python functions) bind theirs.
    with pytest.raises(TypeError, match="missing required argument: 'shape'"):
        bg.standard_gamma()
    with pytest.raises(TypeError, match="at most 3 positional"):
        bg.normal(0.0, 1.0, 3, 4)
    with pytest.raises(TypeError, match="multiple values for argument 'loc'"):
        bg.normal(0.0, loc=1.0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'dtype'"):
        bg.normal(dtype=np.float32)  # normal has float64 only
    assert bg.normal(1.0, size=2, scale=0.0).tolist() == [1.0, 1.0]
    assert list(inspect.signature(bg.gamma).parameters) == ["shape", "scale", "size", "out"]
    with pytest.raises(ValueError, match="out of bounds for int8"):
        bg.integers(0, 200, dtype=np.int8)
    with pytest.raises(ValueError, match="out of bounds for uint64"):
        bg.integers(-1, 5, dtype=np.uint64)
    with pytest.raises(OverflowError):
        bg.binomial(2**70, 0.5)
    with pytest.raises(ValueError, match="key"):
        rs.Philox(key=2**128)
    with pytest.raises(AttributeError):
        rs.SFC64(rs.SeedSequence(1)).jumped()
    with pytest.raises(AttributeError):
        rs.SFC64(rs.SeedSequence(1)).advance(3)
    with pytest.raises(rs.RandstreamsError, match="mt19937_jumped"):
        rs.MT19937(rs.SeedSequence(1)).jumped(2**63)
    with pytest.raises(rs.RandstreamsError, match="bitgen_new"):
        rs.BitGenerator("pcg64", rs.SeedSequence(1))
    bg.close()
    with pytest.raises(ctypes.ArgumentError, match="BitGenerator is closed"):
        bg.random()
    assert "closed" in repr(bg)


# --- Checkpoints: state interchange with NumPy, binary save/load -------------------------------

@pytest.mark.parametrize("name", ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"])
@pytest.mark.parametrize("draws", [0, 1, 5, 700])
def test_state_interchanges_with_numpy(name, draws):
    theirs = getattr(np.random, name)(draws + 11)
    theirs.random_raw(draws)
    theirs.ctypes.next_uint32(theirs.ctypes.state)
    ours = rs.BitGenerator.from_state(
        {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in theirs.state.items()}
        | {"state": {k: (v.tolist() if hasattr(v, "tolist") else v)
                     for k, v in theirs.state["state"].items()}})
    assert np.array_equal(ours.random_raw(37), theirs.random_raw(37))
    ours.next_u32()
    theirs.state = ours.state
    assert np.array_equal(ours.fill_u32(9), [theirs.ctypes.next_uint32(theirs.ctypes.state) for _ in range(9)])


def test_binary_checkpoint_round_trip_keeps_spawning():
    bg = rs.PCG64(rs.SeedSequence(2024))
    bg.spawn(3)
    bg.random_raw(5)
    restored = rs.BitGenerator.load(bg.save())
    assert np.array_equal(restored.random_raw(10), bg.random_raw(10))
    assert restored.spawn(1)[0].seed_seq.spawn_key == (3,)
    ss = rs.SeedSequence(7, spawn_key=(1, 2), pool_size=5, n_children_spawned=4)
    assert rs.SeedSequence.load(ss.save()).state == ss.state
    np_ss = np.random.SeedSequence(**ss.state)
    assert np.array_equal(np_ss.generate_state(6), ss.generate_state(6))
    with pytest.raises(rs.RandstreamsError, match="checksum"):
        data = bytearray(bg.save())
        data[40] ^= 1  # a payload byte
        rs.BitGenerator.load(data)


# --- Array parameters: NumPy's broadcasting through the _v functions -------------------------

ARRAY_VARIANTS = [v for v in TABLE if method_table.has_v(v)
                  and (v.python == "auto" or v.method == "integers")]
# Parameter shapes (cycled over the parameters) and sizes: None, the broadcast shape with a
# leading dimension, and one that does not fit.
ARRAY_SHAPES = [[(9,)], [(5,), (5,)], [(3, 1), (1, 4)], [(2, 3, 4), (4,)], [(), (6,)],
                [(4, 1, 2), (3, 1), ()], [(0,)]]


def _array_args(v, shapes, rng):
    """NumPy's call of v with each parameter an array of its shape, filled from the parameter's
    values in the table's samples (of one endpoint), picked at random per element."""
    samples = v.samples
    flags = [i for i, p in enumerate(v.params) if p.type == "bool"]
    if flags:
        e = samples[rng.integers(len(samples))][flags[0]]
        samples = [s for s in samples if s[flags[0]] == e]
    args = []
    for i, p in enumerate(v.params):
        if p.type == "bool":
            args.append(samples[0][i])
            continue
        shape = shapes[i % len(shapes)]
        pick = rng.integers(len(samples), size=shape)
        values = np.array([s[i] for s in samples], dtype=object)[pick]
        dt = np.float64 if p.type in ("f64", "f32") else (
            np.uint64 if p.type == "u64" else np.int64)
        args.append(np.asarray(values.tolist(), dtype=dt) if shape else dt(values))
    return _np_kwargs(v, args)


def _outcome(call):
    try:
        return call(), None
    except (ValueError, OverflowError, TypeError, rs.RandstreamsError) as e:
        return None, e


@pytest.mark.parametrize("shapes", ARRAY_SHAPES, ids=str)
@pytest.mark.parametrize("v", ARRAY_VARIANTS, ids=lambda v: v.cname)
def test_array_parameters_broadcast_like_numpy(v, shapes):
    """Random parameter arrays of several shapes, with size None, a larger and an incompatible
    size: NumPy's values, shape and stream, or an error where NumPy raises one (the same text
    for shapes that do not broadcast), nothing drawn."""
    rng = np.random.default_rng(abs(hash((v.cname, str(shapes)))) % 2**32)
    for trial in range(4):
        method, args, kwargs = _array_args(v, shapes, rng)
        shape = np.broadcast(*[a for a in args if np.ndim(a)] or [np.empty(1)]).shape
        for size in (None, (2,) + shape, (3, 7)):
            alg = ALGS[trial % len(ALGS)]
            ours, theirs = pair(alg, [trial, 99])
            kw = dict(kwargs) if size is None else {**kwargs, "size": size}
            want, np_error = _outcome(lambda: getattr(npr.Generator(theirs), method)(*args, **kw))
            got, error = _outcome(lambda: getattr(ours, method)(*args, **kw))
            where = (alg, args, kw)
            if np_error is None:
                assert error is None, (where, error)
                if np.ndim(want) == 0:  # all parameters 0-d: the scalar path (NumPy widens floats)
                    got = np.asarray(got, dtype=np.asarray(want).dtype)
                assert same_bits(got, want), where
            else:
                assert error is not None, (where, np_error)
                if "broadcast" in str(np_error) or "Output size" in str(np_error):
                    assert str(error) == str(np_error), where
            assert raw_equal(ours, theirs), where


@pytest.mark.parametrize("v", [v for v in ARRAY_VARIANTS if v.bad], ids=lambda v: v.cname)
def test_array_parameters_rejected(v):
    """Each rejected set as one element of an array of valid ones: refused with the parameter
    and the element named; nothing written, nothing drawn."""
    for case in v.bad:
        flags = [i for i, p in enumerate(v.params) if p.type == "bool"]
        fill = next((s for s in v.samples if all(s[i] == case.args[i] for i in flags)), None)
        if fill is None:
            continue
        args = [a if p.type == "bool" else np.array([f, f, a, f], dtype=object)
                for p, f, a in zip(v.params, fill, case.args)]
        args = [a if p.type == "bool" else
                np.asarray(a.tolist(), np.float64 if p.type in ("f64", "f32") else
                           (np.uint64 if p.type == "u64" else np.int64))
                for p, a in zip(v.params, args)]
        method, args, kwargs = _np_kwargs(v, args)
        ours, theirs = pair("PCG64", 5)
        with pytest.raises((ValueError, OverflowError)) as np_error:
            getattr(npr.Generator(theirs), method)(*args, **kwargs)
        with pytest.raises((rs.RandstreamsError, ValueError, OverflowError)) as e:
            getattr(ours, method)(*args, **kwargs)
        message = getattr(e.value, "message", str(e.value))
        if isinstance(e.value, rs.RandstreamsError):
            assert e.value.message.startswith(v.c_function + "_v: ") and "[2]" in message
            # NumPy's array message, then the element.
            assert message.split(": ", 1)[1].split(" (got ")[0] == str(np_error.value), message
        else:
            assert message == str(np_error.value)
        assert re.search(rf"\b{v.param(case.param).numpy}\b", message), message
        assert raw_equal(ours, theirs)


def test_array_parameters_scalar_path_unchanged():
    """0-d parameters take the scalar path (NumPy's too): a Python scalar result."""
    ours, theirs = pair("PCG64", 8)
    assert ours.normal(np.float64(1.0), 2.0) == npr.Generator(theirs).normal(np.float64(1.0), 2.0)
    assert same_bits(ours.normal(np.array(1.0), [2.0, 3.0]),
                     npr.Generator(theirs).normal(np.array(1.0), [2.0, 3.0]))


def test_integers_array_bounds_with_an_empty_size():
    """NumPy returns an empty array for a size with a 0 before looking at array bounds."""
    ours, theirs = pair("PCG64", 4)
    for size in ((0,), (2, 0)):
        want = npr.Generator(theirs).integers([5, 1], [1, 2, 3], size=size, dtype=np.int8)
        got = ours.integers([5, 1], [1, 2, 3], size=size, dtype=np.int8)
        assert same_bits(got, want)
    assert raw_equal(ours, theirs)


@pytest.mark.parametrize("method,args,size", [
    ("normal", ([0.0], [-1.0]), (0, 1)), ("normal", ([0.0, 1.0], [1.0, -1.0]), (0, 2)),
    ("uniform", ([1.0], [0.0]), (0, 1)), ("binomial", ([-1], [0.5]), (0, 1)),
    ("normal", ([0.0], [1.0]), (0, 1)), ("poisson", ([np.nan, 2.0],), (3, 0, 2))], ids=str)
def test_array_parameters_checked_for_an_empty_output(method, args, size):
    """NumPy checks parameter arrays before it makes an empty output: rejected sets raise,
    valid ones give the empty array; nothing is drawn either way."""
    ours, theirs = pair("MT19937", 6)
    want, np_error = _outcome(lambda: getattr(npr.Generator(theirs), method)(*args, size=size))
    got, error = _outcome(lambda: getattr(ours, method)(*args, size=size))
    if np_error is None:
        assert error is None and same_bits(got, want)
    else:
        assert isinstance(error, rs.RandstreamsError)
        assert error.message.split(": ", 1)[1].split(" (got ")[0] == str(np_error)
    assert raw_equal(ours, theirs)
