//! PCG64DXSM (PCG CM-DXSM 128/64) as NumPy implements it (numpy/random/_pcg64.pyx).
//!
//! A 128-bit LCG with a 64-bit "cheap" multiplier, output from the state before the step through
//! the DXSM permutation. Not cryptographic. NumPy seeds it exactly as PCG64, with PCG64's 128-bit
//! multiplier, so `PCG64DXSM(s)` and `PCG64(s)` start from the same state.

use super::lcg128::{self, Lcg, PCG_JUMP_STEP, lcg_advance, seeded_lcg};
use crate::common::{HalfWord, RawBits, impl_rand_core, u64_to_double};
use crate::seed_sequence::SeedSequence;
use crate::simd::SimdPath;

pub use super::lcg128::PCG_CHEAP_MULTIPLIER;

/// The PCG64DXSM bit generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pcg64Dxsm {
    /// The LCG state.
    pub state: u128,
    /// The LCG increment.
    pub inc: u128,
    /// The pending 32-bit half word.
    pub half: HalfWord,
}

impl Pcg64Dxsm {
    /// `PCG64DXSM(seed_seq)`.
    pub fn new(seed_seq: &SeedSequence) -> Pcg64Dxsm {
        let (state, inc) = seeded_lcg(seed_seq);
        Pcg64Dxsm {
            state,
            inc,
            half: HalfWord::default(),
        }
    }

    /// `advance(delta)` in outputs (mod 2^128); drops a pending half word.
    pub fn advance(&mut self, delta: u128) {
        self.state = lcg_advance(
            self.state,
            delta,
            u128::from(PCG_CHEAP_MULTIPLIER),
            self.inc,
        );
        self.half.clear();
    }

    /// `jumped(jumps)`: a copy advanced by `jumps * PCG_JUMP_STEP` (mod 2^128).
    pub fn jumped(&self, jumps: u128) -> Pcg64Dxsm {
        let mut g = self.clone();
        g.advance(PCG_JUMP_STEP.wrapping_mul(jumps));
        g
    }

    /// `f` of each of `out.len()` `next_u64` values, the state kept in registers. Serial: the
    /// cheap multiplier's powers are full 128-bit numbers, so interleaved scalar lanes cost an
    /// extra multiply per step and measured slower; AVX-512's lanes (`lcg128`) are another
    /// matter.
    #[inline(always)]
    fn fill_map<T>(&mut self, out: &mut [T], f: impl Fn(u64) -> T) {
        let mut g = self.clone();
        for o in out.iter_mut() {
            *o = f(g.next_u64());
        }
        self.state = g.state;
    }
    /// `fill_u64` on a given [`SimdPath`]: the AVX-512 path runs the whole 16-value blocks in
    /// `lcg128`, the rest here. `fill_u64` takes the selected path; the test seams any.
    pub(crate) fn fill_u64_on(&mut self, path: SimdPath, out: &mut [u64]) {
        let done = lcg128::fill_u64(path, Lcg::Dxsm, &mut self.state, self.inc, out);
        self.fill_map(&mut out[done..], |w| w)
    }

    /// `fill_double` on a given [`SimdPath`], as [`fill_u64_on`](Self::fill_u64_on).
    pub(crate) fn fill_double_on(&mut self, path: SimdPath, out: &mut [f64]) {
        let done = lcg128::fill_double(path, Lcg::Dxsm, &mut self.state, self.inc, out);
        self.fill_map(&mut out[done..], u64_to_double)
    }
}

impl RawBits for Pcg64Dxsm {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        let mut hi = (self.state >> 64) as u64;
        let lo = (self.state as u64) | 1;
        self.state = self
            .state
            .wrapping_mul(u128::from(PCG_CHEAP_MULTIPLIER))
            .wrapping_add(self.inc);
        hi ^= hi >> 32;
        hi = hi.wrapping_mul(PCG_CHEAP_MULTIPLIER);
        hi ^= hi >> 48;
        hi.wrapping_mul(lo)
    }

    #[inline(always)]
    fn next_u32(&mut self) -> u32 {
        let mut half = self.half;
        let v = half.next_u32(|| self.next_u64());
        self.half = half;
        v
    }

    #[inline(always)]
    fn next_double(&mut self) -> f64 {
        u64_to_double(self.next_u64())
    }

    /// Sixteen AVX-512 lanes where the CPU has them (`lcg128`), else the serial loop.
    fn fill_u64(&mut self, out: &mut [u64]) {
        self.fill_u64_on(SimdPath::selected(), out)
    }

    /// `next_raw` is `next_u64`.
    fn fill_raw(&mut self, out: &mut [u64]) {
        self.fill_u64(out)
    }

    /// Fused with the conversion: no second pass over the output.
    fn fill_double(&mut self, out: &mut [f64]) {
        self.fill_double_on(SimdPath::selected(), out)
    }

    crate::common::numpy_word_blocks!();
}

impl_rand_core!(Pcg64Dxsm);

#[cfg(test)]
mod tests {
    use super::*;

    // NumPy 2.4.6's PCG64DXSM (numpy/random/_pcg64.pyx, src/pcg64/pcg64.h), run against it.
    #[test]
    fn known_answers() {
        let mut g = Pcg64Dxsm::new(&SeedSequence::from_u64(12345));
        assert_eq!(g.jumped(1).state, 0xda564979927a0ac34c3235df117faf54);
        let mut h = g.clone();
        h.advance(10u128.pow(30));
        assert_eq!(h.state, 0x51b64ffee1813e3eb427ce3dd775add5);
        assert_eq!(
            [g.next_u64(), g.next_u64()],
            [0xee9ce7d91fd0146f, 0x5666c45f046a0883]
        );
    }
}
