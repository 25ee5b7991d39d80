//! MT19937 (Matsumoto & Nishimura's Mersenne Twister) as NumPy implements it
//! (numpy/random/_mt19937.pyx, src/mt19937/).
//!
//! 624 32-bit words of state, period 2^19937 − 1. Not cryptographic. NumPy's seeding from a
//! SeedSequence sets `key[0] = 0x80000000`, takes words 1..623 of `generate_state(624)` and
//! leaves `pos = 623`, so the first output is taken before the first twist. Legacy seeding
//! (`RandomState(seed)`) is the reference `init_genrand` / `init_by_array`. `random_raw` gives
//! the 32-bit outputs; there is no half-word buffer.

use crate::common::RawBits;
use crate::mt19937_jump_poly::JUMP_POLY;
use crate::seed_sequence::SeedSequence;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The MT19937 bit generator.
#[derive(Clone, PartialEq, Eq)]
pub struct Mt19937 {
    /// The 624-word state.
    pub key: [u32; N],
    /// The index of the next word to output; 624 means "twist first".
    pub pos: usize,
}

impl std::fmt::Debug for Mt19937 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mt19937")
            .field("pos", &self.pos)
            .finish_non_exhaustive()
    }
}

#[inline(always)]
fn twist_word(upper: u32, lower: u32, far: u32) -> u32 {
    let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
    far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
}

/// MT19937's output tempering.
#[inline(always)]
fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// `temper` on both 32-bit halves of `y` at once (the masks stop bits crossing between
/// halves); two words per 64-bit lane vectorises better than widening single words.
#[inline(always)]
fn temper_pair(mut y: u64) -> u64 {
    y ^= (y >> 11) & 0x001f_ffff_001f_ffff;
    y ^= (y << 7) & 0x9d2c_5680_9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000_efc6_0000;
    y ^ ((y >> 18) & 0x0000_3fff_0000_3fff)
}

impl Mt19937 {
    /// `MT19937(seed_seq)`.
    pub fn new(seed_seq: &SeedSequence) -> Mt19937 {
        let mut key = [0u32; N];
        seed_seq.generate_state_u32(&mut key);
        key[0] = 0x8000_0000;
        Mt19937 { key, pos: N - 1 }
    }

