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
/// the layer and bits 11-63 are the magnitude; about 97.8% of draws end at the first test.
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

/// The fast path of one draw (about 97.8% of them: 2.22% miss, by NumPy's tables).
#[inline(always)]
pub(crate) fn exponential_first(r: u64) -> Option<f64> {
    let (x, miss) = exponential_attempt(r);
    (!miss).then_some(x)
}

/// The fast test of a word as if it started an attempt, for
/// [`fill_attempts`](super::blocks::fill_attempts): the candidate, and whether the test missed.
#[inline(always)]
pub(crate) fn exponential_attempt(r: u64) -> (f64, bool) {
    let (idx, ri, x) = exponential_candidate(r);
    (x, ri >= KE_DOUBLE[idx])
}

/// The slow test of an attempt that missed, given its second word as a double `u` (the
/// generator's `next_double` of that word): [`exponential_unlikely`] without the draws. Returns
/// the value and whether it is accepted, rather than an `Option`, so that the block fill keeps
/// no branch on the wedge test (it goes either way about equally often).
#[inline(always)]
pub(crate) fn exponential_missed(r: u64, u: f64) -> (f64, bool) {
    let (idx, _, x) = exponential_candidate(r);
    if idx == 0 {
        // The tail is memoryless: r + Exp(1), by inversion with log1p(-U) (NumPy gh-13361).
        return (EXP_R - (-u).ln_1p(), true);
    }
    let f = (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * u + FE_DOUBLE[idx];
    (x, f < (-x).exp())
}

/// `standard_exponential_unlikely` for a draw `r` that failed the fast path: the tail, or the
/// wedge test, on one more draw; `None` is NumPy's recursive restart.
#[cold]
#[inline(never)]
fn exponential_unlikely<D: Draw64>(d: &mut D, r: u64) -> Option<f64> {
    let (v, ok) = exponential_missed(r, d.double());
    ok.then_some(v)
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
    let (x, miss) = exponential_attempt_f(r);
    (!miss).then_some(x)
}

/// As [`exponential_attempt`], on a 32-bit word.
#[inline(always)]
pub(crate) fn exponential_attempt_f(r: u32) -> (f32, bool) {
    let (idx, ri, x) = exponential_candidate_f(r);
    (x, ri >= KE_FLOAT[idx])
}

/// As [`exponential_missed`], for [`exponential_unlikely_f`]; its second word is `w`.
#[inline(always)]
pub(crate) fn exponential_missed_f(r: u32, w: u32) -> (f32, bool) {
    let (idx, _, x) = exponential_candidate_f(r);
    if idx == 0 {
        return (EXP_R_F - (-uniform_f(w)).ln_1p(), true);
    }
    let f = (FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * uniform_f(w) + FE_FLOAT[idx];
    (x, f < (-x).exp())
}

/// `standard_exponential_unlikely_f`: all in float, with `log1pf` and `expf`.
#[cold]
#[inline(never)]
fn exponential_unlikely_f<D: Draw32>(d: &mut D, r: u32) -> Option<f32> {
    let (v, ok) = exponential_missed_f(r, d.u32());
    ok.then_some(v)
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

#[cfg(test)]
mod tests {
    use super::super::blocks::{Draw32, Draw64, fill_attempts};
    use super::super::lanes;
    use super::*;
    use crate::common::u64_to_double;

    /// Replays a list of words.
    struct Replay<'a, W> {
        words: &'a [W],
        pos: usize,
    }
    impl<W: Copy> Replay<'_, W> {
        fn next(&mut self) -> W {
            self.pos += 1;
            self.words[self.pos - 1]
        }
    }
    impl Draw64 for Replay<'_, u64> {
        fn u64(&mut self) -> u64 {
            self.next()
        }
        fn double(&mut self) -> f64 {
            u64_to_double(self.next())
        }
    }
    impl Draw32 for Replay<'_, u32> {
        fn u32(&mut self) -> u32 {
            self.next()
        }
    }

    /// Words of a layer `idx` and magnitude `ri` (as `exponential_candidate` splits them),
    /// chosen so that misses are common (about 40%): runs of them, tails (layer 0), misses at
    /// the last word of a block and at the 64-word boundaries of the masks all occur.
    fn crafted(n: usize, seed: u64, ke: impl Fn(usize) -> u64, bits: u32) -> Vec<(usize, u64)> {
        let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let top = 1u64 << bits;
        (0..n)
            .map(|_| {
                let (kind, r) = (next() % 20, next());
                let idx = if kind == 0 {
                    0
                } else {
                    (next() % 256) as usize
                };
                let k = ke(idx);
                let ri = match kind {
                    0..=7 => k + r % (top - k), // a miss (layer 0: the tail)
                    8 => r % top,
                    _ => r % k.max(1), // accepted by the fast test (if k > 0)
                };
                (idx, ri)
            })
            .collect()
    }

    /// `fill_attempts` against the one-at-a-time kernel on the same words: every value's bits
    /// and the number of words drawn, for lengths around the blocks and the mask words.
    fn check<
        W: Copy + Default + std::fmt::Debug,
        T: Copy + Default + PartialEq + std::fmt::Debug,
    >(
        words: &[W],
        fill: impl Fn(&mut [T], &mut Replay<'_, W>),
        single: impl Fn(&mut Replay<'_, W>) -> T,
        label: &str,
    ) -> usize {
        let mut lens: Vec<usize> = (0..=20).collect();
        lens.extend([
            63, 64, 65, 66, 127, 128, 129, 255, 256, 257, 258, 511, 512, 513, 514,
        ]);
        lens.extend([1000, 3001]);
        let mut compared = 0;
        // Miri takes seconds per thousand values.
        for len in lens.into_iter().filter(|&l| !cfg!(miri) || l < 130) {
            for start in [0, 1, 2, 63, 255]
                .into_iter()
                .filter(|&s| !cfg!(miri) || s < 2)
            {
                let mut bulk = Replay { words, pos: start };
                let mut out = vec![T::default(); len];
                fill(&mut out, &mut bulk);
                let mut one = Replay { words, pos: start };
                for (i, v) in out.iter().enumerate() {
                    assert_eq!(
                        *v,
                        single(&mut one),
                        "{label}: len {len}, start {start}, value {i}"
                    );
                }
                assert_eq!(
                    bulk.pos, one.pos,
                    "{label}: len {len}, start {start}: words drawn"
                );
                compared += len;
            }
        }
        compared
    }

    #[test]
    fn attempt_fills_match_single_draws() {
        let mut compared = 0;
        let (seeds, n) = if cfg!(miri) { (1, 1000) } else { (4, 20_000) };
        for seed in 1..=seeds {
            let words: Vec<u64> = crafted(n, seed, |i| KE_DOUBLE[i], 53)
                .into_iter()
                .zip(1u64..)
                .map(|((idx, ri), low)| ri << 11 | (idx as u64) << 3 | (low % 8))
                .collect();
            let single = |d: &mut Replay<'_, u64>| standard_exponential(d);
            // The selected path (AVX-512 passes where available), then the scalar one.
            let bulk = |vector: bool| {
                move |out: &mut [f64], d: &mut Replay<'_, u64>| {
                    fill_attempts::<_, _, 256, 4>(
                        out,
                        |w: &mut [u64]| w.iter_mut().for_each(|w| *w = d.next()),
                        |w, c, m| {
                            if vector {
                                lanes::exponential_candidates(w, c, m)
                            } else {
                                0
                            }
                        },
                        exponential_attempt,
                        |r, w| exponential_missed(r, u64_to_double(w)),
                        |s, k, u, o| {
                            if vector {
                                lanes::compact_f64(s, k, u, o)
                            } else {
                                lanes::compact_scalar(s, k, u, o, 0, 0)
                            }
                        },
                    )
                }
            };
            compared += check(&words, bulk(true), single, "f64");
            compared += check(&words, bulk(false), single, "f64, scalar");

            let words: Vec<u32> = crafted(n, seed, |i| u64::from(KE_FLOAT[i]), 23)
                .into_iter()
                .zip(1u32..)
                .map(|((idx, ri), low)| (ri as u32) << 9 | (idx as u32) << 1 | (low % 2))
                .collect();
            let single = |d: &mut Replay<'_, u32>| standard_exponential_f(d);
            let bulk = |vector: bool| {
                move |out: &mut [f32], d: &mut Replay<'_, u32>| {
                    fill_attempts::<_, _, 512, 8>(
                        out,
                        |w: &mut [u32]| w.iter_mut().for_each(|w| *w = d.next()),
                        |w, c, m| {
                            if vector {
                                lanes::exponential_candidates_f(w, c, m)
                            } else {
                                0
                            }
                        },
                        exponential_attempt_f,
                        exponential_missed_f,
                        |s, k, u, o| {
                            if vector {
                                lanes::compact_f32(s, k, u, o)
                            } else {
                                lanes::compact_scalar(s, k, u, o, 0, 0)
                            }
                        },
                    )
                }
            };
            compared += check(&words, bulk(true), single, "f32");
            compared += check(&words, bulk(false), single, "f32, scalar");
        }
        assert!(
            cfg!(miri) || compared > 600_000,
            "too few values compared: {compared}"
        );
    }
}
