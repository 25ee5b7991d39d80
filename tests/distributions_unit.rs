//! Developer-level checks of `randstreams::distributions` against NumPy 2.4.6.
//!
//! Two kinds of test:
//! - fixed values that NumPy 2.4.6 gives (`Generator` in numpy/random/_generator.pyx, its
//!   kernels in numpy/random/src/distributions/distributions.c), always run;
//! - live comparisons: each case is run here and, through `python3`, by NumPy itself, and every
//!   output word (float bits exactly), or NumPy's error message, must agree. After each case both
//!   sides also draw one `next_uint32` and one `random_raw`, which shows that the same number of
//!   draws was consumed, including a pending 32-bit half word. These are skipped, with a
//!   message, when `import numpy` fails.

use randstreams::distributions::{Generator, POISSON_LAM_MAX};
use randstreams::{Algorithm, BitGenerator, Pcg64, RawBits, Result, SeedSequence};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Arc;

type G = Generator<BitGenerator>;

fn generator(alg: Algorithm, seed: u64) -> G {
    Generator::new(BitGenerator::new(
        alg,
        Arc::new(SeedSequence::from_u64(seed)),
    ))
}

fn pcg(seed: u64) -> G {
    generator(Algorithm::Pcg64, seed)
}

// ---- fixed values (NumPy 2.4.6) ------------------------------------------------------------

fn fill<T: Default + Clone>(n: usize, f: impl FnOnce(&mut [T])) -> Vec<T> {
    let mut v = vec![T::default(); n];
    f(&mut v);
    v
}

/// float32 values as NumPy prints them (widened to float64, exactly).
fn widen(v: &[f32]) -> Vec<f64> {
    v.iter().map(|&x| f64::from(x)).collect()
}

fn try_fill<T: Default + Clone>(n: usize, f: impl FnOnce(&mut [T]) -> Result<()>) -> Vec<T> {
    let mut v = vec![T::default(); n];
    f(&mut v).unwrap();
    v
}

#[test]
fn numpy_examples_pcg64_12345() {
    let g = &mut pcg(12345);
    assert_eq!(
        fill(3, |v| g.fill_random(v)),
        [0.22733602246716966, 0.31675833970975287, 0.7973654573327341]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        widen(&fill(3, |v| g.fill_random_f32(v))),
        [0.6992149949073792, 0.22733598947525024, 0.788646936416626]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        try_fill(5, |v| g.fill_integers_i64(0, 10, false, v)),
        [6, 2, 7, 3, 2]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        try_fill(2, |v| g.fill_integers_i64(-(1 << 62), 1 << 62, false, v)),
        [-2514881305833905970, -1690106005507906961]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        fill(3, |v| g.fill_standard_normal(v)),
        [-1.4238250364546312, 1.2637284581291104, -0.8706617379590857]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        widen(&fill(3, |v| g.fill_standard_normal_f32(v))),
        [-1.2160426378250122, -0.3693346381187439, 1.8661257028579712]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        fill(3, |v| g.fill_standard_exponential(v)),
        [0.18413256735377503, 0.6450270693873458, 4.690218692461341]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        widen(&fill(3, |v| g.fill_standard_exponential_f32(v))),
        [2.114354133605957, 0.6419342160224915, 1.1558597087860107]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        try_fill(3, |v| g.fill_uniform(-1.0, 1.0, v)),
        [
            -0.5453279550656607,
            -0.36648332058049427,
            0.5947309146654682
        ]
    );
    let g = &mut pcg(12345);
    assert_eq!(
        try_fill(3, |v| g.fill_normal(10.0, 2.0, v)),
        [7.152349927090738, 12.52745691625822, 8.258676524081828]
    );
}

#[test]
fn numpy_edge_cases() {
    // int64 integers below 2^32 use next_uint32, low half first (numpy/random/src/pcg64/pcg64.h).
    let g = &mut pcg(0);
    let two: Vec<i64> = (0..2)
        .map(|_| g.next_integers_i64(0, 1 << 32, false).unwrap())
        .collect();
    assert_eq!(two, [0xd9c2825f, 0xa30febcf]);
    // Scalar uint8 calls restart the byte buffer; a fill packs 4 per word
    // (numpy/random/_bounded_integers.pyx.in).
    let g = &mut pcg(0);
    let scalars: Vec<u8> = (0..4)
        .map(|_| g.next_integers_u8(0, 255, true).unwrap())
        .collect();
    assert_eq!(scalars, [95, 207, 33, 248]);
    let g = &mut pcg(0);
    assert_eq!(
        try_fill(4, |v| g.fill_integers_u8(0, 255, true, v)),
        [95, 130, 194, 217]
    );
    // bool takes bits LSB first.
    let g = &mut pcg(0);
    let bits = try_fill(8, |v| g.fill_integers_bool(0, 2, false, v));
    assert_eq!(bits, [true, true, true, true, true, false, true, false]);
    // A range of one value draws nothing.
    let g = &mut pcg(0);
    assert_eq!(g.next_integers_i64(7, 7, true).unwrap(), 7);
    assert_eq!(g.bit_generator(), pcg(0).bit_generator());
    // -0.0 fails the sign-bit checks (numpy/random/_common.pyx).
    let g = &mut pcg(0);
    assert_eq!(
        g.next_normal(0.0, -0.0).unwrap_err().message(),
        "scale < 0 (got scale = -0.0)"
    );
    assert!(
        g.next_uniform(0.0, -0.0)
            .unwrap_err()
            .message()
            .starts_with("high - low < 0")
    );
    assert_eq!(g.bit_generator(), pcg(0).bit_generator());
}

