"""BitGenerator.multivariate_normal (python/randstreams.py) against NumPy's
Generator.multivariate_normal, live: values within 1e-9 of the covariance's scale
(docs/guarantees.md), shapes, warnings, exceptions, and the generator's state after the call."""

import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import randstreams as rs  # noqa: E402

ALGS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]
METHODS = ["svd", "eigh", "cholesky"]
NOT_PSD = "covariance is not symmetric positive-semidefinite."


def pair(alg, seed):
    return rs.BitGenerator(alg, rs.SeedSequence(seed)), np.random.Generator(
        getattr(np.random, alg)(np.random.SeedSequence(seed)))


def run(f):
    """f()'s result (or exception) and the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = f()
        except Exception as e:  # noqa: BLE001 (compared with NumPy's)
            result = e
    return result, [(w.category, str(w.message)) for w in caught]


def spd(rng, k, scale):
    a = rng.standard_normal((k, k))
    return scale * (a @ a.T + 0.1 * np.eye(k))


def check_same(ours, theirs, args, kwargs, cov):
    mine, w_mine = run(lambda: ours.multivariate_normal(*args, **kwargs))
    want, w_want = run(lambda: theirs.multivariate_normal(*args, **kwargs))
    assert w_mine == w_want
    if isinstance(want, Exception):
        assert type(mine) is type(want) and str(mine) == str(want)
        return False
    assert not isinstance(mine, Exception), mine
    assert mine.shape == want.shape and mine.dtype == want.dtype
    scale = np.sqrt(np.max(np.abs(np.diag(np.asarray(cov, float)))))
    assert np.allclose(mine, want, rtol=0, atol=1e-9 * scale, equal_nan=True)
    assert ours.random_raw() == theirs.bit_generator.random_raw()
    return True


@pytest.mark.parametrize("alg", ALGS)
@pytest.mark.parametrize("method", METHODS)
def test_random_covariances(alg, method):
    rng = np.random.default_rng([ALGS.index(alg), METHODS.index(method)])
    for _ in range(40):
        k = int(rng.integers(1, 11))
        cov = spd(rng, k, 10.0 ** rng.uniform(-6, 6))
        mean = rng.standard_normal(k) * 100
        size = [None, int(rng.integers(0, 20)), (2, int(rng.integers(0, 4)))][int(rng.integers(3))]
        seed = int(rng.integers(2**32))
        assert check_same(*pair(alg, seed), (mean, cov, size), {"method": method}, cov)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("check_valid", ["warn", "raise", "ignore"])
def test_not_psd(method, check_valid):
    """NumPy warns (and draws) or raises; cholesky raises LinAlgError. We draw nothing on a
    failure, where NumPy has drawn: the generator is then the fresh one's."""
    bad = [[1.0, 2.0], [2.0, 1.0]]
    ours, theirs = pair("PCG64", 5)
    if not check_same(ours, theirs, ([0, 0], bad, 3), {"method": method,
                                                        "check_valid": check_valid}, bad):
        assert ours.random_raw() == np.random.PCG64(np.random.SeedSequence(5)).random_raw()


@pytest.mark.parametrize("method", METHODS)
def test_numpy_checks_and_messages(method):
    cov = [[2.0, 0.3], [0.3, 1.0]]
    cases = [
        (([0, 0], cov), {"method": "qr"}),
        (([0, 0], np.array(cov, complex)), {}),
        (([[0, 0]], cov), {}),
        (([0, 0], [1.0, 2.0]), {}),
        (([0, 0, 0], cov), {}),
        (([0, 0], cov), {"check_valid": "sometimes"}),
        (([0, 0], [[2.0, 0.5], [0.1, 1.0]], 4), {}),  # asymmetric: svd warns, eigh/cholesky lower
        (([np.nan, 1.0], cov, 3), {}),
        (([0, 0], cov, (2, 0, 3)), {}),
        (([0, 0], cov, 0), {}),
        (([5, -5], [[1, 1], [1, 1]], 3), {}),  # singular: cholesky fails
    ]
    for args, kwargs in cases:
        kwargs = {"method": method, **kwargs}
        check_same(*pair("Philox", 9), args, kwargs, args[1] if np.ndim(args[1]) == 2 else [[1]])


def test_warning_text_and_refusals():
    bg = rs.PCG64(rs.SeedSequence(1))
    with pytest.warns(RuntimeWarning, match=NOT_PSD.replace(".", r"\.")):
        bg.multivariate_normal([0, 0], [[1, 2], [2, 1]], method="eigh")
    before = bg.random_raw(0)
    with pytest.raises(ValueError, match="cov must be finite"):
        bg.multivariate_normal([0, 0], [[np.inf, 0], [0, 1]])
    with pytest.raises(np.linalg.LinAlgError, match="Matrix is not positive definite"):
        bg.multivariate_normal([0, 0], [[1, 2], [2, 1]], method="cholesky")
    fresh = rs.PCG64(rs.SeedSequence(1))
    fresh.multivariate_normal([0, 0], [[1, 2], [2, 1]], method="eigh", check_valid="ignore")
    assert bg.random_raw() == fresh.random_raw() and before.size == 0
