"""The vector-valued methods of python/randstreams.py (multinomial, dirichlet,
multivariate_hypergeometric) against NumPy itself, live: values bit for bit, shapes, dtypes,
the generator's state afterwards, NumPy's exception types and messages."""

import random
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import randstreams as rs  # noqa: E402

npr = np.random
ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]


def pair(alg, seed):
    return (rs.BitGenerator(alg, rs.SeedSequence(seed)),
            npr.Generator(getattr(npr, alg)(npr.SeedSequence(seed))))


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype == np.float64:  # NaN equal to NaN, -0.0 apart from 0.0 (bits, NaN payloads aside)
        return np.array_equal(np.where(np.isnan(a), np.nan, a).view(np.uint64),
                              np.where(np.isnan(b), np.nan, b).view(np.uint64))
    return np.array_equal(a, b)


def after_equal(ours, gen):
    return np.array_equal(ours.random_raw(4), gen.bit_generator.random_raw(4))


CALLS = [
    ("multinomial", (20, [0.2, 0.3, 0.5]), {}),
    ("multinomial", (20, [0.2, 0.3, 0.5]), {"size": 7}),
    ("multinomial", (20, [0.2, 0.3, 0.5]), {"size": (2, 3)}),
    ("multinomial", (20, [0.2, 0.3, 0.5]), {"size": 0}),
    ("multinomial", (2.7, [0.5, 0.5]), {"size": 3}),  # NumPy truncates n
    ("multinomial", (0, [0.2, 0.8]), {"size": 3}),
    ("multinomial", (17, [0.0, 0.5, 0.0, 0.25, 0.25, 0.0]), {"size": 9}),
    ("multinomial", (10**9, [0.1, 0.6, 0.05, 0.25]), {"size": 9}),
    ("multinomial", (100, [0.1] * 10), {"size": 50}),
    ("multinomial", (40, [0.5, 0.5 + 1e-12, 0.7]), {"size": 4}),
    ("multinomial", (np.int64(5), np.array([0.3, 0.7], np.float32)), {"size": 2}),
    # The vector path: n an array, pvals 2-d, broadcast with each other and with size.
    ("multinomial", ([10, 200], [[0.5, 0.5, 0.0], [0.1, 0.1, 0.8]]), {}),
    ("multinomial", ([10, 200, 3], [0.5, 0.25, 0.25]), {}),
    ("multinomial", (5, [[0.5, 0.5], [0.2, 0.8]]), {}),
    ("multinomial", ([[3], [1000]], [0.1, 0.2, 0.7]), {"size": (2, 4)}),
    ("multinomial", ([5, 6], [0.5, 0.5]), {"size": (3, 2)}),
    ("multinomial", ([5, 6], [0.5, 0.5]), {"size": 2}),
    ("multinomial", (np.array(7), [[0.3, 0.7]]), {}),
    ("multinomial", ([], [0.3, 0.7]), {}),
    # More categories than the setup cache has slots: categories share them.
    ("multinomial", (10**6, [1 / 5000] * 5000), {"size": 3}),
    ("dirichlet", ([1, 2, 3],), {}),
    ("dirichlet", ([0.5, 1, 2],), {"size": 20}),
    ("dirichlet", ([0.5, 1, 2],), {"size": (2, 5)}),
    ("dirichlet", ([0.05, 0.02, 0.09],), {"size": 20}),
    ("dirichlet", ((0.05, 0.0, 0.0),), {"size": 5}),
    ("dirichlet", ([0.0, 0.0],), {"size": 5}),
    ("dirichlet", ([0, 1],), {"size": 5}),
    ("dirichlet", ([np.nan, 1.0],), {"size": 3}),
    ("dirichlet", ([-0.0, 1.0],), {"size": 3}),
    ("dirichlet", ([],), {"size": 3}),
    ("dirichlet", (np.array([0.2, 5.0]),), {"size": 0}),
    ("multivariate_hypergeometric", ([3, 2, 5], 4), {}),
    ("multivariate_hypergeometric", ([3, 2, 5], 4), {"size": 20}),
    ("multivariate_hypergeometric", ([3, 2, 5], 4), {"size": (2, 3), "method": "count"}),
    ("multivariate_hypergeometric", ([3, 2, 5], 8), {"size": 20, "method": "count"}),
    ("multivariate_hypergeometric", ([3, 2, 5], 8), {"size": 20}),
    ("multivariate_hypergeometric", ([0, 4, 0, 3], 6), {"size": 5, "method": "count"}),
    ("multivariate_hypergeometric", ([3, 2, 5], 10), {"size": 2}),
    ("multivariate_hypergeometric", (np.array([], np.int64), 0), {"size": 3}),
    ("multivariate_hypergeometric", ([100, 200, 300, 400], 300), {"size": 9}),
    ("multivariate_hypergeometric", ([50000, 30000, 20000], 70000), {"size": 3,
                                                                      "method": "count"}),
    ("multivariate_hypergeometric", (np.array([3, 4], np.uint8), np.int64(2)), {"size": 3}),
    ("multivariate_hypergeometric", ([40] * 5000, 90000), {"size": 3}),
    ("multivariate_hypergeometric", ([3] * 300, 400), {"size": 3, "method": "count"}),
]