#[test]
fn works_on_a_borrowed_concrete_generator() {
    let mut bits = Pcg64::new(&SeedSequence::from_u64(12345));
    let mut g = Generator::new(&mut bits);
    assert_eq!(g.next_random(), 0.22733602246716966);
    // The borrow advanced the generator itself.
    assert_eq!(bits.next_double(), 0.31675833970975287);
}

#[test]
fn errors_write_nothing_and_draw_nothing() {
    type Call = fn(&mut G, &mut [f64]) -> Result<()>;
    let calls: [(Call, &str); 11] = [
        (|g, v| g.fill_normal(0.0, -1.0, v), "scale < 0"),
        (
            |g, v| g.fill_uniform(0.0, f64::INFINITY, v),
            "high - low range exceeds valid bounds",
        ),
        (
            |g, v| g.fill_uniform(f64::NAN, 1.0, v),
            "high - low range exceeds valid bounds",
        ),
        (|g, v| g.fill_uniform(1.0, 0.0, v), "high - low < 0"),
        (|g, v| g.fill_exponential(-0.0, v), "scale < 0"),
        (|g, v| g.fill_lognormal(0.0, -1.0, v), "sigma < 0"),
        (|g, v| g.fill_standard_gamma(-0.0, v), "shape < 0"),
        (|g, v| g.fill_gamma(1.0, -2.0, v), "scale < 0"),
        (|g, v| g.fill_beta(1.0, 0.0, v), "b <= 0"),
        (|g, v| g.fill_chisquare(-1.0, v), "df <= 0"),
        (|g, v| g.fill_beta(0.0, 0.0, v), "a <= 0"),
    ];
    for (call, message) in calls {
        let g = &mut pcg(3);
        let mut out = [1.5; 4];
        let e = call(g, &mut out).unwrap_err();
        assert!(
            e.message().starts_with(message),
            "{} vs {message}",
            e.message()
        );
        assert_eq!(out, [1.5; 4]);
        assert_eq!(g.bit_generator(), pcg(3).bit_generator());
    }
    assert_eq!(POISSON_LAM_MAX, 9.223372006484771e18);
    let g = &mut pcg(3);
    let mut out = [7i64; 4];
    assert!(
        g.fill_poisson(POISSON_LAM_MAX * 1.0000001, &mut out)
            .is_err()
    );
    assert!(g.fill_poisson(-1.0, &mut out).is_err());
    assert!(g.fill_binomial(-1, 0.5, &mut out).is_err());
    assert!(g.fill_binomial(1, f64::NAN, &mut out).is_err());
    assert!(g.fill_geometric(0.0, &mut out).is_err());
    assert!(g.fill_integers_i64(5, 5, false, &mut out).is_err());
    assert_eq!(out, [7; 4]);
    assert_eq!(g.bit_generator(), pcg(3).bit_generator());
    // As NumPy's `size=0`, an empty fill of integers is not checked at all.
    assert!(g.fill_integers_i64(5, 5, false, &mut []).is_ok());
    assert!(g.fill_poisson(POISSON_LAM_MAX, &mut out).is_ok());
}

/// For every method without a word buffer, a fill of n is n scalar calls.
#[test]
fn fill_equals_scalar_calls() {
    const N: usize = 3000;
    fn check<T: Copy + Default + PartialEq + std::fmt::Debug>(
        name: &str,
        fill: impl Fn(&mut G, &mut [T]),
        next: impl Fn(&mut G) -> T,
    ) {
        for alg in Algorithm::ALL {
            let (a, b) = (&mut generator(alg, 99), &mut generator(alg, 99));
            let mut v = vec![T::default(); N];
            fill(a, &mut v);
            let w: Vec<T> = (0..N).map(|_| next(b)).collect();
            assert!(v == w, "{name} {alg:?}");
            assert_eq!(a.bit_generator(), b.bit_generator(), "{name} {alg:?}");
        }
    }
    check("random", |g, v| g.fill_random(v), |g| g.next_random());
    check(
        "random_f32",
        |g, v| g.fill_random_f32(v),
        |g| g.next_random_f32(),
    );
    check(
        "normal_f32",
        |g, v| g.fill_standard_normal_f32(v),
        |g| g.next_standard_normal_f32(),
    );
    check(
        "exp_f32",
        |g, v| g.fill_standard_exponential_f32(v),
        |g| g.next_standard_exponential_f32(),
    );
    check(
        "i64",
        |g, v| g.fill_integers_i64(-3, 1000, false, v).unwrap(),
        |g| g.next_integers_i64(-3, 1000, false).unwrap(),
    );
    check(
        "u32",
        |g, v| g.fill_integers_u32(3, 1000, true, v).unwrap(),
        |g| g.next_integers_u32(3, 1000, true).unwrap(),
    );
    check(
        "gamma",
        |g, v| g.fill_gamma(0.7, 2.0, v).unwrap(),
        |g| g.next_gamma(0.7, 2.0).unwrap(),
    );
    check(
        "gamma_f32",
        |g, v| g.fill_standard_gamma_f32(2.5, v).unwrap(),
        |g| g.next_standard_gamma_f32(2.5).unwrap(),
    );
    check(
        "beta",
        |g, v| g.fill_beta(0.5, 3.0, v).unwrap(),
        |g| g.next_beta(0.5, 3.0).unwrap(),
    );
    check(
        "poisson",
        |g, v| g.fill_poisson(40.0, v).unwrap(),
        |g| g.next_poisson(40.0).unwrap(),
    );
    check(
        "binomial",
        |g, v| g.fill_binomial(1000, 0.6, v).unwrap(),
        |g| g.next_binomial(1000, 0.6).unwrap(),
    );
    check(
        "geometric",
        |g, v| g.fill_geometric(0.01, v).unwrap(),
        |g| g.next_geometric(0.01).unwrap(),
    );
}

