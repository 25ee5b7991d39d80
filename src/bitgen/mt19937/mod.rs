//! MT19937 (Matsumoto & Nishimura's Mersenne Twister) as NumPy implements it
//! (numpy/random/_mt19937.pyx, src/mt19937/).
//!
//! 624 32-bit words of state, period 2^19937 − 1. Not cryptographic. NumPy's seeding from a
//! SeedSequence sets `key[0] = 0x80000000`, takes words 1..623 of `generate_state(624)` and
//! leaves `pos = 623`, so the first output is taken before the first twist. Legacy seeding
//! (`RandomState(seed)`) is the reference `init_genrand` / `init_by_array`. `random_raw` gives
//! the 32-bit outputs; there is no half-word buffer.

pub(crate) mod blocks;
mod jump_poly;

use crate::common::RawBits;
use crate::seed_sequence::SeedSequence;
use crate::simd::SimdPath;
use jump_poly::JUMP_POLY;

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

    /// The full regeneration of all 624 words, with the kernels of the selected [`SimdPath`].
    fn twist(&mut self) {
        run(SimdPath::selected(), self, Bulk::Twist);
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

    /// Tempers whole runs of the state between twists; same values and final state as
    /// `out.len()` calls of `next_raw`.
    fn fill_raw(&mut self, out: &mut [u64]) {
        run(SimdPath::selected(), self, Bulk::Fill(Kind::Raw, out));
    }

    /// Tempers whole runs of the state between twists, two words per value, the first in the
    /// high half. Same values and final state as `out.len()` calls of `next_u64`.
    fn fill_u64(&mut self, out: &mut [u64]) {
        run(SimdPath::selected(), self, Bulk::Fill(Kind::U64, out));
    }

    /// Tempers whole runs of the state between twists straight into `out`; same values and
    /// final state as `out.len()` calls of `next_u32`. (Every `next_uint32` consumer drew one
    /// word at a time before: MT19937's f32 distributions and 32-bit-range integers.)
    fn fill_u32(&mut self, out: &mut [u32]) {
        run(SimdPath::selected(), self, Bulk::Fill32(out));
    }
}

/// Test seams (see `crate::seams`); the unit tests below use `twist_with`.
#[cfg(any(test, feature = "test-seams"))]
impl Mt19937 {
    /// `fill_raw` on the kernels of `path` instead of the selected ones (every path gives the
    /// same values). A path this CPU lacks runs portably.
    pub fn fill_raw_with(&mut self, path: SimdPath, out: &mut [u64]) {
        run(path, self, Bulk::Fill(Kind::Raw, out));
    }

    /// `fill_u64` on the kernels of `path`; see [`Mt19937::fill_raw_with`].
    pub fn fill_u64_with(&mut self, path: SimdPath, out: &mut [u64]) {
        run(path, self, Bulk::Fill(Kind::U64, out));
    }

    /// `fill_u32` on the kernels of `path`; see [`Mt19937::fill_raw_with`].
    pub fn fill_u32_with(&mut self, path: SimdPath, out: &mut [u32]) {
        run(path, self, Bulk::Fill32(out));
    }

    /// A full twist on the kernels of `path` (sets `pos` to 0); see [`Mt19937::fill_raw_with`].
    pub fn twist_with(&mut self, path: SimdPath) {
        run(path, self, Bulk::Twist);
    }
}

// ---- Bulk kernels --------------------------------------------------------------------------
//
// The twist and the tempering are written as plain loops over non-overlapping slices, which LLVM
// vectorises; the same `#[inline(always)]` bodies are compiled twice, once for the baseline
// target (SSE2 on x86_64) and once for AVX2 + BMI2, chosen at run time (`crate::simd`).

