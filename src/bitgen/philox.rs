//! Philox 4x64-10 as NumPy implements it (numpy/random/_philox.pyx, src/philox/).
//!
//! A counter-based generator (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
//! SC'11): 256-bit counter, 128-bit key, ten rounds; each counter value gives a block of four
//! 64-bit outputs. Not cryptographic. NumPy increments the counter *before* computing a block,
//! so a generator with counter c first outputs block c+1; `advance` counts blocks, not outputs.

use crate::common::{HalfWord, RawBits, impl_rand_core, u64_to_double};
use crate::seed_sequence::SeedSequence;
use crate::simd::SimdPath;

const PHILOX_M0: u64 = 0xD2E7_470E_E14C_6C93;
const PHILOX_M1: u64 = 0xCA5A_8263_9512_1157;
const PHILOX_W0: u64 = 0x9E37_79B9_7F4A_7C15;
const PHILOX_W1: u64 = 0xBB67_AE85_84CA_A73B;

/// The Philox bit generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Philox {
    /// The 256-bit counter, least significant word first.
    pub counter: [u64; 4],
    /// The 128-bit key, least significant word first.
    pub key: [u64; 2],
    /// The current block of outputs.
    pub buffer: [u64; 4],
    /// The next unread index of `buffer`; 4 means empty.
    pub buffer_pos: usize,
    /// The pending 32-bit half word.
    pub half: HalfWord,
}

#[inline(always)]
fn mulhilo(a: u64, b: u64) -> (u64, u64) {
    let p = u128::from(a) * u128::from(b);
    (p as u64, (p >> 64) as u64)
}

#[inline(always)]
fn round(c: [u64; 4], k: [u64; 2]) -> [u64; 4] {
    let (lo0, hi0) = mulhilo(PHILOX_M0, c[0]);
    let (lo1, hi1) = mulhilo(PHILOX_M1, c[2]);
    [hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0]
}

/// The Philox4x64-10 block function.
#[inline(always)]
pub fn philox4x64_10(counter: [u64; 4], key: [u64; 2]) -> [u64; 4] {
    let mut c = round(counter, key);
    let mut k = key;
    for _ in 0..9 {
        k = [k[0].wrapping_add(PHILOX_W0), k[1].wrapping_add(PHILOX_W1)];
        c = round(c, k);
    }
    c
}

/// `counter + 1` mod 2^256, as `add256(counter, [1, 0, 0, 0])`.
#[inline(always)]
fn increment(mut c: [u64; 4]) -> [u64; 4] {
    for w in c.iter_mut() {
        *w = w.wrapping_add(1);
        if *w != 0 {
            break;
        }
    }
    c
}

/// `a + b` mod 2^256 on little-endian words.
fn add256(a: [u64; 4], b: [u64; 4]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s1, c1) = a[i].overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(u64::from(carry));
        out[i] = s2;
        carry = c1 || c2;
    }
    out
}

impl Philox {
    /// `Philox(seed_seq)`: key from `generate_state(2, uint64)`, counter 0.
    pub fn new(seed_seq: &SeedSequence) -> Philox {
        let mut key = [0u64; 2];
        seed_seq.generate_state_u64(&mut key);
        Philox::from_key(key, [0; 4])
    }

    /// `Philox(key=..., counter=...)`, words least significant first.
    pub fn from_key(key: [u64; 2], counter: [u64; 4]) -> Philox {
        Philox {
            counter,
            key,
            buffer: [0; 4],
            buffer_pos: 4,
            half: HalfWord::default(),
        }
    }

    /// `advance(delta)`: adds `delta` (little-endian words, mod 2^256) to the counter, i.e.
    /// skips `delta` blocks of four outputs, and empties both buffers, as NumPy does.
    pub fn advance(&mut self, delta: [u64; 4]) {
        self.counter = add256(self.counter, delta);
        self.buffer = [0; 4];
        self.buffer_pos = 4;
        self.half.clear();
    }

    /// `out.len()` calls of `next_u64`: drains the buffer, computes whole blocks straight into
    /// `out` (the counter incremented before each, as NumPy does), then the last partial block
    /// into the buffer. `counter`, `buffer` and `buffer_pos` end as the serial loop leaves them.
    ///
    /// One block per step: 2 or 4 blocks in lock step measured no faster (the single multiplier
    /// is the limit; out-of-order execution already overlaps consecutive blocks), and slower on
    /// outputs larger than the cache. The whole blocks run on the selected [`SimdPath`] (for
    /// BMI2's `mulx`, see `crate::simd`).
    fn fill(&mut self, out: &mut [u64]) {
        self.fill_u64_on(SimdPath::selected(), out)
    }

    /// `fill_u64` with the whole blocks compiled for `path` instead of the selected one (for
    /// the test seams; every path gives the same values). A path this CPU lacks runs portably.
    pub(crate) fn fill_u64_on(&mut self, path: SimdPath, out: &mut [u64]) {
        self.fill_map_with(path, out, |w| w)
    }

    /// `fill_double` as [`fill_u64_on`](Self::fill_u64_on): each block converted as it is
    /// stored.
    ///
    /// Converting in a second pass over an L1 block of words (as the other distribution fills
    /// draw) costs little in cache, but with outputs larger than the cache that pass's burst
    /// of stores queues behind memory while the block loop's own stores wait behind it; fused,
    /// the stores trickle out between blocks. The `black_box` keeps the four conversions
    /// scalar: LLVM otherwise gathers the words into a vector for the shift and the scale and
    /// takes them apart again for the conversion (AVX2 has no 64-bit integer-to-double), moves
    /// that compete with `mulx` for one port. kernel_bench: the same speed in cache, 0.83 of
    /// the block version's time at 10^7 values.
    pub(crate) fn fill_double_on(&mut self, path: SimdPath, out: &mut [f64]) {
        self.fill_map_with(path, out, |w| u64_to_double(core::hint::black_box(w)))
    }

