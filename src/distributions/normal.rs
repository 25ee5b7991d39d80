//! Normal variates by NumPy's 256-layer ziggurat (`random_standard_normal`,
//! `random_standard_normal_f`, `random_normal`, `random_lognormal` in distributions.c).

use super::blocks::{Draw32, Draw64, Single};
use super::uniform::uniform_f;
use super::ziggurat_tables::{FI_DOUBLE, FI_FLOAT, KI_DOUBLE, KI_FLOAT, WI_DOUBLE, WI_FLOAT};
use crate::common::RawBits;

/// `ziggurat_nor_r`: where the base layer's tail starts.
#[allow(clippy::excessive_precision)] // NumPy's literal, verbatim
const NOR_R: f64 = 3.6541528853610087963519472518;
/// `ziggurat_nor_inv_r`, NumPy's literal (not computed as `1 / NOR_R`).
#[allow(clippy::excessive_precision)] // NumPy's literal, verbatim
const NOR_INV_R: f64 = 0.27366123732975827203338247596;
#[allow(clippy::excessive_precision)] // NumPy's literal, verbatim
const NOR_R_F: f32 = 3.6541528853610087963519472518;
#[allow(clippy::excessive_precision)] // NumPy's literal, verbatim
const NOR_INV_R_F: f32 = 0.27366123732975827203338247596;

/// `random_standard_normal`. One `next_uint64` gives the layer (bits 0-7), the sign (bit 8)
/// and a 52-bit magnitude (bits 9-60); about 99.3% of draws end at the first comparison.
#[inline]
pub fn random_standard_normal<R: RawBits + ?Sized>(bitgen: &mut R) -> f64 {
    standard_normal(&mut Single(bitgen))
}

/// `random_standard_normal` on any source.
#[inline(always)]
pub(crate) fn standard_normal<D: Draw64>(d: &mut D) -> f64 {
    loop {
        let r = d.u64();
        if let Some(x) = normal_first(r) {
            return x;
        }
        if let Some(v) = normal_unlikely(d, r) {
            return v;
        }
    }
}

/// The layer (bits 0-7), sign (bit 8) and magnitude (bits 9-60) of a draw, and its candidate.
#[inline(always)]
fn normal_candidate(r: u64) -> (usize, u64, f64) {
    let idx = (r & 0xff) as usize;
    let r = r >> 8;
    let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
    // NumPy negates when the sign bit is set; flipping the sign bit is the same and branchless.
    let x = f64::from_bits((rabs as f64 * WI_DOUBLE[idx]).to_bits() ^ ((r & 1) << 63));
    (idx, rabs, x)
}

/// The fast path of one draw (about 99.3% of them): the value, or `None` for the slow path.
#[inline(always)]
pub(crate) fn normal_first(r: u64) -> Option<f64> {
    let (idx, rabs, x) = normal_candidate(r);
    (rabs < KI_DOUBLE[idx]).then_some(x)
}

/// The tail (layer 0) and wedge tests of `random_standard_normal` for a draw `r` that failed
/// the fast path; `None` means start again with a new 64-bit draw.
#[cold]
#[inline(never)]
fn normal_unlikely<D: Draw64>(d: &mut D, r: u64) -> Option<f64> {
    let (idx, rabs, x) = normal_candidate(r);
    if idx == 0 {
        // Marsaglia's tail method; log1p(-U) rather than log(U) avoids log(0) (NumPy gh-13361).
        loop {
            let xx = -NOR_INV_R * (-d.double()).ln_1p();
            let yy = -(-d.double()).ln_1p();
            if yy + yy > xx * xx {
                // The tail's sign is bit 8 of the magnitude, not the sign bit drawn above.
                return Some(if (rabs >> 8) & 1 == 1 {
                    -(NOR_R + xx)
                } else {
                    NOR_R + xx
                });
            }
        }
    }
    let f = (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * d.double() + FI_DOUBLE[idx];
    (f < (-0.5 * x * x).exp()).then_some(x)
}

/// `random_standard_normal_f`: one `next_uint32` gives the layer (bits 0-7), the sign (bit 8)
/// and a 23-bit magnitude (bits 9-31).
#[inline]
pub fn random_standard_normal_f<R: RawBits + ?Sized>(bitgen: &mut R) -> f32 {
    standard_normal_f(&mut Single(bitgen))
}

/// `random_standard_normal_f` on any source.
#[inline(always)]
pub(crate) fn standard_normal_f<D: Draw32>(d: &mut D) -> f32 {
    loop {
        let r = d.u32();
        if let Some(x) = normal_first_f(r) {
            return x;
        }
        if let Some(v) = normal_unlikely_f(d, r) {
            return v;
        }
    }
}

/// The layer (bits 0-7), sign (bit 8) and 23-bit magnitude (bits 9-31) of a draw, and its
/// candidate.
#[inline(always)]
fn normal_candidate_f(r: u32) -> (usize, u32, f32) {
    let idx = (r & 0xff) as usize;
    let rabs = (r >> 9) & 0x007f_ffff;
    let x = f32::from_bits((rabs as f32 * WI_FLOAT[idx]).to_bits() ^ (((r >> 8) & 1) << 31));
    (idx, rabs, x)
}

/// The fast path of one 32-bit draw.
#[inline(always)]
pub(crate) fn normal_first_f(r: u32) -> Option<f32> {
    let (idx, rabs, x) = normal_candidate_f(r);
    (rabs < KI_FLOAT[idx]).then_some(x)
}

#[cold]
#[inline(never)]
fn normal_unlikely_f<D: Draw32>(d: &mut D, r: u32) -> Option<f32> {
    let (idx, rabs, x) = normal_candidate_f(r);
    if idx == 0 {
        // All in float, with log1pf.
        loop {
            let xx = -NOR_INV_R_F * (-uniform_f(d.u32())).ln_1p();
            let yy = -(-uniform_f(d.u32())).ln_1p();
            if yy + yy > xx * xx {
                return Some(if (rabs >> 8) & 1 == 1 {
                    -(NOR_R_F + xx)
                } else {
                    NOR_R_F + xx
                });
            }
        }
    }
    // The left side is float; NumPy compares it with the double `exp(-0.5 * x * x)`.
    let f = (FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * uniform_f(d.u32()) + FI_FLOAT[idx];
    let xd = f64::from(x);
    (f64::from(f) < (-0.5 * xd * xd).exp()).then_some(x)
}

/// `random_normal`: `loc + scale * N(0, 1)`.
#[inline]
pub fn random_normal<R: RawBits + ?Sized>(bitgen: &mut R, loc: f64, scale: f64) -> f64 {
    loc + scale * random_standard_normal(bitgen)
}

/// `random_lognormal`: `exp(mean + sigma * N(0, 1))`.
#[inline]
pub fn random_lognormal<R: RawBits + ?Sized>(bitgen: &mut R, mean: f64, sigma: f64) -> f64 {
    random_normal(bitgen, mean, sigma).exp()
}
