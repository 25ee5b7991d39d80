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

impl RawBits for Sfc64 {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        let [a, b, c, w] = self.state;
        let tmp = a.wrapping_add(b).wrapping_add(w);
        self.state = [
            b ^ (b >> 11),
            c.wrapping_add(c << 3),
            c.rotate_left(24).wrapping_add(tmp),
            w.wrapping_add(1),
        ];
        tmp
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
}

impl_rand_core!(Sfc64);

#[cfg(test)]
mod tests {
    use super::*;

    // numpy-facts.md §2.6, run against NumPy 2.4.6.
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
