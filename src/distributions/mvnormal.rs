//! `Generator.multivariate_normal` (numpy/random/_generator.pyx, NumPy 2.4.6).
//!
//! NumPy draws `standard_normal(size + (k,))`, factorises the covariance with `numpy.linalg`
//! (`svd`: `u * sqrt(s)`; `eigh`: `u * sqrt(abs(s))`; `cholesky`: `l`) and returns
//! `mean + x @ F.T`. Here the factorisation and NumPy's validity check come first, so that a
//! call that fails has drawn nothing; the draws are then NumPy's, value for value.

use super::Generator;
use crate::common::RawBits;
use crate::error::{Error, Result};
use crate::linalg::{self, Failure};
use crate::simd::{self, Kernel, SimdPath};

/// NumPy's `method=` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MvnMethod {
    /// `numpy.linalg.svd` (NumPy's default).
    Svd,
    /// `numpy.linalg.eigh`.
    Eigh,
    /// `numpy.linalg.cholesky`.
    Cholesky,
}

impl MvnMethod {
    /// NumPy's spelling (`"svd"`, `"eigh"`, `"cholesky"`); anything else is NumPy's error.
    pub fn parse(s: &str) -> Result<MvnMethod> {
        match s {
            "svd" => Ok(MvnMethod::Svd),
            "eigh" => Ok(MvnMethod::Eigh),
            "cholesky" => Ok(MvnMethod::Cholesky),
            _ => Err(Error::invalid(
                "method must be one of {'eigh', 'svd', 'cholesky'}",
            )),
        }
    }
}

/// The text of NumPy's warning (`check_valid="warn"`) and error (`"raise"`).
pub const NOT_PSD: &str = "covariance is not symmetric positive-semidefinite.";

/// A covariance factorised as NumPy does it, ready to transform draws: `F` with
/// `F @ F.T == cov` for a valid covariance.
#[derive(Debug, Clone, PartialEq)]
pub struct MvnFactor {
    k: usize,
    /// `F`, `k*k` row-major.
    f: Vec<f64>,
    /// NumPy's check found the covariance not positive-semidefinite and `check_valid` was
    /// `"warn"`: NumPy warns and draws anyway.
    warned: bool,
}

impl MvnFactor {
    /// Checks and factorises `cov` (`k*k`, row-major) in NumPy's order: `method`, the lengths,
    /// the factorisation (`"Matrix is not positive definite"` for cholesky), then `check_valid`
    /// (not looked at for cholesky, as in NumPy) and the validity check with `tol`.
    ///
    /// Differences, before anything is drawn: `k = 0` is refused, and so is a `cov` with a NaN
    /// or an infinity (NumPy's LAPACK calls then fail or give NaN outputs).
    pub fn new(
        cov: &[f64],
        k: usize,
        method: &str,
        check_valid: &str,
        tol: f64,
    ) -> Result<MvnFactor> {
        let method = MvnMethod::parse(method)?;
        if k == 0 {
            return Err(Error::invalid("mean and cov must have length at least 1"));
        }
        if k > linalg::MAX_K {
            return Err(Error::invalid(format!(
                "cov of size {k}: LAPACK's 32-bit indices allow at most {}",
                linalg::MAX_K
            )));
        }
        if k.checked_mul(k) != Some(cov.len()) {
            return Err(Error::invalid("cov must be 2 dimensional and square"));
        }
        if let Some(i) = cov.iter().position(|v| !v.is_finite()) {
            return Err(Error::invalid(format!(
                "cov must be finite (cov[{}][{}] is {})",
                i / k,
                i % k,
                cov[i]
            )));
        }
        let failed = |f: Failure, what: &str| match f {
            Failure::Numerical => Error::invalid(what),
            Failure::NotBuilt => Error::unsupported(
                "multivariate_normal needs LAPACK: this library was built without the `lapack` feature",
            ),
        };
        let (f, psd) = match method {
            MvnMethod::Cholesky => {
                let l = linalg::cholesky(cov, k)
                    .map_err(|e| failed(e, "Matrix is not positive definite"))?;
                (l, true)
            }
            MvnMethod::Svd => {
                let d = linalg::svd(cov, k).map_err(|e| failed(e, "SVD did not converge"))?;
                // np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol)
                let psd = (0..k).all(|i| {
                    (0..k).all(|j| {
                        let mut t = 0.0;
                        for l in 0..k {
                            t = f64::mul_add(d.vt[l * k + i] * d.s[l], d.vt[l * k + j], t);
                        }
                        let c = cov[i * k + j];
                        (t - c).abs() <= tol + tol * c.abs()
                    })
                });
                let mut f = d.u;
                for row in f.chunks_exact_mut(k) {
                    for (x, s) in row.iter_mut().zip(&d.s) {
                        *x *= s.sqrt();
                    }
                }
                (f, psd)
            }
            MvnMethod::Eigh => {
                let (s, mut f) =
                    linalg::eigh(cov, k).map_err(|e| failed(e, "Eigenvalues did not converge"))?;
                let psd = !s.iter().any(|&v| v < -tol);
                for row in f.chunks_exact_mut(k) {
                    for (x, s) in row.iter_mut().zip(&s) {
                        *x *= s.abs().sqrt();
                    }
                }
                (f, psd)
            }
        };
        let mut warned = false;
        if check_valid != "ignore" && method != MvnMethod::Cholesky {
            if check_valid != "warn" && check_valid != "raise" {
                return Err(Error::invalid(
                    "check_valid must equal 'warn', 'raise', or 'ignore'",
                ));
            }
            if !psd {
                if check_valid == "raise" {
                    return Err(Error::invalid(NOT_PSD));
                }
                warned = true;
            }
        }
        Ok(MvnFactor { k, f, warned })
    }

