"""bytes, choice, shuffle, permutation and permuted of python/randstreams.py against NumPy
itself, live: every path, layout and item size, NumPy's return types, errors and messages."""

import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import randstreams as rs  # noqa: E402

npr = np.random
ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]


def pair(alg="PCG64", seed=2024):
    """(ours, NumPy's Generator) from SeedSequence(seed)."""
    return (rs.BitGenerator(alg, rs.SeedSequence(seed)),
            npr.Generator(getattr(npr, alg)(npr.SeedSequence(seed))))


def same(a, b):
    """Equal values, types, dtypes and shapes."""
    if type(a) is not type(b):
        return False
    if not isinstance(a, np.ndarray):
        return a == b
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype == object:
        return a.ravel().tolist() == b.ravel().tolist()
    return np.ascontiguousarray(a).tobytes() == np.ascontiguousarray(b).tobytes()


def in_step(ours, gen):
    """The two generators draw the same next values (a 32-bit draw first: a pending half)."""
    a = [ours.next_u32()] + ours.random_raw(3).tolist()
    st = gen.bit_generator.ctypes
    b = [st.next_uint32(st.state)] + gen.bit_generator.random_raw(3).tolist()
    return a == b


def both(alg, f, seed=2024, half=False):
    """f on ours and on NumPy's Generator; checks equal results and streams afterwards."""
    ours, gen = pair(alg, seed)
    if half:  # start on a pending 32-bit half word
        ours.next_u32()
        gen.bit_generator.ctypes.next_uint32(gen.bit_generator.ctypes.state)
    a, b = f(ours), f(gen)
    assert same(a, b), (a, b)
    assert in_step(ours, gen)


# --- bytes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("half", [False, True])
@pytest.mark.parametrize("alg", ALGS)
def test_bytes(alg, half):
    for n in [0, 1, 2, 3, 4, 5, 8, 13, 1000, -1, -2, -3, -4, -5, -6]:
        both(alg, lambda g: g.bytes(n), seed=n + 10, half=half)


def test_bytes_zero_draws_one_word():
    ours, gen = pair()
    assert ours.bytes(0) == b"" and gen.bytes(0) == b""
    assert in_step(ours, gen)
    a, _ = pair()
    a.bytes(0)
    b, _ = pair()
    b.next_u32()  # what bytes(0) consumes
    assert a.next_u32() == b.next_u32()
    with pytest.raises(ValueError, match="negative dimensions"):
        gen.bytes(-9)
    with pytest.raises(ValueError, match="negative dimensions"):
        ours.bytes(-9)


# --- choice ----------------------------------------------------------------------------------

P5 = [0.1, 0.0, 0.3, 0.6, 0.0]
CHOICES = [
    # replace, no p: integers(0, a) with 32- and 64-bit draws
    dict(a=1, size=5), dict(a=7, size=20), dict(a=2**32, size=9), dict(a=2**32 + 1, size=9),
    dict(a=2**40, size=9), dict(a=2**63 - 1, size=4), dict(a=5, size=0), dict(a=0, size=0),
    dict(a=-3, size=(0,)), dict(a=10), dict(a=10, size=()), dict(a=6, size=(2, 3)),
    # replace, p
    dict(a=5, size=20, p=P5), dict(a=5, p=P5), dict(a=3, size=(2, 2), p=[0.2, 0.3, 0.5]),
    dict(a=5, size=20, p=np.array(P5)), dict(a=1, size=4, p=[1.0]),
    # no replace, p: the rounds loop
    dict(a=5, size=3, replace=False, p=P5), dict(a=6, size=6, replace=False,
                                                 p=[0.05, 0.05, 0.1, 0.2, 0.3, 0.3]),
    dict(a=40, size=30, replace=False, p=np.arange(40) / 780), dict(a=5, size=0, replace=False, p=P5),
    dict(a=5, replace=False, p=P5),
    # no replace, no p: Floyd, with and without the shuffle; the tail shuffle
    dict(a=1000, size=50, replace=False), dict(a=1000, size=50, replace=False, shuffle=False),
    dict(a=1000, size=1000, replace=False), dict(a=2**33, size=12, replace=False),
    dict(a=2**63 - 1, size=5, replace=False, shuffle=False), dict(a=10000, size=9000, replace=False),
    dict(a=10001, size=201, replace=False), dict(a=10001, size=200, replace=False),
    dict(a=10001, size=501, replace=False, shuffle=False), dict(a=10001, size=500, replace=False,
                                                               shuffle=False),
    dict(a=20000, size=20000, replace=False), dict(a=30000, size=(10, 70), replace=False),
    dict(a=1, size=1, replace=False), dict(a=8, replace=False),
    # arrays: a.take(idx, axis)
    dict(a=[1.5, 2.5, 3.5], size=()), dict(a=["a", "bb", "c"], size=(2, 3)),
    dict(a=np.arange(12).reshape(3, 4), size=5, axis=1),
    dict(a=np.arange(12).reshape(3, 4), size=2, replace=False, axis=0),
    dict(a=np.arange(12).reshape(3, 4), axis=1), dict(a=np.arange(5.0)),
    dict(a=np.arange(24).reshape(2, 3, 4), size=(2, 2), p=[0.5, 0.25, 0.25], axis=1),
    dict(a=np.array([], dtype=np.int8), size=0), dict(a=[3, None, "x"], size=4),
    dict(a=np.uint8(9), size=3), dict(a=np.int64(9)),
]


