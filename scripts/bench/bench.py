#!/usr/bin/env python3
"""Benchmark: randstreams against NumPy in the same run, as ns per value and their ratio.

    python3 scripts/bench/bench.py [--n 10000000] [--repeat 5] [--rounds 3] [--runs 1]
                                   [--library PATH] [--generators G,...] [--calls SUBSTRING,...]

Each row fills an N-element array; the `mvn ... /row` rows (multivariate_normal) draw 10^5
rows of k values each and give ns per row. randstreams fills a preallocated NumPy array in place through
python/randstreams.py (one ctypes call per fill, negligible at this size); NumPy gets `out=`
where its method has it, else it returns a fresh array, as a NumPy user would call it. Each side
is timed best-of-`repeat`, alternating the two `rounds` times, so that machine noise (slow
phases of a few seconds on a shared VM) hits both alike. Builds the release library first
unless --library is given. The first line gives the store floor: what
filling the same array with a constant costs, which bounds every raw fill from below.

The last lines compare each row that has a speed target (2x NumPy; 3x for standard_normal;
10x for MT19937's random_raw) with that target: met in every run, in some, or in none, with
the range of ratios. `--runs 2` repeats the whole table once more, so that a cell the
machine's noise carries across the target shows as such.
"""
import argparse
import os
import platform
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, os.path.join(ROOT, "scripts", "gen"))
import method_table  # noqa: E402
import randstreams as rs  # noqa: E402

GENERATORS = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]