    /// The dimension `k`.
    pub fn k(&self) -> usize {
        self.k
    }

    /// `F` (`k*k`, row-major): `svd`'s `u * sqrt(s)`, `eigh`'s `u * sqrt(abs(s))`, or the
    /// Cholesky factor.
    pub fn factor(&self) -> &[f64] {
        &self.f
    }

    /// Whether NumPy would have warned (`check_valid="warn"` on a covariance its check finds
    /// not positive-semidefinite).
    pub fn warned(&self) -> bool {
        self.warned
    }
}

/// `out[i] = mean + out[i] @ F.T` for every row `out[i]` of standard normals. Each sum is the
/// chain of fused multiply-adds in index order, which is what NumPy's OpenBLAS `dgemm` computes
/// on x86-64. Run through `simd::run`, so that `mul_add` is the FMA instruction where the CPU
/// has it (else libm's `fma`: the same values, slower).
struct Transform<'a> {
    factor: &'a MvnFactor,
    mean: &'a [f64],
    out: &'a mut [f64],
}

impl Kernel for Transform<'_> {
    type Output = ();
    #[inline(always)]
    fn call(self) {
        let k = self.factor.k;
        // F transposed: ft[l*k + j] = F[j][l]. Row by row, t[j] takes its k fused
        // multiply-adds in order l = 0, 1, ...; the k chains are independent, so the loop over j
        // runs them side by side (in vector lanes) without changing any of them.
        let ft: Vec<f64> = (0..k * k)
            .map(|p| self.factor.f[(p % k) * k + p / k])
            .collect();
        let mut t = vec![0.0; k];
        for row in self.out.chunks_exact_mut(k) {
            t.fill(0.0);
            for (zl, fl) in row.iter().zip(ft.chunks_exact(k)) {
                for (tj, fjl) in t.iter_mut().zip(fl) {
                    *tj = f64::mul_add(*zl, *fjl, *tj);
                }
            }
            for ((o, tj), m) in row.iter_mut().zip(&t).zip(self.mean) {
                *o = m + tj;
            }
        }
    }
}

impl<R: RawBits> Generator<R> {
    /// `multivariate_normal(mean, cov, size=n, check_valid, tol, method=method)` with
    /// `n = out.len() / k` rows of `k = mean.len()` values, `cov` `k*k` row-major.
    ///
    /// Returns whether NumPy would have warned that the covariance is not
    /// positive-semidefinite (`check_valid="warn"`); the values are drawn all the same, as
    /// NumPy does. On error (see [`MvnFactor::new`]) nothing is drawn or written.
    pub fn fill_multivariate_normal(
        &mut self,
        mean: &[f64],
        cov: &[f64],
        method: &str,
        check_valid: &str,
        tol: f64,
        out: &mut [f64],
    ) -> Result<bool> {
        let k = mean.len();
        let factor = MvnFactor::new(cov, k, method, check_valid, tol)?;
        self.fill_multivariate_normal_with(&factor, mean, out)?;
        Ok(factor.warned())
    }

    /// As [`Generator::fill_multivariate_normal`] with a factor made once by
    /// [`MvnFactor::new`], for many calls on the same covariance.
    pub fn fill_multivariate_normal_with(
        &mut self,
        factor: &MvnFactor,
        mean: &[f64],
        out: &mut [f64],
    ) -> Result<()> {
        let k = factor.k;
        if mean.len() != k {
            return Err(Error::invalid("mean and cov must have same length"));
        }
        if !out.len().is_multiple_of(k) {
            return Err(Error::invalid(format!(
                "the output's length {} is not a multiple of k = {k}",
                out.len()
            )));
        }
        // NumPy: x = self.standard_normal(final_shape).reshape(-1, k), in C order.
        self.fill_standard_normal(out);
        simd::run(SimdPath::selected(), Transform { factor, mean, out });
        Ok(())
    }
}