@pytest.mark.parametrize("alg", ALGS)
@pytest.mark.parametrize("kw", CHOICES, ids=[str(i) for i in range(len(CHOICES))])
def test_choice(alg, kw):
    both(alg, lambda g: g.choice(**kw))
    both(alg, lambda g: g.choice(**kw), half=True)


def test_choice_types():
    ours, gen = pair()
    assert type(ours.choice(10)) is int
    assert type(ours.choice(np.arange(3))) is np.int64
    assert type(ours.choice(10, size=3)) is np.ndarray


@pytest.mark.parametrize("seed", range(40))
def test_choice_random(seed):
    """Random arguments across the paths."""
    rng = np.random.default_rng(seed)
    shuffle = bool(rng.integers(2))
    kind = seed % 4
    if kind == 0:
        a = int(rng.integers(10001, 30000))
        cut = a // (50 if shuffle else 20)
        kw = dict(a=a, size=int(rng.integers(cut - 50, cut + 50)), replace=False, shuffle=shuffle)
    elif kind == 1:
        a = int(rng.integers(1, 50))
        p = rng.random(a) * (rng.random(a) < 0.7)
        p[rng.integers(a)] = 1.0
        p /= p.sum()
        replace = bool(rng.integers(2))
        size = int(rng.integers(0, 40 if replace else np.count_nonzero(p) + 1))
        kw = dict(a=a, size=size, replace=replace, p=p, shuffle=shuffle)
    else:
        a = int(rng.choice([rng.integers(1, 100), rng.integers(1, 2**62)]))
        replace = kind == 2
        kw = dict(a=a, size=int(rng.integers(0, min(a, 60) + 1)), replace=replace,
                  shuffle=shuffle)
    both("PCG64", lambda g: g.choice(**kw), seed=seed)
    both("MT19937", lambda g: g.choice(**kw), seed=seed)


CHOICE_ERRORS = [
    dict(a=0), dict(a=-2, size=3), dict(a=3.5), dict(a=[]), dict(a=np.zeros((0, 3)), size=2),
    dict(a=5, p=[0.5, 0.5]), dict(a=2, p=[[0.5, 0.5]]), dict(a=3, p=[0.5, np.nan, 0.5]),
    dict(a=3, p=[0.5, -0.1, 0.6]), dict(a=3, p=[0.5, 0.2, 0.2]), dict(a=3, p=[np.inf, 0, 0]),
    dict(a=3, size=4, replace=False), dict(a=5, size=4, replace=False, p=P5),
    dict(a=3, size=(-1,)), dict(a=0, size=0, p=[]), dict(a=5, p=5),
]


@pytest.mark.parametrize("kw", CHOICE_ERRORS, ids=[str(i) for i in range(len(CHOICE_ERRORS))])
def test_choice_errors(kw):
    ours, gen = pair()
    with pytest.raises(Exception) as theirs:
        gen.choice(**kw)
    with pytest.raises(Exception) as mine:
        ours.choice(**kw)
    assert type(mine.value) is type(theirs.value)
    assert str(mine.value).startswith(str(theirs.value)), (str(mine.value), str(theirs.value))
    assert in_step(ours, gen)


