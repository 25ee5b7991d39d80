//! The covariance factorisations of `multivariate_normal`, by the LAPACK routines NumPy's
//! `numpy.linalg` calls (numpy/linalg/umath_linalg.cpp): `dgesdd` (`svd`, full matrices),
//! `dsyevd` (`eigh`, lower triangle) and `dpotrf` (`cholesky`, lower triangle). The same
//! routines give the same singular and eigenvectors, signs included, which no other
//! factorisation can promise (docs/guarantees.md has the measurements).
//!
//! Matrices are `k*k` row-major slices here; LAPACK's column-major layout is converted at the
//! call. Built without the `lapack` feature, every function returns `Err(NotBuilt)`.

/// Why a factorisation gave no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// LAPACK's `info > 0`: no convergence (svd, eigh) or not positive definite (cholesky).
    #[cfg_attr(not(feature = "lapack"), allow(dead_code))]
    Numerical,
    /// The library was built without the `lapack` feature.
    #[cfg_attr(feature = "lapack", allow(dead_code))]
    NotBuilt,
}

/// The largest `k` whose `k*k` fits LAPACK's 32-bit index arithmetic.
pub(crate) const MAX_K: usize = 46340;

/// `cov = u @ diag(s) @ vt`, each `k*k` row-major, `s` descending.
pub(crate) struct Svd {
    pub(crate) u: Vec<f64>,
    pub(crate) s: Vec<f64>,
    pub(crate) vt: Vec<f64>,
}

#[cfg(feature = "lapack")]
mod imp {
    #![allow(unsafe_code)]
    use super::{Failure, Svd};

    /// Column-major copy of a row-major `k*k` matrix (its transpose, read as Fortran).
    fn to_col(a: &[f64], k: usize) -> Vec<f64> {
        (0..k * k).map(|p| a[(p % k) * k + p / k]).collect()
    }

    /// Row-major copy of a column-major `k*k` matrix.
    fn to_row(c: &[f64], k: usize) -> Vec<f64> {
        (0..k * k).map(|p| c[(p % k) * k + p / k]).collect()
    }

    fn n32(k: usize) -> i32 {
        i32::try_from(k).expect("k <= MAX_K was checked")
    }

    /// The workspace size a `lwork = -1` query answered (LAPACK returns it as a double).
    fn queried(w: f64) -> usize {
        (w as usize).max(1)
    }

    pub(crate) fn svd(a: &[f64], k: usize) -> Result<Svd, Failure> {
        let n = n32(k);
        let mut col = to_col(a, k);
        let (mut s, mut u, mut vt) = (vec![0.0; k], vec![0.0; k * k], vec![0.0; k * k]);
        let mut iwork = vec![0i32; 8 * k];
        let (mut info, mut q) = (0, [0.0]);
        // SAFETY: every slice has the length LAPACK reads or writes for m = n = lda = ldu =
        // ldvt = k and jobz = 'A'; lwork = -1 asks for the workspace size only.
        unsafe {
            lapack::dgesdd(
                b'A', n, n, &mut col, n, &mut s, &mut u, n, &mut vt, n, &mut q, -1, &mut iwork,
                &mut info,
            );
        }
        let lwork = queried(q[0]);
        let mut work = vec![0.0; lwork];
        // SAFETY: as above, with `lwork` doubles of workspace.
        unsafe {
            lapack::dgesdd(
                b'A',
                n,
                n,
                &mut col,
                n,
                &mut s,
                &mut u,
                n,
                &mut vt,
                n,
                &mut work,
                lwork as i32,
                &mut iwork,
                &mut info,
            );
        }
        match info {
            0 => Ok(Svd {
                u: to_row(&u, k),
                s,
                vt: to_row(&vt, k),
            }),
            i if i > 0 => Err(Failure::Numerical),
            _ => unreachable!("dgesdd: argument {} rejected", -info),
        }
    }

    pub(crate) fn eigh(a: &[f64], k: usize) -> Result<(Vec<f64>, Vec<f64>), Failure> {
        let n = n32(k);
        let mut col = to_col(a, k);
        let mut w = vec![0.0; k];
        let (mut info, mut q, mut iq) = (0, [0.0], [0i32]);
        // SAFETY: `col` is k*k with lda = k, `w` has k values; lwork = liwork = -1 asks for the
        // workspace sizes only.
        unsafe {
            lapack::dsyevd(
                b'V', b'L', n, &mut col, n, &mut w, &mut q, -1, &mut iq, -1, &mut info,
            );
        }
        let lwork = queried(q[0]);
        let liwork = (iq[0].max(1)) as usize;
        let (mut work, mut iwork) = (vec![0.0; lwork], vec![0i32; liwork]);
        // SAFETY: as above, with the queried workspaces.
        unsafe {
            lapack::dsyevd(
                b'V',
                b'L',
                n,
                &mut col,
                n,
                &mut w,
                &mut work,
                lwork as i32,
                &mut iwork,
                liwork as i32,
                &mut info,
            );
        }
        match info {
            0 => Ok((w, to_row(&col, k))),
            i if i > 0 => Err(Failure::Numerical),
            _ => unreachable!("dsyevd: argument {} rejected", -info),
        }
    }

    pub(crate) fn cholesky(a: &[f64], k: usize) -> Result<Vec<f64>, Failure> {
        let n = n32(k);
        let mut col = to_col(a, k);
        let mut info = 0;
        // SAFETY: `col` is k*k with lda = k.
        unsafe { lapack::dpotrf(b'L', n, &mut col, n, &mut info) };
        match info {
            0 => {
                let mut l = to_row(&col, k);
                // dpotrf leaves the upper triangle as it was; NumPy zeroes it.
                for r in 0..k {
                    l[r * k + r + 1..(r + 1) * k].fill(0.0);
                }
                Ok(l)
            }
            i if i > 0 => Err(Failure::Numerical),
            _ => unreachable!("dpotrf: argument {} rejected", -info),
        }
    }
}

#[cfg(not(feature = "lapack"))]
mod imp {
    use super::{Failure, Svd};
    pub(crate) fn svd(_: &[f64], _: usize) -> Result<Svd, Failure> {
        Err(Failure::NotBuilt)
    }
    pub(crate) fn eigh(_: &[f64], _: usize) -> Result<(Vec<f64>, Vec<f64>), Failure> {
        Err(Failure::NotBuilt)
    }
    pub(crate) fn cholesky(_: &[f64], _: usize) -> Result<Vec<f64>, Failure> {
        Err(Failure::NotBuilt)
    }
}

pub(crate) use imp::{cholesky, eigh, svd};