#[test]
fn permutation_is_a_permutation() {
    let g = &mut pcg(5);
    let mut p = vec![0i64; 1000];
    g.fill_permutation(&mut p);
    let mut sorted = p.clone();
    sorted.sort();
    assert_eq!(sorted, (0..1000).collect::<Vec<i64>>());
    assert_ne!(p, sorted);
    // Zero or one element: nothing drawn.
    g.fill_permutation(&mut [0; 1]);
    let before = g.bit_generator().clone();
    g.shuffle::<String>(&mut []);
    assert_eq!(g.bit_generator(), &before);
}

// ---- live comparison with NumPy -------------------------------------------------------------

const NUMPY_SCRIPT: &str = r#"
import sys
import numpy as np
from numpy.random import Generator, PCG64, PCG64DXSM, MT19937, Philox, SFC64

M = (1 << 64) - 1

def words(r):
    a = np.asarray(r)
    if a.dtype == np.float64:
        a = a.view(np.uint64)
    elif a.dtype == np.float32:
        a = a.view(np.uint32)
    return ' '.join('%x' % (int(x) & M) for x in a.ravel().tolist())

def shuf(g, a):
    g.shuffle(a)
    return a

def many(n, f):
    return [f() for _ in range(n)]

for line in sys.stdin:
    alg, seed, expr = line.rstrip('\n').split('|', 2)
    g = Generator(globals()[alg](int(seed)))
    try:
        out = 'OK ' + words(eval(expr))
    except Exception as e:
        out = 'ERR ' + str(e)
    u32 = int(g.integers(0, 2**32, dtype=np.uint32))
    print(out + ' | %x %x' % (u32, g.bit_generator.random_raw()), flush=True)
"#;

/// An element as NumPy's words: float bits, or the integer as two's-complement u64.
trait Word: Copy + Default {
    fn word(self) -> u64;
}
impl Word for f64 {
    fn word(self) -> u64 {
        self.to_bits()
    }
}
impl Word for f32 {
    fn word(self) -> u64 {
        u64::from(self.to_bits())
    }
}
impl Word for bool {
    fn word(self) -> u64 {
        u64::from(self)
    }
}
macro_rules! int_word {
    ($($t:ty),*) => {$(impl Word for $t {
        fn word(self) -> u64 {
            i128::from(self) as u64
        }
    })*};
}
int_word!(i64, i32, i16, i8, u64, u32, u16, u8);

type Run = Box<dyn Fn(&mut G) -> Result<Vec<u64>>>;

struct Case {
    alg: Algorithm,
    seed: u64,
    python: String,
    run: Run,
}

/// A case filling `n` elements of type `T`: `python` is NumPy's call, with `{n}` for the size.
fn case<T: Word + 'static>(
    alg: Algorithm,
    seed: u64,
    python: &str,
    n: usize,
    f: impl Fn(&mut G, &mut [T]) -> Result<()> + 'static,
) -> Case {
    Case {
        alg,
        seed,
        python: python.replace("{n}", &n.to_string()),
        run: Box::new(move |g| {
            let mut v = vec![T::default(); n];
            f(g, &mut v)?;
            Ok(v.iter().map(|x| x.word()).collect())
        }),
    }
}

/// A case of `n` scalar calls; NumPy's side is `many({n}, lambda: <python>)`.
fn scalars<T: Word + 'static>(
    alg: Algorithm,
    seed: u64,
    python: &str,
    n: usize,
    f: impl Fn(&mut G) -> Result<T> + 'static,
) -> Case {
    Case {
        alg,
        seed,
        python: format!("many({n}, lambda: {python})"),
        run: Box::new(move |g| (0..n).map(|_| f(g).map(Word::word)).collect()),
    }
}

/// An infallible fill as a case's fill.
fn inf<T>(f: impl Fn(&mut G, &mut [T])) -> impl Fn(&mut G, &mut [T]) -> Result<()> {
    move |g, v| {
        f(g, v);
        Ok(())
    }
}

fn numpy_available() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import numpy"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        // scripts/test.sh installs NumPy and sets this: there, a skip would hide a broken setup.
        assert!(
            std::env::var_os("RANDSTREAMS_REQUIRE_NUMPY").is_none(),
            "NumPy is required (RANDSTREAMS_REQUIRE_NUMPY is set) but `import numpy` fails"
        );
        eprintln!("NumPy is not importable from python3: live comparison skipped");
    }
    found
}