# name -> (randstreams call, numpy call), each taking (bit generator, output array)
def table(n):
    f64, f32, i64, i32, u64 = (np.empty(n, t) for t in (np.float64, np.float32, np.int64, np.int32, np.uint64))
    rows = {
        "random_raw": (lambda b: b.random_raw(out=u64), lambda g: g.bit_generator.random_raw(n)),
        "random f64": (lambda b: b.random(out=f64), lambda g: g.random(out=f64)),
        "random f32": (lambda b: b.random(dtype=np.float32, out=f32), lambda g: g.random(dtype=np.float32, out=f32)),
        "standard_normal f64": (lambda b: b.standard_normal(out=f64), lambda g: g.standard_normal(out=f64)),
        "standard_normal f32": (lambda b: b.standard_normal(dtype=np.float32, out=f32),
                                lambda g: g.standard_normal(dtype=np.float32, out=f32)),
        "standard_exponential f64": (lambda b: b.standard_exponential(out=f64), lambda g: g.standard_exponential(out=f64)),
        "standard_exponential f32": (lambda b: b.standard_exponential(dtype=np.float32, out=f32),
                                     lambda g: g.standard_exponential(dtype=np.float32, out=f32)),
        "integers(0,1000) i64": (lambda b: b.integers(0, 1000, out=i64), lambda g: g.integers(0, 1000, n)),
        "integers(0,1000) i32": (lambda b: b.integers(0, 1000, dtype=np.int32, out=i32),
                                 lambda g: g.integers(0, 1000, n, dtype=np.int32)),
        "integers(0,2**40) i64": (lambda b: b.integers(0, 2**40, out=i64), lambda g: g.integers(0, 2**40, n)),
        # 2**40 is a power of two (a shift here); 10**12 is the general 64-bit Lemire case.
        "integers(0,10**12) i64": (lambda b: b.integers(0, 10**12, out=i64), lambda g: g.integers(0, 10**12, n)),
        "normal(1,2)": (lambda b: b.normal(1.0, 2.0, out=f64), lambda g: g.normal(1.0, 2.0, n)),
        "uniform(-1,1)": (lambda b: b.uniform(-1.0, 1.0, out=f64), lambda g: g.uniform(-1.0, 1.0, n)),
        "standard_gamma(2.5)": (lambda b: b.standard_gamma(2.5, out=f64), lambda g: g.standard_gamma(2.5, out=f64)),
        "poisson(7)": (lambda b: b.poisson(7.0, out=i64), lambda g: g.poisson(7.0, n)),
        "binomial(100,0.3)": (lambda b: b.binomial(100, 0.3, out=i64), lambda g: g.binomial(100, 0.3, n)),
    }
    # choice, bytes and the shuffles (ns per value: per index, byte or item).
    p1000 = np.linspace(1.0, 2.0, 1000)
    p1000 /= p1000.sum()
    pn = np.linspace(1.0, 2.0, n)
    pn /= pn.sum()
    sh_f64, sh_i32 = np.arange(n, dtype=np.float64), np.arange(n, dtype=np.int32)
    grid = np.arange(n, dtype=np.float64).reshape(1000, -1) if n % 1000 == 0 else None
    rows.update({
        "choice(1000)": (lambda b: b.choice(1000, n), lambda g: g.choice(1000, n)),
        "choice(1000,p)": (lambda b: b.choice(1000, n, p=p1000), lambda g: g.choice(1000, n, p=p1000)),
        "choice(N,no repl.)": (lambda b: b.choice(n, n, replace=False),
                               lambda g: g.choice(n, n, replace=False)),
        "choice(100N,no repl.)": (lambda b: b.choice(100 * n, n, replace=False),
                                  lambda g: g.choice(100 * n, n, replace=False)),
        "choice(N,N/100,no r.,p)": (lambda b: b.choice(n, n // 100, replace=False, p=pn),
                                    lambda g: g.choice(n, n // 100, replace=False, p=pn)),
        "bytes(N)": (lambda b: b.bytes(n), lambda g: g.bytes(n)),
        "shuffle f64": (lambda b: b.shuffle(sh_f64), lambda g: g.shuffle(sh_f64)),
        "shuffle i32": (lambda b: b.shuffle(sh_i32), lambda g: g.shuffle(sh_i32)),
        "permutation(N)": (lambda b: b.permutation(n), lambda g: g.permutation(n)),
    })
    if grid is not None:
        rows["permuted (1000,N/1000) ax1"] = (lambda b: b.permuted(grid, axis=1, out=grid),
                                              lambda g: g.permuted(grid, axis=1, out=grid))
        rows["permuted axis=None"] = (lambda b: b.permuted(grid, out=grid),
                                      lambda g: g.permuted(grid, out=grid))
        rows["shuffle (1000,N/1000) ax1"] = (lambda b: b.shuffle(grid, axis=1),
                                             lambda g: g.shuffle(grid, axis=1))
    # Array parameters (the _v functions), one value per element, against NumPy's broadcast
    # call with the same arrays.
    r = np.random.default_rng(1)
    loc, scale, shape = r.normal(size=n), r.uniform(0.1, 3, n), r.uniform(0.5, 5, n)
    low = r.integers(-1000, 1000, n)
    high = low + r.integers(1, 2000, n)
    low8 = r.integers(-128, 0, n, dtype=np.int8)
    high8 = (low8 + r.integers(1, 128, n)).astype(np.int8)
    ntrials, prob = r.integers(0, 200, n), r.uniform(0, 1, n)
    i8 = np.empty(n, np.int8)
    rows.update({
        "normal_v(loc[],scale[])": (lambda b: b.normal(loc, scale, out=f64),
                                    lambda g: g.normal(loc, scale)),
        "standard_gamma_v(shape[])": (lambda b: b.standard_gamma(shape, out=f64),
                                      lambda g: g.standard_gamma(shape, out=f64)),
        "gamma_v(shape[],scale[])": (lambda b: b.gamma(shape, scale, out=f64),
                                     lambda g: g.gamma(shape, scale)),
        "integers_v(low[],high[]) i64": (lambda b: b.integers(low, high, out=i64),
                                         lambda g: g.integers(low, high)),
        "integers_v(low[],high[]) i8": (lambda b: b.integers(low8, high8, dtype=np.int8, out=i8),
                                        lambda g: g.integers(low8, high8, dtype=np.int8)),
        "binomial_v(n[],p[])": (lambda b: b.binomial(ntrials, prob, out=i64),
                                lambda g: g.binomial(ntrials, prob)),
    })
    # The vector-valued methods: n // k rows of k values (ns per value as the rest), both
    # returning a new array as NumPy does.
    p3, p10 = [0.2, 0.3, 0.5], [0.1] * 10
    for name, method, args, kw, k in [
            ("multinomial(100,[.2,.3,.5])", "multinomial", (100, p3), {}, 3),
            ("multinomial(100,[.1]*10)", "multinomial", (100, p10), {}, 10),
            ("dirichlet([.5,1,2])", "dirichlet", ([0.5, 1.0, 2.0],), {}, 3),
            ("dirichlet([.05,.02,.09])", "dirichlet", ([0.05, 0.02, 0.09],), {}, 3),
            ("mvhg([30,20,50],40)", "multivariate_hypergeometric", ([30, 20, 50], 40), {}, 3),
            ("mvhg([30,20,50],40) count", "multivariate_hypergeometric", ([30, 20, 50], 40),
             {"method": "count"}, 3)]:
        rows[name] = (lambda b, m=method, a=args, kw=kw, r=n // k: getattr(b, m)(*a, size=r, **kw),
                      lambda g, m=method, a=args, kw=kw, r=n // k: getattr(g, m)(*a, size=r, **kw))
    # And every other method of src/methods.toml (its dtype forms too) at its first sample, so
    # that a new method has its row: NumPy with out= where its method takes one, else size=n.
    covered = {"random", "random_f32", "standard_normal", "standard_normal_f32",
               "standard_exponential", "standard_exponential_f32", "normal", "uniform",
               "standard_gamma", "poisson", "binomial"}
    arrays = {"f64": f64, "f32": f32, "i64": i64}
    for v in method_table.load():
        if v.python != "auto" or v.cname in covered:
            continue
        out, args = arrays[v.out], tuple(v.samples[0])
        kw = {} if v.out in ("f64", "i64") else {"dtype": out.dtype.type}
        kw.update(zip(v.choices, v.chosen))  # method='inv' and the like
        name = (f"{v.numpy}({','.join(map(str, args))})" + (f" {v.out}" if v.out == "f32" else "")
                + "".join(f" {c}" for c in v.chosen if c != v.choices.get("method")))
        rows[name] = (lambda b, v=v, a=args, o=out, k=kw: getattr(b, v.numpy)(*a, out=o, **k),
                      numpy_call(v.numpy, args, out, kw, n))
    # multivariate_normal: MVN_ROWS rows of k values whatever N is, timed per row (the third
    # item), on a fixed random covariance of each k; both sides return a new array.
    for k in (3, 10):
        a = np.random.default_rng(k).standard_normal((k, k))
        cov, mean = a @ a.T + 0.1 * np.eye(k), np.arange(k, dtype=float)
        for method in ("svd", "eigh", "cholesky"):
            rows[f"mvn k={k} {method} /row"] = (
                lambda b, c=cov, m=mean, me=method: b.multivariate_normal(m, c, MVN_ROWS, method=me),
                lambda g, c=cov, m=mean, me=method: g.multivariate_normal(m, c, MVN_ROWS, method=me),
                MVN_ROWS)
    return rows


MVN_ROWS = 100_000


def numpy_call(method, args, out, kw, n):
    """NumPy's call filling `out` where the method takes out=, else returning size=n."""
    def with_out(g):
        return getattr(g, method)(*args, out=out, **kw)

    def sized(g):
        return getattr(g, method)(*args, size=n, **kw)
    try:
        with_out(np.random.default_rng(0))
        return with_out
    except TypeError:
        return sized


# The speed targets: the rows that have one; target() gives the ratio to NumPy each must reach.
TARGET_ROWS = ["random_raw", "random f64", "random f32", "standard_normal f64",
               "standard_normal f32", "standard_exponential f64", "standard_exponential f32",
               "integers(0,1000) i64", "integers(0,1000) i32", "integers(0,2**40) i64",
               "integers(0,10**12) i64"]


def target(generator, call):
    if call not in TARGET_ROWS:
        return None
    if call.startswith("standard_normal"):
        return 3.0
    return 10.0 if (generator, call) == ("MT19937", "random_raw") else 2.0


def best(fn, arg, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return min(times)


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3,
                    help="alternations of NumPy's and our best-of-repeat per row")
    ap.add_argument("--runs", type=int, default=1, help="times to run the whole table")
    ap.add_argument("--library")
    ap.add_argument("--generators", default=",".join(GENERATORS))
    ap.add_argument("--calls", help="comma-separated substrings: only rows whose call contains one")
    args = ap.parse_args()
    lib = args.library
    if lib is None:
        subprocess.run(["cargo", "build", "--release", "--locked", "--lib", "-q"], cwd=ROOT, check=True)
        lib = os.path.join(ROOT, "target", "release", "librandstreams.so")
    rs.load(lib)
    print(f"CPU: {cpu_name()} ({os.cpu_count()} logical); NumPy {np.__version__}; "
          f"randstreams {rs.version()}; N = {args.n:,}, "
          f"best of {args.repeat} x {args.rounds} rounds")
    # What writing the output alone costs: no fill of n values can be faster than this.
    floor = np.empty(args.n, np.uint64)
    t_fill = min(best(lambda a: a.fill(1), floor, args.repeat) for _ in range(2))
    print(f"store floor: ndarray.fill of a preallocated {args.n:,}-element uint64 array: "
          f"{1e9 * t_fill / args.n:.2f} ns/value (float32/int32 arrays: about half)")
    del floor
    rows = table(args.n)
    ratios = {}  # (generator, call) -> the ratio of each run
    for run in range(args.runs):
        if args.runs > 1:
            print(f"run {run + 1} of {args.runs}")
        print(f"{'generator':10} {'call':26} {'numpy ns':>9} {'ours ns':>9} {'ratio':>7}")
        for name in args.generators.split(","):
            ours = getattr(rs, name)(rs.SeedSequence(12345))
            theirs = np.random.Generator(getattr(np.random, name)(12345))
            for call, (mine, numpy_call, *per) in rows.items():
                if args.calls and not any(c in call for c in args.calls.split(",")):
                    continue
                units = per[0] if per else args.n
                t_np = t_rs = float("inf")
                for _ in range(args.rounds):
                    t_np = min(t_np, best(numpy_call, theirs, args.repeat))
                    t_rs = min(t_rs, best(mine, ours, args.repeat))
                ns_np, ns_rs = 1e9 * t_np / units, 1e9 * t_rs / units
                ratios.setdefault((name, call), []).append(ns_np / ns_rs)
                print(f"{name:10} {call:26} {ns_np:9.2f} {ns_rs:9.2f} {ns_np / ns_rs:6.2f}x",
                      flush=True)
    tally = {"met in every run": [], "met in some runs": [], "not met": []}
    for (name, call), rr in ratios.items():
        goal = target(name, call)
        if goal is None:
            continue
        hits = sum(r >= goal for r in rr)
        kind = ("met in every run" if hits == len(rr)
                else "met in some runs" if hits else "not met")
        tally[kind].append(f"{name} {call} {min(rr):.2f}-{max(rr):.2f}x (target {goal:g}x)")
    if any(tally.values()):
        print(f"speed targets (2x NumPy; 3x standard_normal; 10x MT19937 random_raw) over "
              f"{args.runs} run(s), {sum(map(len, tally.values()))} cells:")
        for kind, cells in tally.items():
            print(f"  {kind} ({len(cells)}):")
            for c in cells:
                print(f"    {c}")


if __name__ == "__main__":
    main()
