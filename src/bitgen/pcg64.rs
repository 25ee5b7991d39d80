//! PCG64 (PCG XSL-RR 128/64) as NumPy implements it (numpy/random/_pcg64.pyx, src/pcg64/).
//!
//! 128-bit LCG state, 2^128 period per stream, 2^127 streams (the increment). Not cryptographic.
//! Seeded from `SeedSequence.generate_state(4, uint64)` with PCG's `srandom_r`; each output
//! steps the LCG and then permutes the new state.

use super::lcg128::{self, Lcg, lcg_advance, seeded_lcg};
use crate::common::{HalfWord, RawBits, impl_rand_core, u64_to_double};
use crate::seed_sequence::SeedSequence;
use crate::simd::SimdPath;

pub use super::lcg128::{PCG_DEFAULT_MULTIPLIER, PCG_JUMP_STEP};

/// The PCG64 bit generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pcg64 {
    /// The LCG state.
    pub state: u128,
    /// The LCG increment (odd when seeded; NumPy's state setter accepts any value).
    pub inc: u128,
    /// The pending 32-bit half word.
    pub half: HalfWord,
}

impl Pcg64 {
    /// `PCG64(seed_seq)`.
    pub fn new(seed_seq: &SeedSequence) -> Pcg64 {
        let (state, inc) = seeded_lcg(seed_seq);
        Pcg64 {
            state,
            inc,
            half: HalfWord::default(),
        }
    }

    /// `advance(delta)`: moves `delta` outputs ahead (mod 2^128, so a "negative" delta steps
    /// back) and drops a pending half word, as NumPy does.
    pub fn advance(&mut self, delta: u128) {
        self.state = lcg_advance(self.state, delta, PCG_DEFAULT_MULTIPLIER, self.inc);
        self.half.clear();
    }

    /// `jumped(jumps)`: a copy advanced by `jumps * PCG_JUMP_STEP` (mod 2^128).
    pub fn jumped(&self, jumps: u128) -> Pcg64 {
        let mut g = self.clone();
        g.advance(PCG_JUMP_STEP.wrapping_mul(jumps));
        g
    }
}

/// The XSL-RR output permutation of a (just stepped) state.
#[inline(always)]
fn xsl_rr(state: u128) -> u64 {
    let (hi, lo) = ((state >> 64) as u64, state as u64);
    (hi ^ lo).rotate_right((hi >> 58) as u32)
}

impl Pcg64 {
    /// `f` of each of `out.len()` `next_u64` values: two interleaved LCG lanes (Brown's
    /// jump-ahead): lane 0 holds the states of the even outputs, lane 1 those of the odd ones,
    /// and each steps two states at once by `s -> s*M^2 + inc*(M + 1)`. The two 128-bit
    /// multiplies are independent, so they overlap instead of forming one serial chain (for speed:
    /// about 1.5x the plain loop; 4 lanes were slower here). Same values and final state as
    /// single calls; the pending half word is left alone.
    #[inline(always)]
    fn fill_map<T>(&mut self, out: &mut [T], f: impl Fn(u64) -> T) {
        let (m, inc) = (PCG_DEFAULT_MULTIPLIER, self.inc);
        let m2 = m.wrapping_mul(m);
        let c2 = inc.wrapping_mul(m.wrapping_add(1));
        let mut pairs = out.chunks_exact_mut(2);
        if let Some(first) = pairs.next() {
            let mut s0 = self.state.wrapping_mul(m).wrapping_add(inc);
            let mut s1 = s0.wrapping_mul(m).wrapping_add(inc);
            first[0] = f(xsl_rr(s0));
            first[1] = f(xsl_rr(s1));
            for pair in pairs.by_ref() {
                s0 = s0.wrapping_mul(m2).wrapping_add(c2);
                s1 = s1.wrapping_mul(m2).wrapping_add(c2);
                pair[0] = f(xsl_rr(s0));
                pair[1] = f(xsl_rr(s1));
            }
            self.state = s1;
        }
        for o in pairs.into_remainder() {
            *o = f(self.next_u64());
        }
    }
    /// `fill_u64` on a given [`SimdPath`]: the AVX-512 path runs the whole 16-value blocks in
    /// `lcg128`, the rest here. `fill_u64` takes the selected path; the test seams any.
    pub(crate) fn fill_u64_on(&mut self, path: SimdPath, out: &mut [u64]) {
        let done = lcg128::fill_u64(path, Lcg::Pcg64, &mut self.state, self.inc, out);
        self.fill_map(&mut out[done..], |w| w)
    }

    /// `fill_double` on a given [`SimdPath`], as [`fill_u64_on`](Self::fill_u64_on).
    pub(crate) fn fill_double_on(&mut self, path: SimdPath, out: &mut [f64]) {
        let done = lcg128::fill_double(path, Lcg::Pcg64, &mut self.state, self.inc, out);
        self.fill_map(&mut out[done..], u64_to_double)
    }
}

impl RawBits for Pcg64 {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        self.state = self
            .state
            .wrapping_mul(PCG_DEFAULT_MULTIPLIER)
            .wrapping_add(self.inc);
        xsl_rr(self.state)
    }

    /// Sixteen AVX-512 lanes where the CPU has them (`lcg128`), else two interleaved LCG
    /// lanes (see `fill_map`).
    fn fill_u64(&mut self, out: &mut [u64]) {
        self.fill_u64_on(SimdPath::selected(), out)
    }

    /// Fused with the conversion: no second pass over the output.
    fn fill_double(&mut self, out: &mut [f64]) {
        self.fill_double_on(SimdPath::selected(), out)
    }

    /// `next_raw` is `next_u64`, so the fast fill serves `random_raw` too.
    fn fill_raw(&mut self, out: &mut [u64]) {
        self.fill_u64(out)
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

    crate::common::numpy_word_blocks!();
}

impl_rand_core!(Pcg64);

#[cfg(test)]
mod tests {
    use super::*;

    // NumPy 2.4.6's PCG64 (numpy/random/_pcg64.pyx, src/pcg64/pcg64.h), run against it.
    #[test]
    fn known_answers() {
        let g = Pcg64::new(&SeedSequence::from_u64(0));
        assert_eq!(g.state, 0x1aa1b5345996452d09585eb7a69561e3);
        assert_eq!(g.inc, 0x418ddadb3af71a82588133bc447873a9);
        let mut g = Pcg64::new(&SeedSequence::from_u64(12345));
        assert_eq!(g.jumped(1).state, 0x2f9ecb4e55464a444107ef94dbd50144);
        assert_eq!(
            [g.next_u64(), g.next_u64()],
            [0x3a32b18db2ffc19d, 0x51171315c9e4c4de]
        );
        let mut h = Pcg64::new(&SeedSequence::from_u64(12345));
        h.advance(10u128.pow(30));
        assert_eq!(h.state, 0x0407794e2650fb8fba026323d775add5);
    }

    #[test]
    fn advance_equals_stepping() {
        let mut a = Pcg64::new(&SeedSequence::from_u64(7));
        let mut b = a.clone();
        a.advance(1000);
        for _ in 0..1000 {
            b.next_u64();
        }
        assert_eq!(a, b);
        a.advance(u128::MAX - 99); // 100 steps back
        let mut c = Pcg64::new(&SeedSequence::from_u64(7));
        c.advance(900);
        assert_eq!(a.state, c.state);
    }
}