    /// `map` of each of `out.len()` `next_u64` values, as `fill` describes.
    #[inline(always)]
    fn fill_map_with<T>(&mut self, path: SimdPath, mut out: &mut [T], map: impl Fn(u64) -> T) {
        while self.buffer_pos < 4 {
            let Some((first, rest)) = out.split_first_mut() else {
                return;
            };
            *first = map(self.buffer[self.buffer_pos]);
            self.buffer_pos += 1;
            out = rest;
        }
        let whole = out.len() / 4 * 4;
        let (mut ctr, last) = crate::simd::run(
            path,
            Blocks {
                counter: self.counter,
                key: self.key,
                out: &mut out[..whole],
                map: &map,
            },
        );
        if whole > 0 {
            self.buffer = last;
            self.buffer_pos = 4;
        }
        let tail = &mut out[whole..];
        if !tail.is_empty() {
            ctr = increment(ctr);
            self.buffer = philox4x64_10(ctr, self.key);
            for (o, &w) in tail.iter_mut().zip(&self.buffer) {
                *o = map(w);
            }
            self.buffer_pos = tail.len();
        }
        self.counter = ctr;
    }

    /// `jumped(jumps)`: a copy advanced by `jumps * 2^128` blocks (mod 2^256).
    pub fn jumped(&self, jumps: u128) -> Philox {
        let mut g = self.clone();
        g.advance([0, 0, jumps as u64, (jumps >> 64) as u64]);
        g
    }
}

/// Whole blocks for counters `counter + 1, + 2, ...`, mapped, into `out` (a multiple of 4
/// long); gives the last counter used and its block.
struct Blocks<'a, T, F> {
    counter: [u64; 4],
    key: [u64; 2],
    out: &'a mut [T],
    map: &'a F,
}

impl<T, F: Fn(u64) -> T> crate::simd::Kernel for Blocks<'_, T, F> {
    type Output = ([u64; 4], [u64; 4]);
    #[inline(always)]
    fn call(self) -> ([u64; 4], [u64; 4]) {
        let (mut ctr, mut block) = (self.counter, [0; 4]);
        for o in self.out.chunks_exact_mut(4) {
            ctr = increment(ctr);
            block = philox4x64_10(ctr, self.key);
            for (o, &w) in o.iter_mut().zip(&block) {
                *o = (self.map)(w);
            }
        }
        (ctr, block)
    }
}

impl RawBits for Philox {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        if self.buffer_pos < 4 {
            let v = self.buffer[self.buffer_pos];
            self.buffer_pos += 1;
            return v;
        }
        self.counter = add256(self.counter, [1, 0, 0, 0]);
        self.buffer = philox4x64_10(self.counter, self.key);
        self.buffer_pos = 1;
        self.buffer[0]
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

    /// Whole blocks straight into `out`; same values and final state as `out.len()` calls
    /// of `next_u64`.
    fn fill_u64(&mut self, out: &mut [u64]) {
        self.fill(out)
    }

    /// `random_raw` is `next_u64` for Philox: the same fill.
    fn fill_raw(&mut self, out: &mut [u64]) {
        self.fill(out)
    }

    /// Fused: each block converted as it is stored.
    fn fill_double(&mut self, out: &mut [f64]) {
        self.fill_double_on(SimdPath::selected(), out)
    }
}

impl_rand_core!(Philox);

#[cfg(test)]
mod tests {
    use super::*;

    // Random123's kat_vectors for philox4x64 with R=10.
    #[test]
    fn random123_known_answers() {
        assert_eq!(
            philox4x64_10([0; 4], [0; 2]),
            [
                0x16554d9eca36314c,
                0xdb20fe9d672d0fdc,
                0xd7e772cee186176b,
                0x7e68b68aec7ba23b
            ]
        );
        assert_eq!(
            philox4x64_10([u64::MAX; 4], [u64::MAX; 2]),
            [
                0x87b092c3013fe90b,
                0x438c3c67be8d0224,
                0x9cc7d7c69cd777b6,
                0xa09caebf594f0ba0
            ]
        );
        assert_eq!(
            philox4x64_10(
                [
                    0x243f6a8885a308d3,
                    0x13198a2e03707344,
                    0xa4093822299f31d0,
                    0x082efa98ec4e6c89
                ],
                [0x452821e638d01377, 0xbe5466cf34e90c6c]
            ),
            [
                0xa528f45403e61d95,
                0x38c72dbd566e9788,
                0xa5a1610e72fd18b5,
                0x57bd43b5e52b7fe6
            ]
        );
    }

    // NumPy 2.4.6's Philox (numpy/random/_philox.pyx, src/philox/philox.h), run against it.
    #[test]
    fn numpy_known_answers() {
        let g = Philox::new(&SeedSequence::from_u64(12345));
        assert_eq!(g.key, [0xb5ae6482a03d837c, 0xbbe2996ffa1f7a2f]);
        let mut k = Philox::from_key([1, 0], [0; 4]);
        assert_eq!(
            [k.next_u64(), k.next_u64(), k.next_u64()],
            [0x4db6a27b756282df, 0xd944fa03babe0e2f, 0x27f872e577060d32]
        );
    }
}