P32 = np.full(3, 1 / 3, np.float32)  # sums to 1 + 3e-8 in float64: only float32's tolerance


@pytest.mark.parametrize("kw", [dict(p=P32), dict(size=7, p=P32), dict(size=(2, 2), p=P32),
                                dict(size=3, replace=False, p=P32),
                                dict(size=2, replace=False, p=np.array([0.5, 0.5, 0], np.float16)),
                                dict(size=0, replace=False, p=P32)])
def test_choice_float32_p(kw):
    both("PCG64", lambda g: g.choice(3, **kw))
    both("SFC64", lambda g: g.choice(["x", "y", "z"], **kw), half=True)


@pytest.mark.parametrize("kw", [dict(p=np.array([0.5, 0.5, 0.1], np.float32)),
                                dict(p=np.array([0.5, np.nan, 0.5], np.float32)),
                                dict(p=np.array([0.5, -0.5, 1.0], np.float32)),
                                dict(size=4, replace=False, p=P32),
                                dict(size=3, replace=False, p=np.array([0.5, 0.5, 0], np.float32))])
def test_choice_float32_p_errors(kw):
    ours, gen = pair()
    with pytest.raises(ValueError) as theirs:
        gen.choice(3, **kw)
    with pytest.raises(ValueError) as mine:
        ours.choice(3, **kw)
    assert str(mine.value) == str(theirs.value)
    assert in_step(ours, gen)


# --- shuffle, permutation, permuted -----------------------------------------------------------

ITEMSIZES = [1, 2, 4, 8, 16, 3, 5, 24]


def items(itemsize, shape):
    n = int(np.prod(shape))
    return (np.arange(n * itemsize) % 251).astype(np.uint8).view(f"V{itemsize}").reshape(shape)


@pytest.mark.parametrize("itemsize", ITEMSIZES)
@pytest.mark.parametrize("shape,axis", [((37,), 0), ((1,), 0), ((0,), 0), ((4, 5, 3), 0),
                                        ((4, 5, 3), 1), ((4, 5, 3), -1), ((5, 0), 0),
                                        ((5, 0), 1), ((3, 1, 4), 2)])
def test_shuffle_items(itemsize, shape, axis):
    def f(g):
        x = items(itemsize, shape).copy()
        g.shuffle(x, axis=axis)
        return x
    both("PCG64", f)
    both("Philox", f, half=True)


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.float32, np.float64,
                                   np.complex128, np.bool_, "U3", object])
def test_shuffle_dtypes_and_layouts(dtype):
    base = np.arange(60).astype(dtype).reshape(6, 10)
    for make, axis in [(lambda: base.copy(), 0), (lambda: base.copy(), 1),
                       (lambda: np.asfortranarray(base), 1), (lambda: base.copy()[:, ::3], 1),
                       (lambda: base.copy()[::-1, 1:7], 0), (lambda: base.ravel().copy()[::-2], 0),
                       (lambda: base.ravel().copy(), 0)]:
        def f(g):
            x = make()
            g.shuffle(x, axis=axis)
            return x
        both("SFC64", f)


def test_shuffle_sequences():
    def lst(g):
        x = list(range(25))
        g.shuffle(x)
        return x
    both("PCG64", lst)

    class Seq(list):
        pass

    def sub(g):
        x = Seq("abcdefgh")
        g.shuffle(x)
        return list(x)
    both("MT19937", sub)


def test_shuffle_errors():
    ours, gen = pair()
    ro = np.arange(5)
    ro.flags.writeable = False
    for g in (ours, gen):
        with pytest.raises(ValueError, match="array is read-only"):
            g.shuffle(ro)
        with pytest.raises(np.exceptions.AxisError):
            g.shuffle(np.arange(5), axis=1)
        with pytest.raises(TypeError, match="len"):  # NumPy takes len(x) first
            g.shuffle(np.array(3))
        with pytest.raises(TypeError, match="len"):
            g.permuted(np.array(3))
        with pytest.raises(NotImplementedError, match="Axis argument is only supported"):
            g.shuffle([1, 2, 3], axis=1)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            g.shuffle({1: 0, 0: 1})
            assert "not a subclass of 'Sequence'" in str(w[0].message)
    assert in_step(ours, gen)


