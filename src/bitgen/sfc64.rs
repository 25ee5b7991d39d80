//! SFC64 (Chris Doty-Humphrey's Small Fast Chaotic generator, from PractRand) as NumPy
//! implements it (numpy/random/_sfc64.pyx, src/sfc64/).
//!
//! 256-bit state including a 64-bit counter, so every stream has period at least 2^64. No
//! `advance` or `jumped`: parallel streams come from spawning. Not cryptographic.

use crate::common::{HalfWord, RawBits, impl_rand_core, u64_to_double};
use crate::seed_sequence::SeedSequence;

/// The SFC64 bit generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sfc64 {
    /// `a, b, c` and the counter `w`.
    pub state: [u64; 4],
    /// The pending 32-bit half word.
    pub half: HalfWord,
}

impl Sfc64 {
    /// `SFC64(seed_seq)`: `generate_state(3, uint64)`, counter 1, then 12 discarded outputs.
    pub fn new(seed_seq: &SeedSequence) -> Sfc64 {
        let mut v = [0u64; 3];
        seed_seq.generate_state_u64(&mut v);
        let mut g = Sfc64 {
            state: [v[0], v[1], v[2], 1],
            half: HalfWord::default(),
        };
        for _ in 0..12 {
            g.next_u64();
        }
        g
    }
}

/// One SFC64 round: the next state and the output.
#[inline(always)]
fn round([a, b, c, w]: [u64; 4]) -> ([u64; 4], u64) {
    let tmp = a.wrapping_add(b).wrapping_add(w);
    let next = [
        b ^ (b >> 11),
        c.wrapping_add(c << 3),
        c.rotate_left(24).wrapping_add(tmp),
        w.wrapping_add(1),
    ];
    (next, tmp)
}

impl Sfc64 {
    /// `f` of each of `out.len()` `next_u64` values (see `fill_u64`).
    #[inline(always)]
    fn fill_map<T>(&mut self, out: &mut [T], f: impl Fn(u64) -> T) {
        let mut state = self.state;
        let mut rest = out.iter_mut();
        'wrapped: loop {
            for o in rest.by_ref() {
                let (next, v) = round(state);
                state = next;
                *o = f(v);
                if state[3] == 0 {
                    state[3] = core::hint::black_box(state[3]);
                    continue 'wrapped;
                }
            }
            break;
        }
        self.state = state;
    }
}

impl RawBits for Sfc64 {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        let (next, out) = round(self.state);
        self.state = next;
        out
    }

    /// The plain loop, shaped for LLVM for speed. Written as `for o in out { *o = next_u64() }`
    /// LLVM unrolls it by two and folds the counter's `+ 1` into the second round's sum, which
    /// lengthens the `c` dependency chain (about 3.9 cycles per value instead of about 2.8). The
    /// inner loop therefore also stops when the counter wraps to 0 (once in 2^64 values): LLVM
    /// does not unroll a loop with two exits. The `black_box` on that cold path only stops LLVM
    /// from merging the two loops back into one. Same values and final state as `out.len()`
    /// calls of `next_u64`; the pending half word is left alone.
    fn fill_u64(&mut self, out: &mut [u64]) {
        self.fill_map(out, |w| w)
    }

    /// Fused with the conversion: no second pass over the output.
    fn fill_double(&mut self, out: &mut [f64]) {
        self.fill_map(out, crate::common::u64_to_double)
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

    fn fill_u32(&mut self, out: &mut [u32]) {
        let mut half = self.half;
        crate::common::fill_u32_pairs(&mut half, out, |pairs| {
            self.fill_map(pairs, |w| [w as u32, (w >> 32) as u32])
        });
        self.half = half;
    }

    #[inline(always)]
    fn word_double(&self) -> Option<fn(u64) -> f64> {
        Some(u64_to_double)
    }
}

impl_rand_core!(Sfc64);

#[cfg(test)]
mod tests {
    use super::*;

    // NumPy 2.4.6's SFC64 (numpy/random/_sfc64.pyx, src/sfc64/sfc64.h), run against it.
    #[test]
    fn known_answers() {
        let mut g = Sfc64::new(&SeedSequence::from_u64(12345));
        assert_eq!(
            g.state,
            [
                0x8bac6f5afe5508b2,
                0xa5463a639ce6f583,
                0xd9e540587624b2cc,
                0xd
            ]
        );
        assert_eq!(
            [g.next_u64(), g.next_u64()],
            [0x30f2a9be9b3bfe42, 0x4e61d5c0f7dfb297]
        );
    }
}
