//! MT19937's block draws for the distribution fills.
//!
//! MT19937's `next_double` takes two outputs as `(a >> 5, b >> 6)`: a function of one
//! `next_u64` word (`a << 32 | b`), so distribution fills can draw doubles through `fill_u64`
//! blocks. That mapping lives here rather than in `impl RawBits for Mt19937` so that the
//! twist and fills (`mod.rs`) can change independently; [`Mt19937Blocks`] adds it,
//! and `with_core!` hands it to bulk code in place of the bare generator.

use super::Mt19937;
use crate::common::RawBits;

/// `next_double` of the `next_u64` word `w = a << 32 | b`: `(a >> 5) * 2^26 + (b >> 6)`, scaled
/// by 2^-53.
#[inline(always)]
pub(crate) fn mt_word_double(w: u64) -> f64 {
    let a = ((w >> 32) as u32) >> 5;
    let b = (w as u32) >> 6;
    (f64::from(a) * 67_108_864.0 + f64::from(b)) / 9_007_199_254_740_992.0
}

/// MT19937 with its block draws: every output is the bare generator's.
pub struct Mt19937Blocks<'a>(pub &'a mut Mt19937);

impl RawBits for Mt19937Blocks<'_> {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    #[inline(always)]
    fn next_u32(&mut self) -> u32 {
        self.0.next_u32()
    }
    #[inline(always)]
    fn next_double(&mut self) -> f64 {
        self.0.next_double()
    }
    #[inline(always)]
    fn next_raw(&mut self) -> u64 {
        self.0.next_raw()
    }
    fn fill_u64(&mut self, out: &mut [u64]) {
        self.0.fill_u64(out)
    }
    fn fill_raw(&mut self, out: &mut [u64]) {
        self.0.fill_raw(out)
    }
    fn fill_u32(&mut self, out: &mut [u32]) {
        self.0.fill_u32(out)
    }
    #[inline(always)]
    fn word_double(&self) -> Option<fn(u64) -> f64> {
        Some(mt_word_double)
    }
    fn fill_double(&mut self, out: &mut [f64]) {
        crate::common::fill_double_blocks(self, out, mt_word_double)
    }
}