@pytest.mark.parametrize("alg", ALGS)
@pytest.mark.parametrize("call", CALLS, ids=[f"{m}{a}{k}" for m, a, k in CALLS])
def test_like_numpy(alg, call):
    method, args, kwargs = call
    ours, theirs = pair(alg, 2024)
    gen = theirs
    got, want = getattr(ours, method)(*args, **kwargs), getattr(gen, method)(*args, **kwargs)
    assert same(got, want), (got, want)
    assert after_equal(ours, gen)


BAD = [
    ("multinomial", (5, []), {}),
    ("multinomial", (5, [[]]), {}),
    ("multinomial", (5, 0.5), {}),
    ("multinomial", (5, [0.5, -0.1, 0.6]), {}),
    ("multinomial", (5, [0.5, np.nan, 0.5]), {}),
    ("multinomial", (5, [0.5, 1.5]), {}),
    ("multinomial", (5, [0.6, 0.6]), {}),  # fine: the last pval is only range-checked
    ("multinomial", (5, [0.6, 0.6, 0.0]), {}),
    ("multinomial", (5, [[0.6, 0.6, 0.0], [0.1, 0.1, 0.8]]), {}),
    ("multinomial", (5, np.array([0.5, 0.5000001, 0.0], np.float32)), {}),
    ("multinomial", (-1, [0.5, 0.5]), {}),
    ("multinomial", ([-1, 3], [0.5, 0.5]), {}),
    ("multinomial", (-1, [0.5, 0.5]), {"size": -2}),
    ("multinomial", ([5, 6], [0.5, 0.5]), {"size": (3, 1)}),
    ("multinomial", ([5, 6], [0.5, 0.5]), {"size": 3}),
    ("dirichlet", ([1.0, -0.5],), {}),
    ("dirichlet", ([[1.0, 2.0]],), {}),
    ("dirichlet", (5,), {}),
    ("dirichlet", ([1.0, -np.inf],), {"size": 2}),
    ("multivariate_hypergeometric", ([3, 2, 5], 4), {"method": "Count"}),
    ("multivariate_hypergeometric", ([3, 2, 5], 4.0), {}),
    ("multivariate_hypergeometric", ([3, 2, 5], -1), {}),
    ("multivariate_hypergeometric", ([3, 2, 5], 2**63), {}),
    ("multivariate_hypergeometric", ([[3, 2, 5]], 4), {}),
    ("multivariate_hypergeometric", ([3.0, 2.0], 4), {}),
    ("multivariate_hypergeometric", ([3, -2, 5], 4), {}),
    ("multivariate_hypergeometric", ([2**62, 2**62], 4), {"method": "count"}),
    ("multivariate_hypergeometric", ([10**9], 4), {}),
    ("multivariate_hypergeometric", ([10**9 - 1], 4), {}),  # fine
    ("multivariate_hypergeometric", ([2**60], 4), {"method": "count"}),
    ("multivariate_hypergeometric", ([3, 2, 5], 11), {}),
    ("multivariate_hypergeometric", ([], 1), {}),
    # NumPy's malloc of 8 * 2^59 bytes fails: MemoryError, nothing drawn.
    ("multivariate_hypergeometric", ([2**59, 1], 1), {"method": "count"}),
]


