//! Uniform floats: NumPy's `next_double`, `next_float` and `random_uniform`
//! (distributions.c).

use crate::common::RawBits;

/// `random_standard_uniform`: the bit generator's `next_double`, in [0, 1).
#[inline(always)]
pub fn random_standard_uniform<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    bitgen.next_double()
}

/// `next_float` / `random_standard_uniform_f`: the top 24 bits of a (half-buffered)
/// `next_uint32`, times 2^-24, in float arithmetic.
#[inline(always)]
pub fn random_standard_uniform_f<R: RawBits + ?Sized>(bitgen: &mut R) -> f32 {
    uniform_f(bitgen.next_u32())
}

/// `next_float` of the `next_uint32` word `w`.
#[inline(always)]
pub(crate) fn uniform_f(w: u32) -> f32 {
    (w >> 8) as f32 * (1.0f32 / 16777216.0f32)
}

/// `random_uniform`: `lower + range * U`. The caller has checked that `range` is finite and
/// has no sign bit.
#[inline(always)]
pub fn random_uniform<R: RawBits + ?Sized>(bitgen: &mut R, lower: f64, range: f64) -> f64 {
    lower + range * bitgen.next_double()
}