/// Runs every case in NumPy (one python3 process) and here; panics listing all mismatches.
fn compare(cases: Vec<Case>) {
    if !numpy_available() {
        return;
    }
    let mut input = String::new();
    for c in &cases {
        input += &format!("{}|{}|{}\n", c.alg.name(), c.seed, c.python);
    }
    let mut child = Command::new("python3")
        .args(["-c", NUMPY_SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "the NumPy script failed");
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        cases.len(),
        "NumPy answered {} of {} cases",
        lines.len(),
        cases.len()
    );

    let mut failures = Vec::new();
    for (c, line) in cases.iter().zip(lines) {
        let (result, probes) = line.rsplit_once(" | ").unwrap();
        let g = &mut generator(c.alg, c.seed);
        let ours = (c.run)(g);
        let ours_probes = {
            let b = g.bit_generator_mut();
            format!("{:x} {:x}", b.next_u32(), b.next_raw())
        };
        let label = format!("{}({}) {}", c.alg.name(), c.seed, c.python);
        match (result.split_once(' ').unwrap_or((result, "")), &ours) {
            (("OK", words), Ok(v)) => {
                let theirs: Vec<u64> = words
                    .split_whitespace()
                    .map(|w| u64::from_str_radix(w, 16).unwrap())
                    .collect();
                if theirs.len() != v.len() {
                    failures.push(format!(
                        "{label}: {} values, NumPy {}",
                        v.len(),
                        theirs.len()
                    ));
                } else if let Some(i) = (0..v.len()).find(|&i| v[i] != theirs[i]) {
                    failures.push(format!(
                        "{label}: first difference at {i}: {:#x}, NumPy {:#x}",
                        v[i], theirs[i]
                    ));
                }
            }
            (("ERR", message), Err(e)) => {
                if !e.message().starts_with(message) {
                    failures.push(format!(
                        "{label}: error {:?}, NumPy {message:?}",
                        e.message()
                    ));
                }
            }
            _ => failures.push(format!(
                "{label}: {:?}, NumPy {result:.100}",
                ours.as_ref().map(|v| v.len())
            )),
        }
        if ours_probes != probes {
            failures.push(format!(
                "{label}: draws after differ: {ours_probes}, NumPy {probes}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

use Algorithm::{Mt19937, Pcg64 as P, Pcg64Dxsm, Philox, Sfc64};

const SEEDS: [u64; 3] = [0, 12345, 0xdead_beef_cafe];

#[test]
fn numpy_uniform_normal_exponential() {
    let mut cs = Vec::new();
    for seed in SEEDS {
        cs.push(case(
            P,
            seed,
            "g.random({n})",
            1001,
            inf(|g, v| g.fill_random(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.random({n}, dtype=np.float32)",
            1001,
            inf(|g, v| g.fill_random_f32(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_normal({n})",
            60000,
            inf(|g, v| g.fill_standard_normal(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_normal({n}, dtype=np.float32)",
            60001,
            inf(|g, v| g.fill_standard_normal_f32(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_exponential({n})",
            60000,
            inf(|g, v| g.fill_standard_exponential(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_exponential({n}, dtype=np.float32)",
            60001,
            inf(|g, v| g.fill_standard_exponential_f32(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_exponential({n}, method='inv')",
            2000,
            inf(|g, v| g.fill_standard_exponential_inv(v)),
        ));
        cs.push(case(
            P,
            seed,
            "g.standard_exponential({n}, np.float32, 'inv')",
            20001,
            inf(|g, v| g.fill_standard_exponential_inv_f32(v)),
        ));
        cs.push(case(P, seed, "g.uniform(-1, 1, {n})", 1000, |g, v| {
            g.fill_uniform(-1.0, 1.0, v)
        }));
        cs.push(case(P, seed, "g.normal(10, 2, {n})", 5000, |g, v| {
            g.fill_normal(10.0, 2.0, v)
        }));
        cs.push(case(P, seed, "g.lognormal(0.5, 1.5, {n})", 5000, |g, v| {
            g.fill_lognormal(0.5, 1.5, v)
        }));
        cs.push(case(P, seed, "g.exponential(3.5, {n})", 5000, |g, v| {
            g.fill_exponential(3.5, v)
        }));
    }
    let p = P;
    cs.extend([
        case(p, 1, "g.uniform(1, 1, {n})", 10, |g, v| {
            g.fill_uniform(1.0, 1.0, v)
        }),
        case(p, 1, "g.uniform(-1e308, 1e308, {n})", 10, |g, v| {
            g.fill_uniform(-1e308, 1e308, v)
        }),
        case(p, 1, "g.uniform(np.nan, 1, {n})", 10, |g, v| {
            g.fill_uniform(f64::NAN, 1.0, v)
        }),
        case(p, 1, "g.uniform(0, -0.0, {n})", 10, |g, v| {
            g.fill_uniform(0.0, -0.0, v)
        }),
        case(p, 1, "g.uniform(0, 1e300, {n})", 10, |g, v| {
            g.fill_uniform(0.0, 1e300, v)
        }),
        case(p, 1, "g.normal(0, 0, {n})", 10, |g, v| {
            g.fill_normal(0.0, 0.0, v)
        }),
        case(p, 1, "g.normal(np.nan, 1, {n})", 10, |g, v| {
            g.fill_normal(f64::NAN, 1.0, v)
        }),
        case(p, 1, "g.normal(0, np.nan, {n})", 10, |g, v| {
            g.fill_normal(0.0, f64::NAN, v)
        }),
        case(p, 1, "g.normal(0, -0.0, {n})", 10, |g, v| {
            g.fill_normal(0.0, -0.0, v)
        }),
        case(p, 1, "g.normal(0, -1, {n})", 10, |g, v| {
            g.fill_normal(0.0, -1.0, v)
        }),
        case(p, 1, "g.lognormal(0, -1, {n})", 10, |g, v| {
            g.fill_lognormal(0.0, -1.0, v)
        }),
        case(p, 1, "g.exponential(0, {n})", 10, |g, v| {
            g.fill_exponential(0.0, v)
        }),
        case(p, 1, "g.exponential(-0.0, {n})", 10, |g, v| {
            g.fill_exponential(-0.0, v)
        }),
        case(p, 1, "g.exponential(np.inf, {n})", 10, |g, v| {
            g.fill_exponential(f64::INFINITY, v)
        }),
        scalars(p, 2, "g.random(dtype=np.float32)", 7, |g| {
            Ok(f64::from(g.next_random_f32()))
        }),
        scalars(p, 2, "g.standard_normal(dtype=np.float32)", 7, |g| {
            Ok(f64::from(g.next_standard_normal_f32()))
        }),
        scalars(p, 2, "g.normal(1, 2)", 7, |g| g.next_normal(1.0, 2.0)),
        scalars(p, 2, "g.uniform(-3, 2)", 7, |g| g.next_uniform(-3.0, 2.0)),
    ]);
    // The other bit generators (MT19937: no half buffer, 53 bits from two 32-bit draws).
    for alg in [Mt19937, Philox, Sfc64, Pcg64Dxsm] {
        cs.push(case(
            alg,
            7,
            "g.random({n}, dtype=np.float32)",
            999,
            inf(|g, v| g.fill_random_f32(v)),
        ));
        cs.push(case(
            alg,
            7,
            "g.standard_normal({n})",
            20000,
            inf(|g, v| g.fill_standard_normal(v)),
        ));
        cs.push(case(
            alg,
            7,
            "g.standard_normal({n}, dtype=np.float32)",
            20001,
            inf(|g, v| g.fill_standard_normal_f32(v)),
        ));
        cs.push(case(
            alg,
            7,
            "g.standard_exponential({n}, dtype=np.float32)",
            20001,
            inf(|g, v| g.fill_standard_exponential_f32(v)),
        ));
        cs.push(case(alg, 7, "g.uniform(2, 5, {n})", 999, |g, v| {
            g.fill_uniform(2.0, 5.0, v)
        }));
    }
    compare(cs);
}

#[test]
fn numpy_integers() {
    let mut cs = Vec::new();
    for seed in SEEDS {
        for alg in [P, Mt19937, Philox] {
            cs.extend([
                case(alg, seed, "g.integers(0, 10, {n})", 1001, |g, v| {
                    g.fill_integers_i64(0, 10, false, v)
                }),
                case(alg, seed, "g.integers(-2**62, 2**62, {n})", 1000, |g, v| {
                    g.fill_integers_i64(-(1 << 62), 1 << 62, false, v)
                }),
                case(alg, seed, "g.integers(0, 2**32, {n})", 101, |g, v| {
                    g.fill_integers_i64(0, 1 << 32, false, v)
                }),
                case(
                    alg,
                    seed,
                    "g.integers(5, 2**32 + 5, {n}, endpoint=True)",
                    101,
                    |g, v| g.fill_integers_i64(5, (1 << 32) + 5, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-2**63, 2**63 - 1, {n}, endpoint=True)",
                    101,
                    |g, v| g.fill_integers_i64(i64::MIN, i64::MAX, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 3 * 2**61, {n}, dtype=np.uint64)",
                    500,
                    |g, v| g.fill_integers_u64(0, 3 << 61, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 2**64 - 1, {n}, np.uint64, True)",
                    101,
                    |g, v| g.fill_integers_u64(0, u64::MAX, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-7, 100000, {n}, dtype=np.int32)",
                    1001,
                    |g, v| g.fill_integers_i32(-7, 100000, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-2**31, 2**31 - 1, {n}, np.int32, True)",
                    101,
                    |g, v| g.fill_integers_i32(i32::MIN, i32::MAX, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(3, 3000000000, {n}, dtype=np.uint32)",
                    1001,
                    |g, v| g.fill_integers_u32(3, 3_000_000_000, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-300, 20000, {n}, dtype=np.int16)",
                    1001,
                    |g, v| g.fill_integers_i16(-300, 20000, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 65535, {n}, np.uint16, True)",
                    1001,
                    |g, v| g.fill_integers_u16(0, u16::MAX, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(1, 40000, {n}, dtype=np.uint16)",
                    1001,
                    |g, v| g.fill_integers_u16(1, 40000, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-100, 100, {n}, dtype=np.int8)",
                    1001,
                    |g, v| g.fill_integers_i8(-100, 100, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(-128, 127, {n}, np.int8, True)",
                    1001,
                    |g, v| g.fill_integers_i8(i8::MIN, i8::MAX, true, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 200, {n}, dtype=np.uint8)",
                    1003,
                    |g, v| g.fill_integers_u8(0, 200, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 2, {n}, dtype=bool)",
                    1003,
                    |g, v| g.fill_integers_bool(0, 2, false, v),
                ),
                case(
                    alg,
                    seed,
                    "g.integers(0, 1, {n}, dtype=bool, endpoint=True)",
                    77,
                    |g, v| g.fill_integers_bool(0, 1, true, v),
                ),
                scalars(alg, seed, "g.integers(0, 256, dtype=np.uint8)", 9, |g| {
                    g.next_integers_u8(0, 255, true)
                }),
                scalars(alg, seed, "g.integers(-5, 5, dtype=np.int16)", 9, |g| {
                    g.next_integers_i16(-5, 5, false)
                }),
                scalars(alg, seed, "g.integers(0, 2, dtype=np.bool)", 9, |g| {
                    g.next_integers_bool(0, 2, false)
                }),
                scalars(alg, seed, "g.integers(0, 1000)", 9, |g| {
                    g.next_integers_i64(0, 1000, false)
                }),
            ]);
        }
    }
    let p = P;
    cs.extend([
        // Ranges of one value: no draw.
        case(p, 1, "g.integers(7, 7, {n}, endpoint=True)", 5, |g, v| {
            g.fill_integers_i64(7, 7, true, v)
        }),
        case(p, 1, "g.integers(-3, -2, {n}, dtype=np.int8)", 5, |g, v| {
            g.fill_integers_i8(-3, -2, false, v)
        }),
        case(p, 1, "g.integers(0, 1, {n}, dtype=bool)", 5, |g, v| {
            g.fill_integers_bool(0, 1, false, v)
        }),
        case(
            p,
            1,
            "g.integers(1, 1, {n}, dtype=bool, endpoint=True)",
            5,
            |g, v| g.fill_integers_bool(1, 1, true, v),
        ),
        case(
            p,
            1,
            "g.integers(2**64 - 1, 2**64 - 1, {n}, np.uint64, True)",
            5,
            |g, v| g.fill_integers_u64(u64::MAX, u64::MAX, true, v),
        ),
        // NumPy's bounds errors.
        case(p, 1, "g.integers(5, 5, {n})", 5, |g, v| {
            g.fill_integers_i64(5, 5, false, v)
        }),
        case(p, 1, "g.integers(0, 0, {n})", 5, |g, v| {
            g.fill_integers_i64(0, 0, false, v)
        }),
        case(p, 1, "g.integers(0, -1, {n}, endpoint=True)", 5, |g, v| {
            g.fill_integers_i64(0, -1, true, v)
        }),
        case(p, 1, "g.integers(5, 4, {n}, endpoint=True)", 5, |g, v| {
            g.fill_integers_i64(5, 4, true, v)
        }),
        case(p, 1, "g.integers(-2**63, -2**63, {n})", 5, |g, v| {
            g.fill_integers_i64(i64::MIN, i64::MIN, false, v)
        }),
        case(p, 1, "g.integers(0, 0, {n}, dtype=np.uint64)", 5, |g, v| {
            g.fill_integers_u64(0, 0, false, v)
        }),
        case(p, 1, "g.integers(3, 2, {n}, dtype=np.uint8)", 5, |g, v| {
            g.fill_integers_u8(3, 2, false, v)
        }),
        case(
            p,
            1,
            "g.integers(0, 2, {n}, dtype=bool, endpoint=True)",
            5,
            |g, v| g.fill_integers_bool(0, 2, true, v),
        ),
        case(p, 1, "g.integers(2, 3, {n}, dtype=bool)", 5, |g, v| {
            g.fill_integers_bool(2, 3, false, v)
        }),
        case(p, 1, "g.integers(1, 1, {n}, dtype=bool)", 5, |g, v| {
            g.fill_integers_bool(1, 1, false, v)
        }),
        case(p, 1, "g.integers(0, 0, {n}, dtype=bool)", 5, |g, v| {
            g.fill_integers_bool(0, 0, false, v)
        }),
        // size=0 returns before the checks.
        case(p, 1, "g.integers(5, 5, {n})", 0, |g, v| {
            g.fill_integers_i64(5, 5, false, v)
        }),
    ]);
    compare(cs);
}

#[test]
fn numpy_gamma_beta_chisquare() {
    let mut cs = Vec::new();
    for seed in SEEDS {
        for shape in [0.5, 1.0, 3.0, 1e-3, 0.9999, 1.0001, 25.0, 1e6] {
            cs.push(case(
                P,
                seed,
                &format!("g.standard_gamma({shape:?}, {{n}})"),
                4000,
                move |g, v| g.fill_standard_gamma(shape, v),
            ));
            let s32 = shape as f32;
            cs.push(case(
                P,
                seed,
                &format!("g.standard_gamma({shape:?}, {{n}}, dtype=np.float32)"),
                4001,
                move |g, v| g.fill_standard_gamma_f32(s32, v),
            ));
        }
        for (shape, scale) in [(0.5, 2.0), (3.0, 0.25), (2.0, 0.0), (0.0, 5.0)] {
            cs.push(case(
                P,
                seed,
                &format!("g.gamma({shape:?}, {scale:?}, {{n}})"),
                2000,
                move |g, v| g.fill_gamma(shape, scale, v),
            ));
        }
        for (a, b) in [
            (0.5, 0.5),
            (2.0, 3.0),
            (1e-3, 1e-3),
            (1e-200, 1e-200),
            (1e-5, 0.9),
            (0.9, 1e-4),
            (0.5, 3.0),
            (1.0, 1.0),
            (7.0, 0.2),
        ] {
            cs.push(case(
                P,
                seed,
                &format!("g.beta({a:?}, {b:?}, {{n}})"),
                3000,
                move |g, v| g.fill_beta(a, b, v),
            ));
        }
        for df in [1.0, 2.0, 0.5, 100.0, 1e-4] {
            cs.push(case(
                P,
                seed,
                &format!("g.chisquare({df:?}, {{n}})"),
                3000,
                move |g, v| g.fill_chisquare(df, v),
            ));
        }
    }
    for alg in [Mt19937, Philox, Sfc64, Pcg64Dxsm] {
        cs.push(case(
            alg,
            3,
            "g.standard_gamma(0.3, {n}, dtype=np.float32)",
            3001,
            |g, v| g.fill_standard_gamma_f32(0.3, v),
        ));
        cs.push(case(
            alg,
            3,
            "g.standard_gamma(4.5, {n}, dtype=np.float32)",
            3001,
            |g, v| g.fill_standard_gamma_f32(4.5, v),
        ));
        cs.push(case(alg, 3, "g.beta(0.3, 0.6, {n})", 3000, |g, v| {
            g.fill_beta(0.3, 0.6, v)
        }));
        cs.push(case(alg, 3, "g.gamma(2.5, 3, {n})", 3000, |g, v| {
            g.fill_gamma(2.5, 3.0, v)
        }));
    }
    let p = P;
    let nan = f64::NAN;
    cs.extend([
        case(p, 4, "g.standard_gamma(np.nan, {n})", 20, move |g, v| {
            g.fill_standard_gamma(nan, v)
        }),
        case(
            p,
            4,
            "g.standard_gamma(np.nan, {n}, dtype=np.float32)",
            21,
            |g, v| g.fill_standard_gamma_f32(f32::NAN, v),
        ),
        case(p, 4, "g.standard_gamma(np.inf, {n})", 20, |g, v| {
            g.fill_standard_gamma(f64::INFINITY, v)
        }),
        case(p, 4, "g.standard_gamma(-0.0, {n})", 20, |g, v| {
            g.fill_standard_gamma(-0.0, v)
        }),
        case(
            p,
            4,
            "g.standard_gamma(-1, {n}, dtype=np.float32)",
            20,
            |g, v| g.fill_standard_gamma_f32(-1.0, v),
        ),
        case(p, 4, "g.gamma(1, -0.0, {n})", 20, |g, v| {
            g.fill_gamma(1.0, -0.0, v)
        }),
        case(p, 4, "g.gamma(-1, -1, {n})", 20, |g, v| {
            g.fill_gamma(-1.0, -1.0, v)
        }),
        case(p, 4, "g.beta(np.nan, 1, {n})", 20, move |g, v| {
            g.fill_beta(nan, 1.0, v)
        }),
        case(p, 4, "g.beta(0, 1, {n})", 20, |g, v| {
            g.fill_beta(0.0, 1.0, v)
        }),
        case(p, 4, "g.beta(1, -1, {n})", 20, |g, v| {
            g.fill_beta(1.0, -1.0, v)
        }),
        case(p, 4, "g.chisquare(0, {n})", 20, |g, v| {
            g.fill_chisquare(0.0, v)
        }),
        case(p, 4, "g.chisquare(np.nan, {n})", 20, move |g, v| {
            g.fill_chisquare(nan, v)
        }),
        scalars(p, 5, "g.standard_gamma(0.25, dtype=np.float32)", 9, |g| {
            g.next_standard_gamma_f32(0.25).map(f64::from)
        }),
        scalars(p, 5, "g.gamma(0.25, 3)", 9, |g| g.next_gamma(0.25, 3.0)),
        scalars(p, 5, "g.beta(0.25, 3)", 9, |g| g.next_beta(0.25, 3.0)),
        scalars(p, 5, "g.chisquare(3)", 9, |g| g.next_chisquare(3.0)),
        scalars(p, 5, "g.standard_gamma(2)", 9, |g| {
            g.next_standard_gamma(2.0)
        }),
    ]);
    compare(cs);
}

#[test]
fn numpy_poisson_binomial_geometric() {
    let mut cs = Vec::new();
    for seed in SEEDS {
        for lam in [
            0.0,
            1e-3,
            3.0,
            9.99,
            10.0,
            10.5,
            37.0,
            1e5,
            1e12,
            1e18,
            POISSON_LAM_MAX,
        ] {
            cs.push(case(
                P,
                seed,
                &format!("g.poisson({lam:?}, {{n}})"),
                3000,
                move |g, v| g.fill_poisson(lam, v),
            ));
        }
        for (n, p) in [
            (10, 0.3),
            (1000, 0.4),
            (1000, 0.6),
            (5, 1e-9),
            (0, 0.5),
            (10, 0.0),
            (10, 1.0),
            (60, 0.5),
            (61, 0.5),
            (100, 0.31),
            (100, 0.69),
            (1_000_000, 1e-5),
            (1 << 40, 0.3),
            (i64::MAX, 1e-18),
            (50_000, 0.5),
            (1_000_000_000, 0.999_999_9),
        ] {
            cs.push(case(
                P,
                seed,
                &format!("g.binomial({n}, {p:?}, {{n}})"),
                3000,
                move |g, v| g.fill_binomial(n, p, v),
            ));
        }
        for p in [
            0.5,
            0.1,
            1e-9,
            1.0,
            1.0 / 3.0,
            0.333_333_333_333_333,
            0.9,
            1e-300,
        ] {
            cs.push(case(
                P,
                seed,
                &format!("g.geometric({p:?}, {{n}})"),
                3000,
                move |g, v| g.fill_geometric(p, v),
            ));
        }
    }
    for alg in [Mt19937, Philox, Sfc64, Pcg64Dxsm] {
        cs.push(case(alg, 9, "g.poisson(50, {n})", 2000, |g, v| {
            g.fill_poisson(50.0, v)
        }));
        cs.push(case(alg, 9, "g.poisson(4, {n})", 2000, |g, v| {
            g.fill_poisson(4.0, v)
        }));
        cs.push(case(alg, 9, "g.binomial(500, 0.25, {n})", 2000, |g, v| {
            g.fill_binomial(500, 0.25, v)
        }));
        cs.push(case(alg, 9, "g.binomial(20, 0.75, {n})", 2000, |g, v| {
            g.fill_binomial(20, 0.75, v)
        }));
        cs.push(case(alg, 9, "g.geometric(0.05, {n})", 2000, |g, v| {
            g.fill_geometric(0.05, v)
        }));
    }
    let p = P;
    cs.extend([
        case(p, 6, "g.poisson(-1, {n})", 5, |g, v| {
            g.fill_poisson(-1.0, v)
        }),
        case(p, 6, "g.poisson(-0.0, {n})", 5, |g, v| {
            g.fill_poisson(-0.0, v)
        }),
        case(p, 6, "g.poisson(np.nan, {n})", 5, |g, v| {
            g.fill_poisson(f64::NAN, v)
        }),
        case(p, 6, "g.poisson(1e19, {n})", 5, |g, v| {
            g.fill_poisson(1e19, v)
        }),
        case(p, 6, "g.poisson(np.inf, {n})", 5, |g, v| {
            g.fill_poisson(f64::INFINITY, v)
        }),
        case(p, 6, "g.binomial(-1, 0.5, {n})", 5, |g, v| {
            g.fill_binomial(-1, 0.5, v)
        }),
        case(p, 6, "g.binomial(5, np.nan, {n})", 5, |g, v| {
            g.fill_binomial(5, f64::NAN, v)
        }),
        case(p, 6, "g.binomial(5, 1.5, {n})", 5, |g, v| {
            g.fill_binomial(5, 1.5, v)
        }),
        case(p, 6, "g.binomial(-5, -0.5, {n})", 5, |g, v| {
            g.fill_binomial(-5, -0.5, v)
        }),
        case(p, 6, "g.binomial(5, -0.0, {n})", 5, |g, v| {
            g.fill_binomial(5, -0.0, v)
        }),
        case(p, 6, "g.geometric(0, {n})", 5, |g, v| {
            g.fill_geometric(0.0, v)
        }),
        case(p, 6, "g.geometric(1.5, {n})", 5, |g, v| {
            g.fill_geometric(1.5, v)
        }),
        case(p, 6, "g.geometric(np.nan, {n})", 5, |g, v| {
            g.fill_geometric(f64::NAN, v)
        }),
        scalars(p, 8, "g.poisson(12.5)", 9, |g| g.next_poisson(12.5)),
        scalars(p, 8, "g.binomial(1000, 0.5)", 9, |g| {
            g.next_binomial(1000, 0.5)
        }),
        scalars(p, 8, "g.binomial(10, 0.5)", 9, |g| g.next_binomial(10, 0.5)),
        scalars(p, 8, "g.geometric(0.2)", 9, |g| g.next_geometric(0.2)),
    ]);
    compare(cs);
}

#[test]
fn numpy_permutation_shuffle() {
    let mut cs = Vec::new();
    for seed in SEEDS {
        for n in [0, 1, 2, 10, 1000, 70_000] {
            cs.push(case(
                P,
                seed,
                "g.permutation({n})",
                n,
                inf(|g, v| g.fill_permutation(v)),
            ));
        }
        cs.push(case(
            P,
            seed,
            "shuf(g, np.arange({n}, dtype=np.float64) * 0.5)",
            777,
            |g, v: &mut [f64]| {
                for (i, x) in v.iter_mut().enumerate() {
                    *x = i as f64 * 0.5;
                }
                g.shuffle(v);
                Ok(())
            },
        ));
        cs.push(case(
            P,
            seed,
            "shuf(g, list(range({n})))",
            300,
            |g, v: &mut [i64]| {
                for (i, x) in v.iter_mut().enumerate() {
                    *x = i as i64;
                }
                g.shuffle(v);
                Ok(())
            },
        ));
    }
    for alg in [Mt19937, Philox, Sfc64, Pcg64Dxsm] {
        cs.push(case(
            alg,
            11,
            "g.permutation({n})",
            5000,
            inf(|g, v| g.fill_permutation(v)),
        ));
    }
    compare(cs);
}