/// One bulk operation; `run` compiles each once per path.
enum Bulk<'a> {
    Twist,
    Fill(Kind, &'a mut [u64]),
    Fill32(&'a mut [u32]),
}

/// `fill_raw` (one word per value) or `fill_u64` (two).
#[derive(Clone, Copy)]
enum Kind {
    Raw,
    U64,
}

fn run(path: SimdPath, g: &mut Mt19937, op: Bulk<'_>) {
    crate::simd::run(path, MtBulk(g, op))
}

struct MtBulk<'a, 'b>(&'a mut Mt19937, Bulk<'b>);

impl crate::simd::Kernel for MtBulk<'_, '_> {
    type Output = ();
    #[inline(always)]
    fn call(self) {
        run_body(self.0, self.1)
    }
}

#[inline(always)]
fn run_body(g: &mut Mt19937, op: Bulk<'_>) {
    match op {
        Bulk::Twist => twist_block(g),
        Bulk::Fill(kind, out) => fill_body(g, out, kind),
        Bulk::Fill32(out) => fill_words_body(g, out, temper_words),
    }
}

#[inline(always)]
fn fill_body(g: &mut Mt19937, out: &mut [u64], kind: Kind) {
    match kind {
        Kind::Raw => fill_words_body(g, out, temper_raw),
        Kind::U64 => fill_u64_body(g, out),
    }
}

/// The full regeneration of all 624 words, equal to 624 `step_word`s from `pos = 0`.
///
/// Word `i` depends on words `i + 1` (still old) and `i + 397` (old for `i < 227`) or
/// `i - 227` (already new for `i >= 227`). Split into slices that do not overlap, each loop
/// reads one slice ahead of where it writes (distance 1, a read before the write) or another
/// slice, so LLVM vectorises all three at any width up to 227 words.
#[inline(always)]
fn twist_block(g: &mut Mt19937) {
    const A: usize = N - M; // 227
    let (head, tail) = g.key.split_at_mut(A); // words 0..227 | 227..624
    let (mid, last) = tail.split_at_mut(A); // words 227..454 | 454..624
    // Words 0..226: the far word i + 397 is mid[i + 170] for i < 57, else last[i - 57].
    let far_mid = &mid[M - A..]; // words 397..454
    for i in 0..2 * A - M {
        head[i] = twist_word(head[i], head[i + 1], far_mid[i]);
    }
    for i in 2 * A - M..A - 1 {
        head[i] = twist_word(head[i], head[i + 1], last[i + M - 2 * A]);
    }
    head[A - 1] = twist_word(head[A - 1], mid[0], last[A - 1 + M - 2 * A]);
    // Words 227..453: the far word i - 227 is head[i - 227], new.
    for i in 0..A - 1 {
        mid[i] = twist_word(mid[i], mid[i + 1], head[i]);
    }
    mid[A - 1] = twist_word(mid[A - 1], last[0], head[A - 1]);
    // Words 454..622: the far word i - 227 is mid[i - 454], new.
    for i in 0..N - 2 * A - 1 {
        last[i] = twist_word(last[i], last[i + 1], mid[i]);
    }
    // Word 623 wraps to word 0 (new) and uses word 396 (new).
    let j = N - 2 * A - 1;
    last[j] = twist_word(last[j], head[0], mid[M - 1 - A]);
    g.pos = 0;
}

/// Words tempered per step into a stack buffer of u32 before widening. Written as one loop from
/// u32 to u64, LLVM picks the vector width by the u64 outputs and tempers half as many words per
/// instruction: `fill_raw` within L1 took 0.49 against 0.41 ns a value with AVX2, 0.97 against
/// 0.72 ns portably.
const STEP: usize = 64;

#[inline(always)]
fn temper_words(words: &[u32], out: &mut [u32]) {
    for (o, &w) in out.iter_mut().zip(words) {
        *o = temper(w);
    }
}

/// `out[i] = temper(words[i])`, widened.
#[inline(always)]
fn temper_raw(words: &[u32], out: &mut [u64]) {
    let mut t = [0u32; STEP];
    for (o, w) in out.chunks_mut(STEP).zip(words.chunks(STEP)) {
        let t = &mut t[..w.len()];
        temper_words(w, t);
        for (o, &t) in o.iter_mut().zip(t.iter()) {
            *o = u64::from(t);
        }
    }
}

/// `out[i] = temper(words[2i]) << 32 | temper(words[2i + 1])`.
#[inline(always)]
fn temper_u64(words: &[u32], out: &mut [u64]) {
    let mut t = [0u32; STEP];
    for (o, w) in out.chunks_mut(STEP / 2).zip(words.chunks(STEP)) {
        let t = &mut t[..w.len()];
        temper_words(w, t);
        for (o, t) in o.iter_mut().zip(t.chunks_exact(2)) {
            *o = (u64::from(t[0]) << 32) | u64::from(t[1]);
        }
    }
}

/// One output per word (`fill_raw`, `fill_u32`): `temper` of the runs of the state between
/// twists.
#[inline(always)]
fn fill_words_body<T>(g: &mut Mt19937, mut out: &mut [T], temper: impl Fn(&[u32], &mut [T])) {
    while !out.is_empty() {
        if g.pos >= N {
            twist_block(g);
        }
        let n = (N - g.pos).min(out.len());
        let (run, rest) = out.split_at_mut(n);
        temper(&g.key[g.pos..g.pos + n], run);
        g.pos += n;
        out = rest;
    }
}

/// A value whose two words straddle a twist (pos == 623) is made by hand.
#[inline(always)]
fn fill_u64_body(g: &mut Mt19937, mut out: &mut [u64]) {
    while !out.is_empty() {
        if g.pos >= N {
            twist_block(g);
        }
        let n = ((N - g.pos) / 2).min(out.len());
        if n == 0 {
            let hi = u64::from(temper(g.key[N - 1]));
            twist_block(g);
            out[0] = (hi << 32) | u64::from(temper(g.key[0]));
            g.pos = 1;
            out = &mut out[1..];
            continue;
        }
        let (run, rest) = out.split_at_mut(n);
        temper_u64(&g.key[g.pos..g.pos + 2 * n], run);
        g.pos += 2 * n;
        out = rest;
    }
}

crate::common::impl_rand_core!(Mt19937);

#[cfg(test)]
mod tests {
    use super::*;

    // NumPy 2.4.6's MT19937 (numpy/random/_mt19937.pyx; the jump in
    // src/mt19937/mt19937-jump.c), run against it.
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

    /// The bulk twist, on each path, is word for word NumPy's serial regeneration (`step_word`
    /// 624 times).
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
        for path in [SimdPath::Portable, SimdPath::Avx2, SimdPath::Avx512] {
            for mut g in states.clone() {
                for _ in 0..3 {
                    let mut serial = g.clone();
                    serial.pos = 0;
                    for _ in 0..N {
                        serial.step_word();
                    }
                    g.twist_with(path);
                    assert_eq!(g.key, serial.key);
                    assert_eq!((g.pos, serial.pos), (0, 0));
                }
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