    /// `RandomState(seed)` for an integer seed: the reference `init_genrand`, `pos = 624`.
    pub fn new_legacy(seed: u32) -> Mt19937 {
        let mut key = [0u32; N];
        key[0] = seed;
        for i in 1..N {
            let prev = key[i - 1];
            key[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { key, pos: N }
    }

    /// `RandomState([s0, s1, ...])` for a non-empty list of seeds below 2^32: the reference
    /// `init_by_array`. `None` for an empty array (NumPy: "Seed must be non-empty").
    pub fn new_legacy_array(init_key: &[u32]) -> Option<Mt19937> {
        if init_key.is_empty() {
            return None;
        }
        let mut g = Mt19937::new_legacy(19_650_218);
        let mt = &mut g.key;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(init_key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(init_key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= init_key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g.pos = N;
        Some(g)
    }

    /// The full regeneration of all 624 words.
    ///
    /// Word `i` depends on words `i + 1` (still old) and `i + 397` (old for `i < 227`) or
    /// `i - 227` (already new for `i >= 227`); every distance is at least the vector width, so
    /// LLVM vectorises both loops as written (SSE2: four words per step, about 0.28 ns a word
    /// here). Explicit `[u32; 8]` chunks measured slower (LLVM vectorised across chunks with
    /// strided gathers), and a mask instead of the branch on `y & 1` made no difference.
    fn twist(&mut self) {
        let k = &mut self.key;
        for i in 0..N - M {
            k[i] = twist_word(k[i], k[i + 1], k[i + M]);
        }
        for i in N - M..N - 1 {
            k[i] = twist_word(k[i], k[i + 1], k[i + M - N]);
        }
        k[N - 1] = twist_word(k[N - 1], k[0], k[M - 1]);
        self.pos = 0;
    }

    /// One word of the twist, in place at `pos` (NumPy's jump helper `gen_next`).
    fn step_word(&mut self) {
        let p = self.pos;
        let k = &mut self.key;
        if p < N - M {
            k[p] = twist_word(k[p], k[p + 1], k[p + M]);
            self.pos += 1;
        } else if p < N - 1 {
            k[p] = twist_word(k[p], k[p + 1], k[p + M - N]);
            self.pos += 1;
        } else {
            k[N - 1] = twist_word(k[N - 1], k[0], k[M - 1]);
            self.pos = 0;
        }
    }

    /// XORs `other`'s words into ours, each state read circularly from its own `pos`.
    fn add_state(&mut self, other: &Mt19937) {
        for i in 0..N {
            self.key[(i + self.pos) % N] ^= other.key[(i + other.pos) % N];
        }
    }

    /// One `jump_inplace` step of NumPy: 2^128 words ahead, by Horner's rule on the
    /// precomputed polynomial. NumPy's quirks are kept: `pos == 624` is read as 0, and the
    /// resulting `pos` is used directly as the next read index.
    fn jump_once(&mut self) {
        if self.pos >= N {
            self.pos = 0;
        }
        let coef = |d: usize| (JUMP_POLY[d >> 5] >> (d & 31)) & 1 == 1;
        let Some(top) = (0..N * 32).rev().find(|&d| coef(d)) else {
            unreachable!("the jump polynomial is not zero")
        };
        let mut acc = self.clone();
        acc.step_word();
        for d in (1..top).rev() {
            if coef(d) {
                acc.add_state(self);
            }
            acc.step_word();
        }
        if coef(0) {
            acc.add_state(self);
        }
        *self = acc;
    }

    /// `jumped(jumps)`: a copy `jumps * 2^128` outputs ahead. Each jump costs about as much as
    /// 20 000 outputs' worth of state updates, so the cost grows linearly with `jumps`.
    pub fn jumped(&self, jumps: u64) -> Mt19937 {
        let mut g = self.clone();
        for _ in 0..jumps {
            g.jump_once();
        }
        g
    }
}

impl RawBits for Mt19937 {
    /// Two 32-bit outputs, the first in the high half.
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        let hi = u64::from(self.next_u32());
        (hi << 32) | u64::from(self.next_u32())
    }

    #[inline(always)]
    fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            self.twist();
        }
        let y = self.key[self.pos];
        self.pos += 1;
        temper(y)
    }

    /// 53 bits from two outputs: `(a >> 5) * 2^26 + (b >> 6)`, scaled by 2^-53.
    #[inline(always)]
    fn next_double(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) / 9_007_199_254_740_992.0
    }

    #[inline(always)]
    fn next_raw(&mut self) -> u64 {
        u64::from(self.next_u32())
    }

    /// Tempers whole runs of the state between twists, two words at a time; same values and
    /// final state as `out.len()` calls of `next_raw`.
    fn fill_raw(&mut self, mut out: &mut [u64]) {
        while !out.is_empty() {
            if self.pos >= N {
                self.twist();
            }
            let n = (N - self.pos).min(out.len());
            let (run, rest) = out.split_at_mut(n);
            let src = &self.key[self.pos..self.pos + n];
            let mut pairs = run.chunks_exact_mut(2);
            let mut words = src.chunks_exact(2);
            for (o, w) in (&mut pairs).zip(&mut words) {
                let t = temper_pair(u64::from(w[0]) | (u64::from(w[1]) << 32));
                o[0] = t & 0xffff_ffff;
                o[1] = t >> 32;
            }
            for (o, &w) in pairs.into_remainder().iter_mut().zip(words.remainder()) {
                *o = u64::from(temper(w));
            }
            self.pos += n;
            out = rest;
        }
    }

