//! The continuous distributions built on the ziggurat normal and exponential and on uniform
//! doubles (numpy/random/src/distributions/distributions.c), one kernel per NumPy C function.

use super::normal::random_standard_normal;
use crate::common::RawBits;

/// `random_standard_cauchy`: `n1 / n2` of two standard normals, `n1` drawn first (NumPy
/// assigns each to a temporary, so the order is fixed).
#[inline]
pub fn random_standard_cauchy<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    let n1 = random_standard_normal(bitgen);
    let n2 = random_standard_normal(bitgen);
    n1 / n2
}
