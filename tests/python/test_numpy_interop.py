"""A randstreams BitGenerator as a NumPy bit generator (python/randstreams.py's capsule, lock,
ctypes and cffi), live against NumPy itself: np.random.Generator(rs.<Alg>(seed)) must give what
np.random.Generator(np.random.<Alg>(seed)) gives, and numba's @njit pattern from NumPy's
"extending" documentation must draw the same values."""

import ctypes
import importlib.util
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import randstreams as rs  # noqa: E402

npr = np.random
ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]
SEED = 20240611


def pair(alg, seed=SEED):
    """(randstreams bit generator, NumPy's bit generator) from SeedSequence(seed)."""
    return rs.BitGenerator(alg, rs.SeedSequence(seed)), getattr(npr, alg)(npr.SeedSequence(seed))


def same(a, b):
    """Equal values, types, dtypes and shapes (bitwise for floats, so NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        return (a.dtype == b.dtype and a.shape == b.shape
                and np.ascontiguousarray(a).tobytes() == np.ascontiguousarray(b).tobytes())
    if isinstance(a, (float, np.floating)):
        return np.array(a).tobytes() == np.array(b).tobytes()
    return a == b


# One call of each kind, run in this order on one generator, so each starts where the last
# left NumPy's stream (pending 32-bit halves included).
CALLS = [
    ("random", lambda g: g.random(7)),
    ("random f32", lambda g: g.random(5, dtype=np.float32)),
    ("integers int8", lambda g: g.integers(-5, 100, size=9, dtype=np.int8)),
    ("integers int16", lambda g: g.integers(0, 1000, size=9, dtype=np.int16)),
    ("integers int32", lambda g: g.integers(-7, 2**20, size=9, dtype=np.int32)),
    ("integers uint8", lambda g: g.integers(0, 256, size=9, dtype=np.uint8)),
    ("integers int64", lambda g: g.integers(0, 2**40, size=9)),
    ("integers uint64", lambda g: g.integers(0, 2**64 - 1, size=9, dtype=np.uint64,
                                             endpoint=True)),
    ("integers bool", lambda g: g.integers(0, 2, size=9, dtype=bool)),
    ("integers scalar", lambda g: g.integers(10)),
    ("standard_normal", lambda g: g.standard_normal(9)),
    ("standard_normal f32", lambda g: g.standard_normal(9, dtype=np.float32)),
    ("normal", lambda g: g.normal(1.5, 2.0, 9)),
    ("normal scalar", lambda g: g.normal()),
    ("exponential", lambda g: g.exponential(2.0, 9)),
    ("standard_exponential f32", lambda g: g.standard_exponential(9, dtype=np.float32)),
    ("gamma <1", lambda g: g.gamma(0.5, 1.0, 9)),
    ("gamma >1", lambda g: g.gamma(3.0, 2.0, 9)),
    ("standard_gamma f32", lambda g: g.standard_gamma(2.5, 9, dtype=np.float32)),
    ("beta", lambda g: g.beta(0.5, 0.7, 9)),
    ("beta >1", lambda g: g.beta(2.0, 3.0, 9)),
    ("binomial small", lambda g: g.binomial(20, 0.3, 9)),
    ("binomial large", lambda g: g.binomial(1000, 0.5, 9)),
    ("poisson small", lambda g: g.poisson(3.0, 9)),
    ("poisson large", lambda g: g.poisson(50.0, 9)),
    ("choice", lambda g: g.choice(10, 5)),
    ("choice no replace", lambda g: g.choice(10, 5, replace=False)),
    ("choice p", lambda g: g.choice(5, 8, p=[0.1, 0.2, 0.3, 0.15, 0.25])),
    ("choice array", lambda g: g.choice(np.arange(20) * 3, (2, 3))),
    ("shuffle", lambda g: (lambda a: (g.shuffle(a), a)[1])(np.arange(15))),
    ("permutation", lambda g: g.permutation(12)),
    ("permuted", lambda g: g.permuted(np.arange(12).reshape(3, 4), axis=1)),
    ("multinomial", lambda g: g.multinomial(20, [0.2, 0.3, 0.5], size=4)),
    ("dirichlet", lambda g: g.dirichlet([1.0, 2.0, 3.0], size=3)),
    ("dirichlet small", lambda g: g.dirichlet([0.05, 0.02, 0.1], size=2)),
    ("bytes", lambda g: g.bytes(13)),
    ("hypergeometric", lambda g: g.hypergeometric(10, 5, 7, 9)),
    ("hypergeometric large", lambda g: g.hypergeometric(100, 200, 150, 9)),
    ("multivariate_hypergeometric",
     lambda g: g.multivariate_hypergeometric([5, 10, 15], 12, size=3)),
    ("multivariate_normal", lambda g: g.multivariate_normal([0.0, 1.0], [[2.0, 0.5], [0.5, 1.0]],
                                                            size=3)),
    ("uniform", lambda g: g.uniform(-2.0, 3.0, 9)),
    ("standard_t", lambda g: g.standard_t(4.5, 9)),
    ("chisquare", lambda g: g.chisquare(3.0, 9)),
    ("noncentral_chisquare", lambda g: g.noncentral_chisquare(3.0, 2.0, 9)),
    ("f", lambda g: g.f(3.0, 5.0, 9)),
    ("noncentral_f", lambda g: g.noncentral_f(3.0, 5.0, 1.5, 9)),
    ("standard_cauchy", lambda g: g.standard_cauchy(9)),
    ("geometric", lambda g: g.geometric(0.2, 9)),
    ("negative_binomial", lambda g: g.negative_binomial(5, 0.4, 9)),
    ("zipf", lambda g: g.zipf(2.5, 9)),
    ("logseries", lambda g: g.logseries(0.7, 9)),
    ("laplace", lambda g: g.laplace(0.0, 2.0, 9)),
    ("logistic", lambda g: g.logistic(1.0, 2.0, 9)),
    ("lognormal", lambda g: g.lognormal(0.0, 0.5, 9)),
    ("gumbel", lambda g: g.gumbel(0.0, 1.0, 9)),
    ("rayleigh", lambda g: g.rayleigh(2.0, 9)),
    ("pareto", lambda g: g.pareto(3.0, 9)),
    ("power", lambda g: g.power(2.0, 9)),
    ("weibull", lambda g: g.weibull(1.5, 9)),
    ("vonmises", lambda g: g.vonmises(0.5, 4.0, 9)),
    ("wald", lambda g: g.wald(1.0, 2.0, 9)),
    ("triangular", lambda g: g.triangular(0.0, 1.0, 3.0, 9)),
    ("random last", lambda g: g.random(3)),
]


@pytest.mark.parametrize("alg", ALGS)
def test_generator_on_randstreams_is_numpy(alg):
    ours, theirs = pair(alg)
    g, h = npr.Generator(ours), npr.Generator(theirs)
    assert g.bit_generator is ours
    for name, call in CALLS:
        a, b = call(g), call(h)
        assert same(a, b), f"{alg} {name}: {a!r} != {b!r}"
    # and the two streams are still in step, raw
    assert ours.random_raw(4).tolist() == theirs.random_raw(4).tolist()


@pytest.mark.parametrize("alg", ALGS)
def test_interleaving_continues_one_stream(alg):
    ours, theirs = pair(alg)
    g = npr.Generator(ours)
    got = np.concatenate([g.random(5), ours.random(size=7), g.random(5)])
    assert same(got, npr.Generator(theirs).random(17))

    ours, theirs = pair(alg, SEED + 1)
    g = npr.Generator(ours)
    got = np.concatenate([g.standard_normal(5), ours.standard_normal(size=7),
                          g.standard_normal(5)])
    assert same(got, npr.Generator(theirs).standard_normal(17))

    # 32-bit draws: a pending half of a 64-bit word carries across both sides
    ours, theirs = pair(alg, SEED + 2)
    g = npr.Generator(ours)
    got = np.concatenate([g.integers(0, 1000, 5, dtype=np.int32),
                          ours.integers(0, 1000, size=7, dtype=np.int32),
                          g.integers(0, 1000, 5, dtype=np.int32)])
    assert same(got, npr.Generator(theirs).integers(0, 1000, 17, dtype=np.int32))
    assert ours.next_u32() == theirs.ctypes.next_uint32(theirs.ctypes.state)


@pytest.mark.parametrize("alg", ALGS)
def test_capsule_and_interfaces(alg):
    ours, theirs = pair(alg)
    cap = ours.capsule
    assert cap is ours.capsule
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype, get.argtypes = ctypes.c_void_p, (ctypes.py_object, ctypes.c_char_p)
    valid = ctypes.pythonapi.PyCapsule_IsValid
    valid.restype, valid.argtypes = ctypes.c_int, (ctypes.py_object, ctypes.c_char_p)
    assert valid(cap, b"BitGenerator") == 1
    addr = get(cap, b"BitGenerator")

    # NumPy's bitgen_t layout, read back through the pointer
    class bitgen_t(ctypes.Structure):
        _fields_ = [("state", ctypes.c_void_p), ("next_uint64", ctypes.c_void_p),
                    ("next_uint32", ctypes.c_void_p), ("next_double", ctypes.c_void_p),
                    ("next_raw", ctypes.c_void_p)]
    st = bitgen_t.from_address(addr)
    lib = rs.load()
    assert st.state == ctypes.cast(ours._ptr, ctypes.c_void_p).value
    for field, fn in [("next_uint64", "bitgen_next_u64"), ("next_uint32", "bitgen_next_u32"),
                      ("next_double", "bitgen_next_double"), ("next_raw", "bitgen_next_raw")]:
        assert getattr(st, field) == ctypes.cast(getattr(lib, fn), ctypes.c_void_p).value

    ct, nt = ours.ctypes, theirs.ctypes
    assert type(ct) is type(nt) and ct._fields == nt._fields
    assert ct.state_address == st.state and ct.bit_generator.value == addr
    assert ct.next_uint64(ct.state) == nt.next_uint64(nt.state)
    assert ct.next_uint32(ct.state) == nt.next_uint32(nt.state)
    assert same(ct.next_double(ct.state), nt.next_double(nt.state))
    assert ours.next_raw() == theirs.random_raw()
    assert ours.random_raw(3).tolist() == theirs.random_raw(3).tolist()

    assert isinstance(ours.lock, type(threading.Lock())) and ours.lock is ours.lock


def test_cffi():
    pytest.importorskip("cffi", exc_type=ImportError)
    for alg in ALGS:
        ours, theirs = pair(alg)
        cf, nf = ours.cffi, theirs.cffi
        assert cf._fields == nf._fields and cf.state_address == ours.ctypes.state_address
        assert cf.next_uint64(cf.state) == nf.next_uint64(nf.state)
        assert cf.next_uint32(cf.state) == nf.next_uint32(nf.state)
        assert cf.next_double(cf.state) == nf.next_double(nf.state)


def test_next_raw_is_random_raw():
    for alg in ALGS:
        a, b = pair(alg)
        assert [a.next_raw() for _ in range(5)] == b.random_raw(5).tolist()
        a.next_u32()  # a pending 32-bit half does not touch the raw stream
        b.ctypes.next_uint32(b.ctypes.state)
        assert a.next_raw() == b.random_raw()
    # MT19937's raw outputs are 32-bit
    assert rs.MT19937.legacy(12345).next_raw() == 0xedfb51e2


def test_close_keeps_numpy_safe():
    ours, theirs = pair("PCG64")
    g, h = npr.Generator(ours), npr.Generator(theirs)
    assert same(g.random(3), h.random(3))
    ours.close()
    with pytest.raises(ValueError, match="closed"):
        ours.capsule
    with pytest.raises(ValueError, match="closed"):
        ours.ctypes
    with pytest.raises(ctypes.ArgumentError, match="closed"):  # as any closed handle
        ours.random(2)
    # the Generator holds the object, whose handle lives until the object is collected
    assert same(g.random(4), h.random(4))
    del ours
    assert same(g.normal(size=4), h.normal(size=4))
    del g

    closed = rs.PCG64(1)
    closed.close()
    with pytest.raises(ValueError, match="closed"):
        npr.Generator(closed)


def test_handles_are_freed(monkeypatch):
    freed = []
    real = rs.BitGenerator._free
    monkeypatch.setattr(rs.BitGenerator, "_free",
                        staticmethod(lambda p: (freed.append(1), real(p))))
    bg = rs.PCG64(3)
    bg.capsule
    del bg  # exported, never closed: freed when collected
    assert freed == [1]
    bg = rs.PCG64(3)
    g = npr.Generator(bg)
    bg.close()
    assert freed == [1]  # the Generator still holds it
    del bg
    g.random()
    del g
    assert freed == [1, 1]
    with rs.PCG64(3):  # never exported: close() frees at once
        pass
    assert freed == [1, 1, 1]


def test_numba_njit():
    if importlib.util.find_spec("numba") is None:
        pytest.skip("numba is not installed (scripts/test.sh installs it)")
    import numba  # a numba present but broken fails here, loudly

    for alg in ALGS:
        ours, theirs = pair(alg)
        twin = rs.BitGenerator(alg, rs.SeedSequence(SEED))
        # NumPy's documented pattern (reference/random/extending.html)
        next_d = ours.ctypes.next_double
        state_addr = ours.ctypes.state_address

        @numba.njit
        def draws(n, state):
            out = np.empty(n)
            for i in range(n):
                out[i] = next_d(state)
            return out

        got = draws(10, state_addr)
        assert same(got, twin.fill_double(10))
        assert same(got, npr.Generator(theirs).random(10))
