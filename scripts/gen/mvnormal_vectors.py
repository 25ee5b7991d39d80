#!/usr/bin/env python3
"""NumPy's Generator.multivariate_normal as test vectors: tests/data/mvnormal.txt (the committed
golden cases), or, with --random SEED, fresh random cases on stdout for the live tests.

    python3 scripts/gen/mvnormal_vectors.py                      # rewrites tests/data/mvnormal.txt
    python3 scripts/gen/mvnormal_vectors.py --random 42 --count 60

One case a line (tests/data/FORMAT.md, "mvn lines"):

    mvn ALG SEED METHOD CHECK_VALID TOL K N ATOL STATUS NEXT MEAN[K] COV[K*K] OUT[N*K]

The generator is ALG(SEED) (SeedSequence of an integer below 2**32); the call is
multivariate_normal(MEAN, COV, size=N, check_valid=CHECK_VALID, tol=TOL, method=METHOD).
STATUS is `ok`, `warn` (NumPy's RuntimeWarning; the values are drawn) or `error` (NumPy raised;
no OUT values). NEXT is the generator's next random_raw() after the call, in hexadecimal; for
`error` it is that of a fresh generator, since randstreams refuses before drawing (NumPy draws
first). ATOL is the tolerance of each value: 1e-9 times sqrt(max_i |COV[i][i]|), 1e-6 times it
for the singular covariance (docs/guarantees.md says why). Values are printed with repr, which round-trips.
"""
import argparse
import sys
import warnings
from pathlib import Path

import numpy as np

ALGS = {"PCG64": np.random.PCG64, "PCG64DXSM": np.random.PCG64DXSM,
        "MT19937": np.random.MT19937, "Philox": np.random.Philox, "SFC64": np.random.SFC64}
RTOL = 1e-9  # of sqrt(max |cov_ii|), the covariance's scale in the outputs' units
# For a singular covariance: sqrt of eigen or singular values that are rounding noise, about
# sqrt(eps) of the scale, depends on the LAPACK build (docs/guarantees.md).
RTOL_SINGULAR = 1e-6


def case(alg, seed, mean, cov, n, method, check_valid="warn", tol=1e-8, rtol=RTOL):
    mean, cov = np.asarray(mean, float), np.asarray(cov, float)
    k = len(mean)
    g = np.random.Generator(ALGS[alg](seed))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = g.multivariate_normal(mean, cov, size=n, check_valid=check_valid, tol=tol,
                                        method=method)
            status = "warn" if caught else "ok"
        except (ValueError, np.linalg.LinAlgError):
            out, status = np.empty(0), "error"
            g = np.random.Generator(ALGS[alg](seed))
    nxt = int(g.bit_generator.random_raw())
    atol = rtol * float(np.sqrt(np.max(np.abs(np.diag(cov)))))
    vals = [repr(float(v)) for v in [*mean, *cov.ravel(), *out.ravel()]]
    return " ".join(["mvn", alg, str(seed), method, check_valid, repr(float(tol)), str(k), str(n),
                     repr(atol), status, f"{nxt:x}", *vals])


def spd(rng, k, scale):
    """A random covariance with well separated eigenvalues: scale * (A A^T + 0.1 I)."""
    a = rng.standard_normal((k, k))
    return scale * (a @ a.T + 0.1 * np.eye(k))


def golden():
    rng = np.random.default_rng(20241)
    lines = []
    for i, alg in enumerate(ALGS):
        seed = 1000 + i
        for method in ("svd", "eigh", "cholesky"):
            for k, n in ((1, 5), (2, 7), (3, 10), (5, 4), (10, 3)):
                scale = 10.0 ** rng.uniform(-4, 4)
                mean = rng.standard_normal(k) * np.sqrt(scale)
                lines.append(case(alg, seed, mean, spd(rng, k, scale), n, method))
            # NumPy's documentation example, size 0, a diagonal covariance.
            lines.append(case(alg, seed, [0, 0], [[6, -3], [-3, 3.5]], 6, method))
            lines.append(case(alg, seed, [1, 2], [[1, 0], [0, 1]], 0, method))
            lines.append(case(alg, seed, [0, 0, 0], np.diag([1e-3, 2.0, 5e3]), 4, method))
            # Not positive-semidefinite: warn (svd, eigh) or fail (cholesky); raise; ignore.
            bad = [[1.0, 2.0], [2.0, 1.0]]
            lines.append(case(alg, seed, [0, 0], bad, 3, method, "warn"))
            lines.append(case(alg, seed, [0, 0], bad, 3, method, "raise"))
            lines.append(case(alg, seed, [0, 0], bad, 3, method, "ignore"))
            # Singular but positive-semidefinite (cholesky fails).
            lines.append(case(alg, seed, [5, -5], [[1, 1], [1, 1]], 3, method,
                              rtol=RTOL_SINGULAR))
            # Asymmetric: svd's check catches it; eigh and cholesky read the lower triangle.
            lines.append(case(alg, seed, [0, 0], [[2, 0.5], [0.1, 1]], 3, method))
            # NaN in the mean goes through.
            lines.append(case(alg, seed, [np.nan, 1], [[2, 0.5], [0.5, 1]], 2, method))
    return lines


def random_cases(seed, count):
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(count):
        alg = list(ALGS)[int(rng.integers(len(ALGS)))]
        k = int(rng.integers(1, 11))
        scale = 10.0 ** rng.uniform(-6, 6)
        mean = rng.standard_normal(k) * np.sqrt(scale) * rng.uniform(0, 10)
        method = ("svd", "eigh", "cholesky")[int(rng.integers(3))]
        lines.append(case(alg, int(rng.integers(2**32)), mean, spd(rng, k, scale),
                          int(rng.integers(0, 40)), method))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--random", type=int)
    ap.add_argument("--count", type=int, default=60)
    args = ap.parse_args()
    if args.random is not None:
        print(f"# live multivariate_normal cases, seed {args.random}, NumPy {np.__version__}")
        print("\n".join(random_cases(args.random, args.count)))
        return
    path = Path(__file__).resolve().parents[2] / "tests" / "data" / "mvnormal.txt"
    head = [f"# Generated by scripts/gen/mvnormal_vectors.py from NumPy {np.__version__}; "
            "format: tests/data/FORMAT.md (mvn lines)."]
    path.write_text("\n".join(head + golden()) + "\n")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