@pytest.mark.parametrize("itemsize", ITEMSIZES)
@pytest.mark.parametrize("shape,axis", [((11,), 0), ((0,), 0), ((4, 5, 3), 1), ((4, 5, 3), 2),
                                        ((5, 0), 0), ((0, 5), 1), ((5, 0), 1)])
def test_permutation_items(itemsize, shape, axis):
    both("PCG64DXSM", lambda g: np.ascontiguousarray(g.permutation(items(itemsize, shape),
                                                                   axis=axis)))


def test_permutation_forms():
    both("PCG64", lambda g: g.permutation(10))
    both("PCG64", lambda g: g.permutation(np.int32(7)))
    both("PCG64", lambda g: g.permutation([1, 2, 3, 4]))
    both("PCG64", lambda g: g.permutation(np.arange(20.0)[::-3]))
    both("PCG64", lambda g: g.permutation(np.asfortranarray(np.arange(30).reshape(5, 6)), 1))
    both("PCG64", lambda g: g.permutation(np.array([[1, "a"], [2, None], [3, 4.5]], object)))
    x = np.arange(5)
    ours, gen = pair()
    assert ours.permutation(x) is not x and (x == np.arange(5)).all()
    for g in (ours, gen):
        with pytest.raises(np.exceptions.AxisError):
            g.permutation(np.array(3.0))
        with pytest.raises(np.exceptions.AxisError):
            g.permutation(np.zeros((2, 2)), axis=2)


@pytest.mark.parametrize("itemsize", ITEMSIZES)
@pytest.mark.parametrize("shape,axis", [((13,), None), ((4, 5, 3), None), ((4, 5, 3), 0),
                                        ((4, 5, 3), 1), ((4, 5, 3), 2), ((5, 0), 1), ((13,), 0),
                                        ((2, 3), -1)])
def test_permuted_items(itemsize, shape, axis):
    both("MT19937", lambda g: g.permuted(items(itemsize, shape), axis=axis))


def test_permuted_layouts_and_out():
    a = np.arange(24).reshape(4, 6)
    for x in (a, np.asfortranarray(a), np.arange(48).reshape(4, 12)[:, ::2], a[::-1]):
        for axis in (None, 0, 1):
            both("PCG64", lambda g: g.permuted(x, axis=axis))

    def into(g, out_order):
        out = np.zeros((4, 6), order=out_order)
        r = g.permuted(a, axis=None, out=out)
        assert r is out
        return out
    both("PCG64", lambda g: into(g, "C"))
    both("PCG64", lambda g: into(g, "F"))
    both("PCG64", lambda g: g.permuted([[1, 2], [3, 4]], axis=1))
    ours, gen = pair()
    # NumPy shuffles an F-contiguous array in memory order: not the C-order result.
    f = ours.permuted(np.asfortranarray(a))
    c = pair()[0].permuted(a)
    assert not np.array_equal(f, c)
    for g in (ours, gen):
        with pytest.raises(TypeError, match="out must be a numpy array"):
            g.permuted(a, out=[0] * 24)
        with pytest.raises(ValueError, match="out must have the same shape as x"):
            g.permuted(a, out=np.zeros((6, 4)))
        with pytest.raises(TypeError):
            g.permuted(a * 0.5, out=np.zeros((4, 6), np.int64))
        with pytest.raises(np.exceptions.AxisError):
            g.permuted(a, axis=2)


def test_library_errors_name_the_function():
    lib = rs.load()
    ours, _ = pair()
    shape = np.array([4, 8], dtype=np.uintp)
    assert lib.rng_shuffle(ours, None, 4, 8) == rs.RNG_ERR_NULL_POINTER
    assert lib.rng_last_error().decode() == "rng_shuffle: data is NULL"
    buf = np.zeros(32)
    assert lib.rng_shuffle_axis(ours, buf.ctypes.data, 2, shape, 8, 2) == \
        rs.RNG_ERR_INVALID_ARGUMENT
    assert lib.rng_last_error().decode() == \
        "rng_shuffle_axis: axis 2 is out of bounds for array of dimension 2"
    assert lib.rng_permuted(ours, buf.ctypes.data, 2, shape, 0, 0) == rs.RNG_ERR_INVALID_ARGUMENT
    assert lib.rng_last_error().decode() == "rng_permuted: itemsize is 0"
