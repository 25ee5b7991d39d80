//! Exponential variates: NumPy's ziggurat (`random_standard_exponential`,
//! `random_standard_exponential_f`), its inversion fills (`method != 'zig'`) and
//! `random_exponential` (distributions.c).

use super::blocks::{Draw32, Draw64, Single};
use super::uniform::{random_standard_uniform_f, uniform_f};
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
    standard_exponential(&mut Single(bitgen))
}

/// `random_standard_exponential` on any source.
#[inline(always)]
pub(crate) fn standard_exponential<D: Draw64>(d: &mut D) -> f64 {
    loop {
        let r = d.u64();
        if let Some(x) = exponential_first(r) {
            return x;
        }
        if let Some(v) = exponential_unlikely(d, r) {
            return v;
        }
    }
}

/// The layer and candidate of a draw.
#[inline(always)]
fn exponential_candidate(r: u64) -> (usize, u64, f64) {
    let ri = r >> 3;
    let idx = (ri & 0xff) as usize;
    let ri = ri >> 8;
    (idx, ri, ri as f64 * WE_DOUBLE[idx])
}

/// The fast path of one draw (about 98.9% of them).
#[inline(always)]
pub(crate) fn exponential_first(r: u64) -> Option<f64> {
    let (idx, ri, x) = exponential_candidate(r);
    (ri < KE_DOUBLE[idx]).then_some(x)
}

/// `standard_exponential_unlikely` for a draw `r` that failed the fast path: the tail, or the
/// wedge test; `None` is NumPy's recursive restart.
#[cold]
#[inline(never)]
fn exponential_unlikely<D: Draw64>(d: &mut D, r: u64) -> Option<f64> {
    let (idx, _, x) = exponential_candidate(r);
    if idx == 0 {
        // The tail is memoryless: r + Exp(1), by inversion with log1p(-U) (NumPy gh-13361).
        return Some(EXP_R - (-d.double()).ln_1p());
    }
    let f = (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * d.double() + FE_DOUBLE[idx];
    (f < (-x).exp()).then_some(x)
}

/// `random_standard_exponential_f`: `next_uint32 >> 1`, then the layer in bits 0-7 and a
/// 23-bit magnitude.
#[inline]
pub fn random_standard_exponential_f<R: RawBits + ?Sized>(bitgen: &mut R) -> f32 {
    standard_exponential_f(&mut Single(bitgen))
}

/// `random_standard_exponential_f` on any source.
#[inline(always)]
pub(crate) fn standard_exponential_f<D: Draw32>(d: &mut D) -> f32 {
    loop {
        let r = d.u32();
        if let Some(x) = exponential_first_f(r) {
            return x;
        }
        if let Some(v) = exponential_unlikely_f(d, r) {
            return v;
        }
    }
}

/// The layer (bits 1-8) and candidate (23-bit magnitude, bits 9-31) of a 32-bit draw.
#[inline(always)]
fn exponential_candidate_f(r: u32) -> (usize, u32, f32) {
    let ri = r >> 1;
    let idx = (ri & 0xff) as usize;
    let ri = ri >> 8;
    (idx, ri, ri as f32 * WE_FLOAT[idx])
}

/// The fast path of one 32-bit draw.
#[inline(always)]
pub(crate) fn exponential_first_f(r: u32) -> Option<f32> {
    let (idx, ri, x) = exponential_candidate_f(r);
    (ri < KE_FLOAT[idx]).then_some(x)
}

/// `standard_exponential_unlikely_f`: all in float, with `log1pf` and `expf`.
#[cold]
#[inline(never)]
fn exponential_unlikely_f<D: Draw32>(d: &mut D, r: u32) -> Option<f32> {
    let (idx, _, x) = exponential_candidate_f(r);
    if idx == 0 {
        return Some(EXP_R_F - (-uniform_f(d.u32())).ln_1p());
    }
    let f = (FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * uniform_f(d.u32()) + FE_FLOAT[idx];
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
