//! Exponential variates: NumPy's ziggurat (`random_standard_exponential`,
//! `random_standard_exponential_f`), its inversion fills (`method != 'zig'`) and
//! `random_exponential` (distributions.c).

use super::uniform::random_standard_uniform_f;
use super::ziggurat_tables::{FE_DOUBLE, FE_FLOAT, KE_DOUBLE, KE_FLOAT, WE_DOUBLE, WE_FLOAT};
use crate::common::RawBits;

/// `ziggurat_exp_r`: where the base layer's tail starts (NumPy's literals, verbatim).
#[allow(clippy::excessive_precision)]
const EXP_R: f64 = 7.6971174701310497140446280481;
#[allow(clippy::excessive_precision)]
const EXP_R_F: f32 = 7.6971174701310497140446280481;

/// `random_standard_exponential`. Of one `next_uint64`, bits 0-2 are dropped, bits 3-10 pick
/// the layer and bits 11-63 are the magnitude; about 98.9% of draws end at the first test.
#[inline]
pub fn random_standard_exponential<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    loop {
        let ri = bitgen.next_u64() >> 3;
        let idx = (ri & 0xff) as usize;
        let ri = ri >> 8;
        let x = ri as f64 * WE_DOUBLE[idx];
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if let Some(v) = exponential_unlikely(bitgen, idx, x) {
            return v;
        }
    }
}

/// `standard_exponential_unlikely`: the tail, or the wedge test; `None` is NumPy's recursive
/// restart.
#[cold]
#[inline(never)]
fn exponential_unlikely<R: RawBits + ?Sized>(bitgen: &mut R, idx: usize, x: f64) -> Option<f64> {
    if idx == 0 {
        // The tail is memoryless: r + Exp(1), by inversion with log1p(-U) (NumPy gh-13361).
        return Some(EXP_R - (-bitgen.next_double()).ln_1p());
    }
    let f = (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bitgen.next_double() + FE_DOUBLE[idx];
    (f < (-x).exp()).then_some(x)
}

/// `random_standard_exponential_f`: `next_uint32 >> 1`, then the layer in bits 0-7 and a
/// 23-bit magnitude.
#[inline]
pub fn random_standard_exponential_f<R: RawBits + ?Sized>(bitgen: &mut R) -> f32 {
    loop {
        let ri = bitgen.next_u32() >> 1;
        let idx = (ri & 0xff) as usize;
        let ri = ri >> 8;
        let x = ri as f32 * WE_FLOAT[idx];
        if ri < KE_FLOAT[idx] {
            return x;
        }
        if let Some(v) = exponential_unlikely_f(bitgen, idx, x) {
            return v;
        }
    }
}

/// `standard_exponential_unlikely_f`: all in float, with `log1pf` and `expf`.
#[cold]
#[inline(never)]
fn exponential_unlikely_f<R: RawBits + ?Sized>(bitgen: &mut R, idx: usize, x: f32) -> Option<f32> {
    if idx == 0 {
        return Some(EXP_R_F - (-random_standard_uniform_f(bitgen)).ln_1p());
    }
    let f = (FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * random_standard_uniform_f(bitgen) + FE_FLOAT[idx];
    (f < (-x).exp()).then_some(x)
}

/// One value of `random_standard_exponential_inv_fill`: `-log1p(-U)`.
#[inline]
pub fn random_standard_exponential_inv<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    -(-bitgen.next_double()).ln_1p()
}

/// One value of `random_standard_exponential_inv_fill_f`: the float uniform goes through the
/// double `log1p` (not `log1pf`), then is rounded to float.
#[inline]
pub fn random_standard_exponential_inv_f<R: RawBits + ?Sized>(bitgen: &mut R) -> f32 {
    -(-f64::from(random_standard_uniform_f(bitgen))).ln_1p() as f32
}

/// `random_exponential`: `scale * Exp(1)`.
#[inline]
pub fn random_exponential<R: RawBits + ?Sized>(bitgen: &mut R, scale: f64) -> f64 {
    scale * random_standard_exponential(bitgen)
}