@pytest.mark.parametrize("call", BAD, ids=[f"{m}{a}{k}" for m, a, k in BAD])
def test_rejected_like_numpy(call):
    """NumPy's exception type and message for each rejected call (or NumPy's values for the
    accepted ones among them), and nothing drawn."""
    method, args, kwargs = call
    ours, theirs = pair("PCG64", 7)
    gen = theirs
    try:
        want, want_error = getattr(gen, method)(*args, **kwargs), None
    except Exception as e:  # noqa: BLE001 (NumPy's own type is the expectation)
        want, want_error = None, e
    try:
        got, got_error = getattr(ours, method)(*args, **kwargs), None
    except Exception as e:  # noqa: BLE001
        got, got_error = None, e
    if want_error is None:
        assert got_error is None and same(got, want), got_error
    else:
        assert type(got_error) is type(want_error), (got_error, want_error)
        assert str(got_error) == str(want_error)
    assert after_equal(ours, gen)


def test_random_cases_like_numpy():
    """Random parameters across every branch, a few hundred calls, against NumPy."""
    rng = random.Random(20261208)
    checked = 0
    for i in range(600):
        alg = ALGS[i % len(ALGS)]
        ours, theirs = pair(alg, rng.getrandbits(64))
        gen = theirs
        size = rng.choice([None, 0, 1, 3, rng.randint(4, 40), (2, 3)])
        kind = rng.randrange(4)
        k = rng.randint(1, 9)
        if kind == 0:
            w = [rng.random() ** rng.choice([1, 4]) * (rng.random() > 0.25) for _ in range(k)]
            w[-1] += sum(w) == 0
            p = [x / sum(w) for x in w]
            n = rng.choice([0, 1, 25, rng.randint(0, 10**6), int(10 ** rng.uniform(0, 15))])
            args = (n, p)
        elif kind == 1:
            rows = rng.randint(0, 5)
            p = []
            for _ in range(rows):
                w = [rng.random() * (rng.random() > 0.25) for _ in range(k)]
                w[-1] += sum(w) == 0
                p.append([x / sum(w) for x in w])
            args = ([rng.randint(0, 10**rng.randint(0, 9)) for _ in range(rows)],
                    np.array(p).reshape(rows, k))
            size = None
        elif kind == 2:
            top = rng.choice([0.05, 0.0999, 3.0, 100.0])
            args = ([rng.uniform(0, top) * (rng.random() > 0.2) for _ in range(k)],)
        else:
            method_ = rng.choice(["marginals", "count"])
            colors = [rng.randint(0, rng.choice([5, 100, 10**4])) * (rng.random() > 0.2)
                      for _ in range(k)]
            nsample = rng.randint(0, sum(colors))
            args = (colors, nsample)
        method = ["multinomial", "multinomial", "dirichlet", "multivariate_hypergeometric"][kind]
        kwargs = {"size": size}
        if kind == 3:
            kwargs["method"] = method_
        got, want = getattr(ours, method)(*args, **kwargs), getattr(gen, method)(*args, **kwargs)
        assert same(got, want), (method, args, kwargs)
        assert after_equal(ours, gen), (method, args, kwargs)
        checked += 1
    assert checked == 600