    /// Tempers whole runs of the state between twists, two words per value, the first in the
    /// high half; a value whose two words straddle a twist goes through `next_u64`. Same values
    /// and final state as `out.len()` calls of `next_u64`.
    fn fill_u64(&mut self, mut out: &mut [u64]) {
        while !out.is_empty() {
            if self.pos >= N {
                self.twist();
            }
            let n = ((N - self.pos) / 2).min(out.len());
            if n == 0 {
                // pos == 623: the low half comes from the next twist.
                out[0] = self.next_u64();
                out = &mut out[1..];
                continue;
            }
            let (run, rest) = out.split_at_mut(n);
            let src = &self.key[self.pos..self.pos + 2 * n];
            for (o, w) in run.iter_mut().zip(src.chunks_exact(2)) {
                *o = temper_pair((u64::from(w[0]) << 32) | u64::from(w[1]));
            }
            self.pos += 2 * n;
            out = rest;
        }
    }
}

crate::common::impl_rand_core!(Mt19937);

#[cfg(test)]
mod tests {
    use super::*;

    // numpy-facts.md §2.5/2.6, run against NumPy 2.4.6.
    #[test]
    fn known_answers() {
        let mut g = Mt19937::new(&SeedSequence::from_u64(12345));
        assert_eq!([g.next_u32(), g.next_u32()], [0x60bc0add, 0xd7d0d9d3]);
        let mut l = Mt19937::new_legacy(12345);
        assert_eq!(
            [l.next_u32(), l.next_u32(), l.next_u32()],
            [0xedfb51e2, 0xe3e12de5, 0x50fdfd1d]
        );
        // The jump polynomial takes minutes in Miri (safe integer code; checked natively).
        if !cfg!(miri) {
            let mut j = Mt19937::new(&SeedSequence::from_u64(0)).jumped(1);
            assert_eq!(j.pos, 588);
            assert_eq!(
                [j.next_u32(), j.next_u32(), j.next_u32()],
                [2404971693, 2024800643, 3926641691]
            );
        }
    }

    #[test]
    fn temper_pair_is_temper_on_both_halves() {
        let mut x = 0x0123_4567_89ab_cdefu64;
        for _ in 0..if cfg!(miri) { 2_000 } else { 100_000 } {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let y = x ^ (x >> 29);
            let want = (u64::from(temper((y >> 32) as u32)) << 32) | u64::from(temper(y as u32));
            assert_eq!(temper_pair(y), want);
        }
        for y in [0, u64::MAX, 0xffff_ffff, 0xffff_ffff_0000_0000] {
            let want = (u64::from(temper((y >> 32) as u32)) << 32) | u64::from(temper(y as u32));
            assert_eq!(temper_pair(y), want);
        }
    }

    /// The bulk twist is word for word NumPy's serial regeneration (`step_word` 624 times).
    #[test]
    fn twist_matches_serial_steps() {
        let mut states = vec![
            Mt19937::new(&SeedSequence::from_u64(1)),
            Mt19937::new_legacy(5489),
            Mt19937 {
                key: [u32::MAX; N],
                pos: 0,
            },
        ];
        states.push(Mt19937 {
            key: std::array::from_fn(|i| (i as u32).wrapping_mul(0x9e37_79b9)),
            pos: 0,
        });
        for mut g in states {
            for _ in 0..3 {
                let mut serial = g.clone();
                serial.pos = 0;
                for _ in 0..N {
                    serial.step_word();
                }
                g.twist();
                assert_eq!(g.key, serial.key);
                assert_eq!((g.pos, serial.pos), (0, 0));
            }
        }
    }

    #[test]
    fn reference_init_by_array() {
        // Matsumoto & Nishimura's mt19937ar.c test: init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut g = Mt19937::new_legacy_array(&[0x123, 0x234, 0x345, 0x456]).unwrap();
        assert_eq!(
            [g.next_u32(), g.next_u32(), g.next_u32()],
            [1067595299, 955945823, 477289528]
        );
    }
}
