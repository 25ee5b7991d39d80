//! `multivariate_normal` against NumPy: the golden cases of tests/data/mvnormal.txt and, when
//! NumPy is importable, fresh random cases (both written by scripts/gen/mvnormal_vectors.py;
//! format in tests/data/FORMAT.md). Each value within the line's tolerance, the warning and
//! error outcomes NumPy's, and the generator's next raw value exact.

#[path = "common/live.rs"]
mod live;

use randstreams::distributions::Generator;
use randstreams::distributions::mvnormal::MvnFactor;
use randstreams::{Algorithm, BitGenerator, SeedSequence};
use std::path::Path;
use std::sync::Arc;

fn num(t: &str) -> f64 {
    match t {
        "nan" => f64::NAN,
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        _ => t.parse().unwrap_or_else(|_| panic!("bad number {t:?}")),
    }
}

/// Checks every `mvn` line; returns how many values were compared.
fn check_text(text: &str, origin: &str) -> usize {
    let mut values = 0;
    for (no, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.first() != Some(&"mvn") {
            continue;
        }
        let at = format!("{origin} line {}", no + 1);
        let (alg, seed, method, check_valid) = (f[1], f[2].parse::<u64>().unwrap(), f[3], f[4]);
        let (tol, k, n, atol) = (
            num(f[5]),
            f[6].parse::<usize>().unwrap(),
            f[7].parse::<usize>().unwrap(),
            num(f[8]),
        );
        let (status, next) = (f[9], u64::from_str_radix(f[10], 16).unwrap());
        let v: Vec<f64> = f[11..].iter().map(|t| num(t)).collect();
        let (mean, cov, want) = (&v[..k], &v[k..k + k * k], &v[k + k * k..]);
        let mut bg = BitGenerator::new(
            Algorithm::from_name(alg).unwrap(),
            Arc::new(SeedSequence::from_u64(seed)),
        );
        let mut out = vec![f64::from_bits(0x7ff4_dead_beef_0000); n * k];
        let r = Generator::new(&mut bg).fill_multivariate_normal(
            mean,
            cov,
            method,
            check_valid,
            tol,
            &mut out,
        );
        match (status, r) {
            ("error", Err(_)) => assert!(
                out.iter().all(|x| x.to_bits() == 0x7ff4_dead_beef_0000),
                "{at}: written on error"
            ),
            ("ok", Ok(false)) | ("warn", Ok(true)) => {
                assert_eq!(want.len(), out.len(), "{at}");
                for (i, (o, w)) in out.iter().zip(want).enumerate() {
                    let close = (o - w).abs() <= atol || (o.is_nan() && w.is_nan());
                    assert!(
                        close,
                        "{at}: value {i}: {o} vs NumPy's {w} (tolerance {atol})"
                    );
                }
                values += out.len();
            }
            (s, r) => panic!("{at}: NumPy's outcome {s}, ours {r:?}"),
        }
        let mut raw = [0u64];
        bg.random_raw(&mut raw);
        assert_eq!(raw[0], next, "{at}: the generator's state after the call");
    }
    values
}

#[test]
fn golden_vectors() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/mvnormal.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let n = check_text(&text, "mvnormal.txt");
    assert!(n > 1000, "only {n} values");
}

/// Fresh random cases from NumPy. Skipped without NumPy unless RANDSTREAMS_REQUIRE_NUMPY is
/// set; RANDSTREAMS_LIVE_SEED replays.
#[test]
fn live_numpy_cases() {
    let Some((seed, cases)) = live::numpy_cases("mvnormal_vectors.py", 90) else {
        return;
    };
    let n = check_text(&cases, &format!("live seed {seed}"));
    assert!(n > 0);
    println!("{n} live values within tolerance");
}

/// A factor made once gives what the one-call form gives, and the checks refuse before drawing.
#[test]
fn factor_reuse_and_refusals() {
    let cov = [4.0, 1.0, 1.0, 3.0];
    let mean = [1.0, -1.0];
    let mk = || BitGenerator::new(Algorithm::Pcg64, Arc::new(SeedSequence::from_u64(7)));
    let (mut a, mut b) = (mk(), mk());
    let mut x = [0.0; 8];
    let mut y = [0.0; 8];
    Generator::new(&mut a)
        .fill_multivariate_normal(&mean, &cov, "eigh", "warn", 1e-8, &mut x)
        .unwrap();
    let f = MvnFactor::new(&cov, 2, "eigh", "warn", 1e-8).unwrap();
    Generator::new(&mut b)
        .fill_multivariate_normal_with(&f, &mean, &mut y)
        .unwrap();
    assert_eq!(x, y);
    let fresh = mk();
    let mut c = mk();
    let bad = [1.0, 2.0, 2.0, 1.0];
    for (cov, method, check, msg) in [
        (
            &bad,
            "svd",
            "raise",
            "covariance is not symmetric positive-semidefinite.",
        ),
        (&bad, "cholesky", "warn", "Matrix is not positive definite"),
        (
            &cov,
            "qr",
            "warn",
            "method must be one of {'eigh', 'svd', 'cholesky'}",
        ),
        (
            &cov,
            "eigh",
            "loud",
            "check_valid must equal 'warn', 'raise', or 'ignore'",
        ),
        (
            &[f64::NAN, 0.0, 0.0, 1.0],
            "svd",
            "warn",
            "cov must be finite (cov[0][0] is NaN)",
        ),
    ] {
        let e = Generator::new(&mut c)
            .fill_multivariate_normal(&mean, cov, method, check, 1e-8, &mut x);
        assert_eq!(e.unwrap_err().message(), msg);
    }
    assert_eq!(c, fresh, "a refused call draws nothing");
    // cholesky ignores check_valid, as NumPy does.
    Generator::new(&mut c)
        .fill_multivariate_normal(&mean, &cov, "cholesky", "loud", 1e-8, &mut x)
        .unwrap();
}
