//! Kernel fast paths on eight 64-bit (or sixteen 32-bit) words at once with AVX-512, for the
//! fills' blocks of words drawn ahead (for speed): bounded integers (Lemire's test on 64-bit and
//! 32-bit words), and the exponential ziggurat's passes (last paragraph).
//!
//! The Lemire functions are their kernel's `first` over a run of words: each writes the values
//! of the leading words the fast path accepts and returns how many, stopping only at the first
//! word `first` rejects or where less than a group is left; [`super::blocks::run_block`] goes
//! on from there. Without the AVX-512 path they return 0 and the scalar loop does everything.
//! A group's vector values are the scalar kernel's bit for bit in every lane its `sure` mask
//! marks; any other lane is redone by the scalar `first`, so a vector test only has to be right
//! when it is sure, and may give up on rare words.
//!
//! The exponential's passes ([`super::blocks::fill_attempts`]) are exact in every lane: the
//! candidates (two table gathers, a conversion, a product, a compare) and the compaction of
//! the kept values (`vcompresspd` / `vcompressps`).

#[cfg(target_arch = "x86_64")]
use crate::simd::SimdPath;

/// Whether the fills use this module's AVX-512 code (decided once per process; `selected`
/// picks AVX-512 only on a CPU and OS that have AVX-512F/DQ, and AVX2, BMI2 and POPCNT).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn on() -> bool {
    SimdPath::selected() == SimdPath::Avx512
}

/// `avx512::$f(args)` when [`on`], else `fallback` (by default 0: nothing written, the scalar
/// loop does it all).
macro_rules! enter {
    ($f:ident($($arg:ident),*)) => {{
        enter!($f($($arg),*) else {
            let _ = ($($arg),*);
            0
        })
    }};
    ($f:ident($($arg:ident),*) else $fallback:expr) => {{
        #[cfg(target_arch = "x86_64")]
        if on() {
            // SAFETY: the `avx512` functions are safe code compiled for AVX-512F/DQ (and BMI2,
            // POPCNT); `on` checked the CPU for all of them.
            #[allow(unsafe_code)]
            return unsafe { avx512::$f($($arg),*) };
        }
        $fallback
    }};
}

/// `first` (Lemire's fast path on a 64-bit word for `rng`, its value written as `put(v)`) over
/// the leading words.
#[inline(always)]
pub(crate) fn lemire_u64<T>(
    words: &[u64],
    out: &mut [T],
    rng: u64,
    put: impl Fn(u64) -> T,
    first: impl Fn(u64) -> Option<T>,
) -> usize {
    enter!(lemire_u64(words, out, rng, put, first))
}

/// As [`lemire_u64`], on 32-bit words.
#[inline(always)]
pub(crate) fn lemire_u32<T>(
    words: &[u32],
    out: &mut [T],
    rng: u32,
    put: impl Fn(u32) -> T,
    first: impl Fn(u32) -> Option<T>,
) -> usize {
    enter!(lemire_u32(words, out, rng, put, first))
}

/// Whether this module's AVX-512 code runs (the exponential fills take their passes only then:
/// without the vector passes they are slower than the one-pass loop).
#[inline(always)]
pub(crate) fn available() -> bool {
    #[cfg(target_arch = "x86_64")]
    return on();
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// [`super::exponential::exponential_attempt`] on each whole group of eight words: the
/// candidate to `cand[i]`, a miss to bit `i` of `miss`. Returns how many words were done.
#[inline(always)]
pub(crate) fn exponential_candidates(
    words: &[u64],
    cand: &mut [f64; 256],
    miss: &mut [u64; 4],
) -> usize {
    enter!(exponential_candidates(words, cand, miss))
}

/// As [`exponential_candidates`], sixteen 32-bit words at a time.
#[inline(always)]
pub(crate) fn exponential_candidates_f(
    words: &[u32],
    cand: &mut [f32; 512],
    miss: &mut [u64; 8],
) -> usize {
    enter!(exponential_candidates_f(words, cand, miss))
}

/// Copies `src[i]` for each `i < used` whose bit is set in `keep` to the front of `dst`, in
/// order, and returns how many (at most `dst.len()`, which the caller makes sure of). The
/// AVX-512 version also writes up to a group's worth of slots past that count (inside `dst`).
#[inline(always)]
pub(crate) fn compact_f64(
    src: &[f64; 256],
    keep: &[u64; 4],
    used: usize,
    dst: &mut [f64],
) -> usize {
    enter!(compact_f64(src, keep, used, dst) else compact_scalar(src, keep, used, dst, 0, 0))
}

/// As [`compact_f64`], for 32-bit values.
#[inline(always)]
pub(crate) fn compact_f32(
    src: &[f32; 512],
    keep: &[u64; 8],
    used: usize,
    dst: &mut [f32],
) -> usize {
    enter!(compact_f32(src, keep, used, dst) else compact_scalar(src, keep, used, dst, 0, 0))
}

/// The scalar compaction from `src[i]` and `dst[j]` on.
#[inline(always)]
pub(crate) fn compact_scalar<T: Copy, const M: usize>(
    src: &[T],
    keep: &[u64; M],
    used: usize,
    dst: &mut [T],
    i: usize,
    mut j: usize,
) -> usize {
    for (i, &v) in src[..used].iter().enumerate().skip(i) {
        if keep[i / 64] >> (i % 64) & 1 != 0 {
            dst[j] = v;
            j += 1;
        }
    }
    j
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use core::arch::x86_64::*;

    // The module's other `unsafe`: reinterpretation between a 512-bit vector and an array of
    // words or floats of the same 64 bytes (every bit pattern is valid for both), and the
    // exponential's gathers (indices masked to a byte, tables of 256).

    /// The lane types: plain words and floats, any bits valid.
    trait Word: Copy {}
    impl Word for u32 {}
    impl Word for u64 {}
    impl Word for f32 {}
    impl Word for f64 {}

    #[inline]
    #[target_feature(enable = "avx512f")]
    #[allow(unsafe_code)]
    fn load<W: Word, const L: usize>(w: &[W]) -> __m512i {
        const { assert!(size_of::<[W; L]>() == 64) };
        let a: [W; L] = w[..L].try_into().expect("a whole group");
        // SAFETY: see above.
        unsafe { core::mem::transmute_copy(&a) }
    }

    #[inline]
    #[target_feature(enable = "avx512f")]
    #[allow(unsafe_code)]
    fn lanes<V: Word, const L: usize>(v: __m512i) -> [V; L] {
        const { assert!(size_of::<[V; L]>() == 64) };
        // SAFETY: see above.
        unsafe { core::mem::transmute_copy(&v) }
    }

    /// Writes a group's values and returns how many count. When `sure` has every lane, all `L`
    /// are `put(v)` (one vector store); otherwise lanes not in `sure` are redone by `first` up
    /// to the first it rejects, and the slots from there on are left for the fill's later
    /// values.
    #[inline(always)]
    fn put_group<W: Word, V: Word, T, const L: usize>(
        w: &[W],
        v: [V; L],
        sure: u32,
        out: &mut [T],
        put: impl Fn(V) -> T,
        first: impl Fn(W) -> Option<T>,
    ) -> usize {
        if sure == u32::MAX >> (32 - L) {
            for (o, &x) in out[..L].iter_mut().zip(&v) {
                *o = put(x);
            }
            return L;
        }
        for k in 0..L {
            out[k] = if sure >> k & 1 != 0 {
                put(v[k])
            } else {
                match first(w[k]) {
                    Some(x) => x,
                    None => return k,
                }
            };
        }
        L
    }

    /// Runs `group` (a group's values and `sure` mask) over the whole groups of `words`.
    #[inline(always)]
    fn run<W: Word, V: Word, T, const L: usize>(
        words: &[W],
        out: &mut [T],
        put: impl Fn(V) -> T,
        first: impl Fn(W) -> Option<T>,
        group: impl Fn(__m512i) -> ([V; L], u32),
    ) -> usize {
        let mut n = 0;
        for (w, o) in words.chunks_exact(L).zip(out.chunks_exact_mut(L)) {
            // SAFETY: `run` is reached only from `lemire_u64` / `lemire_u32`, which are entered
            // only after `on` found AVX-512F/DQ.
            #[allow(unsafe_code)]
            let (v, sure) = group(unsafe { load::<W, L>(w) });
            let k = put_group(w, v, sure, o, &put, &first);
            n += k;
            if k < L {
                break;
            }
        }
        n
    }

    /// The high words of the 64x64-bit products `w * e`, from four 32x32-bit `vpmuludq`s
    /// (which read the low 32 bits of each lane); `e_hi` is `e >> 32`.
    #[inline]
    #[target_feature(enable = "avx512f")]
    fn mul_hi(w: __m512i, e: __m512i, e_hi: __m512i) -> __m512i {
        let m32 = _mm512_set1_epi64(0xffff_ffff);
        let w_hi = _mm512_srli_epi64::<32>(w);
        let p00 = _mm512_mul_epu32(w, e);
        let p01 = _mm512_mul_epu32(w, e_hi);
        let p10 = _mm512_mul_epu32(w_hi, e);
        let p11 = _mm512_mul_epu32(w_hi, e_hi);
        let mid = _mm512_add_epi64(
            _mm512_add_epi64(_mm512_srli_epi64::<32>(p00), _mm512_and_si512(p01, m32)),
            _mm512_and_si512(p10, m32),
        );
        _mm512_add_epi64(
            _mm512_add_epi64(p11, _mm512_srli_epi64::<32>(p01)),
            _mm512_add_epi64(_mm512_srli_epi64::<32>(p10), _mm512_srli_epi64::<32>(mid)),
        )
    }

    /// Ranges below this (`rng + 1 < 2^42`) take the floating-point test of `lemire_u64`.
    const FLOAT_RANGE: u64 = 1 << 42;

    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) fn lemire_u64<T>(
        words: &[u64],
        out: &mut [T],
        rng: u64,
        put: impl Fn(u64) -> T,
        first: impl Fn(u64) -> Option<T>,
    ) -> usize {
        let e = rng.wrapping_add(1);
        if e < FLOAT_RANGE {
            // The value is floor(W) and the low product word is frac(W) * 2^64, W = w * e / 2^64.
            // y = fl(fl(w) * (e / 2^64)) (e / 2^64 is exact below 2^53) is W within two
            // roundings: |y - W| < W * 2^-52 (1 + 2^-53) < e * 2^-51 = err. When frac(y) lies in
            // (e / 2^64 + err, 1 - err), W lies strictly inside (floor(y), floor(y) + 1), so
            // floor(W) = floor(y), and frac(W) > e / 2^64: the low word exceeds rng, accepted.
            // Otherwise (a few words in 2^10) the lane is not sure and `first` decides.
            let c = e as f64 * (1.0 / 18446744073709551616.0);
            let err = e as f64 * (1.0 / 2251799813685248.0);
            let (c, low, high) = (
                _mm512_set1_pd(c),
                _mm512_set1_pd(c + err),
                _mm512_set1_pd(1.0 - err),
            );
            run(words, out, put, first, |w| {
                let y = _mm512_mul_pd(_mm512_cvtepu64_pd(w), c);
                let floor =
                    _mm512_roundscale_pd::<{ _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC }>(y);
                let frac = _mm512_sub_pd(y, floor);
                let sure = _mm512_cmp_pd_mask::<_CMP_GT_OQ>(frac, low)
                    & _mm512_cmp_pd_mask::<_CMP_LT_OQ>(frac, high);
                (lanes::<u64, 8>(_mm512_cvttpd_epu64(floor)), u32::from(sure))
            })
        } else {
            let e = _mm512_set1_epi64(e as i64);
            // Opaque to LLVM, which otherwise sees `mul_hi`'s 128-bit multiply in the
            // vpmuludqs and emits eight scalar `mul`s for it.
            let (e, e_hi) = core::hint::black_box((e, _mm512_srli_epi64::<32>(e)));
            let bound = _mm512_set1_epi64(rng as i64);
            run(words, out, put, first, |w| {
                // Accepted outright when the low product word exceeds rng.
                let sure = _mm512_cmpgt_epu64_mask(_mm512_mullo_epi64(w, e), bound);
                (lanes::<u64, 8>(mul_hi(w, e, e_hi)), u32::from(sure))
            })
        }
    }

    /// One group of `L` candidates: the table indices and magnitudes of the words in `w`,
    /// then `value(magnitudes, gathered we)` and the misses `magnitude >= gathered ke`.
    macro_rules! candidates {
        ($words:ident, $cand:ident, $miss:ident, $l:literal, $W:ty,
         |$w:ident| $split:expr, |$ri:ident, $ke:ident, $we:ident| $body:expr) => {{
            let groups = $words.len() / $l;
            for g in 0..groups {
                let i = $l * g;
                let $w = load::<$W, $l>(&$words[i..]);
                let ($ri, idx) = $split;
                let ($ke, $we) = gather(idx);
                let (x, m) = $body;
                $cand[i..i + $l].copy_from_slice(&x);
                $miss[i / 64] |= u64::from(m) << (i % 64);
            }
            $l * groups
        }};
    }

    #[target_feature(enable = "avx512f,avx512dq,bmi2")]
    pub(super) fn exponential_candidates(
        words: &[u64],
        cand: &mut [f64; 256],
        miss: &mut [u64; 4],
    ) -> usize {
        use crate::distributions::ziggurat_tables::{KE_DOUBLE, WE_DOUBLE};
        let byte = _mm512_set1_epi64(0xff);
        #[inline(always)]
        fn gather(idx: __m512i) -> (__m512i, __m512d) {
            // SAFETY: every index is below 256, the tables' length (masked to a byte); this
            // helper is only reachable from the AVX-512 function around it.
            #[allow(unsafe_code)]
            unsafe {
                (
                    _mm512_i64gather_epi64::<8>(idx, KE_DOUBLE.as_ptr().cast()),
                    _mm512_i64gather_pd::<8>(idx, WE_DOUBLE.as_ptr().cast()),
                )
            }
        }
        candidates!(
            words,
            cand,
            miss,
            8,
            u64,
            |w| (
                _mm512_srli_epi64::<11>(w),
                _mm512_and_si512(_mm512_srli_epi64::<3>(w), byte)
            ),
            |ri, ke, we| (
                lanes::<f64, 8>(_mm512_castpd_si512(_mm512_mul_pd(
                    _mm512_cvtepu64_pd(ri),
                    we
                ))),
                _mm512_cmpge_epu64_mask(ri, ke)
            )
        )
    }

    #[target_feature(enable = "avx512f,avx512dq,bmi2")]
    pub(super) fn exponential_candidates_f(
        words: &[u32],
        cand: &mut [f32; 512],
        miss: &mut [u64; 8],
    ) -> usize {
        use crate::distributions::ziggurat_tables::{KE_FLOAT, WE_FLOAT};
        let byte = _mm512_set1_epi32(0xff);
        #[inline(always)]
        fn gather(idx: __m512i) -> (__m512i, __m512) {
            // SAFETY: every index is below 256, the tables' length (masked to a byte); this
            // helper is only reachable from the AVX-512 function around it.
            #[allow(unsafe_code)]
            unsafe {
                (
                    _mm512_i32gather_epi32::<4>(idx, KE_FLOAT.as_ptr().cast()),
                    _mm512_i32gather_ps::<4>(idx, WE_FLOAT.as_ptr().cast()),
                )
            }
        }
        candidates!(
            words,
            cand,
            miss,
            16,
            u32,
            |w| (
                _mm512_srli_epi32::<9>(w),
                _mm512_and_si512(_mm512_srli_epi32::<1>(w), byte)
            ),
            |ri, ke, we| (
                lanes::<f32, 16>(_mm512_castps_si512(_mm512_mul_ps(
                    _mm512_cvtepu32_ps(ri),
                    we
                ))),
                _mm512_cmpge_epu32_mask(ri, ke)
            )
        )
    }

    /// The compaction of `L` values a group: `compress(keep bits, group)` into the front.
    macro_rules! compact {
        ($src:ident, $keep:ident, $used:ident, $dst:ident, $l:literal, $T:ty, $V:ty,
         |$k:ident, $v:ident| $compress:expr) => {{
            let (mut i, mut j) = (0, 0);
            while i + $l <= $used && j + $l <= $dst.len() {
                let $k = ($keep[i / 64] >> (i % 64)) as _;
                let g: [$T; $l] = $src[i..i + $l].try_into().expect("a group");
                // SAFETY: see above.
                #[allow(unsafe_code)]
                let $v: $V = unsafe { core::mem::transmute(g) };
                // The lanes past the kept ones are written too, and overwritten next.
                $dst[j..j + $l].copy_from_slice(&lanes::<$T, $l>($compress));
                j += $k.count_ones() as usize;
                i += $l;
            }
            super::compact_scalar($src, $keep, $used, $dst, i, j)
        }};
    }

    #[target_feature(enable = "avx512f,bmi2,popcnt")]
    pub(super) fn compact_f64(
        src: &[f64; 256],
        keep: &[u64; 4],
        used: usize,
        dst: &mut [f64],
    ) -> usize {
        compact!(src, keep, used, dst, 8, f64, __m512d, |k, v| {
            _mm512_castpd_si512(_mm512_maskz_compress_pd(k, v))
        })
    }

    #[target_feature(enable = "avx512f,bmi2,popcnt")]
    pub(super) fn compact_f32(
        src: &[f32; 512],
        keep: &[u64; 8],
        used: usize,
        dst: &mut [f32],
    ) -> usize {
        compact!(src, keep, used, dst, 16, f32, __m512, |k, v| {
            _mm512_castps_si512(_mm512_maskz_compress_ps(k, v))
        })
    }

    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) fn lemire_u32<T>(
        words: &[u32],
        out: &mut [T],
        rng: u32,
        put: impl Fn(u32) -> T,
        first: impl Fn(u32) -> Option<T>,
    ) -> usize {
        // Opaque for the same reason as in `lemire_u64`.
        let e = core::hint::black_box(_mm512_set1_epi32(rng.wrapping_add(1) as i32));
        let bound = _mm512_set1_epi32(rng as i32);
        run(words, out, put, first, |w| {
            // 32x32 -> 64-bit products of the even lanes and of the odd ones (vpmuludq reads
            // the low half of each 64-bit lane); their high halves interleaved are the values.
            let even = _mm512_mul_epu32(w, e);
            let odd = _mm512_mul_epu32(_mm512_srli_epi64::<32>(w), e);
            let value = _mm512_mask_blend_epi32(0xaaaa, _mm512_srli_epi64::<32>(even), odd);
            let sure = _mm512_cmpgt_epu32_mask(_mm512_mullo_epi32(w, e), bound);
            (lanes::<u32, 16>(value), u32::from(sure))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::integers::{lemire_u32_first, lemire_u64_first};
    use crate::simd::SimdPath;

    /// Walks `words` as `run_block` does: `lanes` from each position, checked against `first`
    /// (the count: the leading words it accepts, in whole groups of `l`; the values), then on
    /// past the word that stopped it. Returns how many values were compared.
    fn walk<W: Copy, V: PartialEq + std::fmt::Debug + Default + Copy>(
        words: &[W],
        l: usize,
        lanes: impl Fn(&[W], &mut [V]) -> usize,
        first: impl Fn(W) -> Option<V>,
        label: &str,
    ) -> usize {
        let (mut pos, mut total) = (0, 0);
        let mut out = vec![V::default(); words.len()];
        while pos < words.len() {
            let w = &words[pos..];
            let n = lanes(w, &mut out[pos..]);
            let whole = w.len() / l * l;
            let want = w[..whole].iter().position(|&x| first(x).is_none());
            assert_eq!(n, want.unwrap_or(whole), "{label}, from word {pos}");
            for (i, &x) in w[..n].iter().enumerate() {
                assert_eq!(Some(out[pos + i]), first(x), "{label}, word {}", pos + i);
            }
            total += n;
            pos += n + 1;
        }
        total
    }

    /// Words around k * 2^64 / e for small, large and pseudo-random k < e (low product words
    /// just above 0 and just below 2^64: where the floating-point test must be unsure, where
    /// its rounding is largest, and where Lemire rejects), then pseudo-random words.
    fn words64(e: u64) -> Vec<u64> {
        let mut x = 0x9e37_79b9_7f4a_7c15u64 ^ e;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut ks = vec![0, 1, 2, 3, 1000, e / 3, e / 2, e - 2, e - 1];
        ks.extend((0..500).map(|_| next() % e));
        let mut v = Vec::new();
        for k in ks {
            let w = ((u128::from(k) << 64) / u128::from(e)) as u64;
            v.extend([w.wrapping_sub(1), w, w.wrapping_add(1), w.wrapping_add(2)]);
        }
        // 0, and words whose conversion to double rounds up to 2^64.
        v.extend([0, 1, u64::MAX, u64::MAX - 1000, u64::MAX - (1 << 10)]);
        while v.len() < 6000 {
            v.push(next());
        }
        v
    }

    #[test]
    fn lemire_lanes_match_the_scalar_test() {
        if SimdPath::selected() != SimdPath::Avx512 {
            eprintln!("note: the AVX-512 path is not selected here; nothing to compare");
            return;
        }
        let mut total = 0;
        // Both sides of the floating-point test's limit (2^42), tiny and huge ranges.
        let ranges = [
            (1u64 << 32) + 1,
            1_000_000_000_000,
            (1 << 42) - 1,
            1 << 42,
            (1 << 42) + 1,
            (1 << 63) + 1,
            u64::MAX - 1,
            u64::MAX,
            // Odd ranges without a short binary form, where the rounding of y varies most.
            1_234_567_890_123,
            3_000_000_000_001,
            4_398_046_511_103 - 2_718_281,
        ];
        for e in ranges {
            let rng = e - 1;
            let words = words64(e);
            // Every start position, so each crafted word lands in every lane.
            for s in 0..8 {
                let first = |w| lemire_u64_first(w, rng);
                let lanes = |w: &[u64], o: &mut [u64]| super::lemire_u64(w, o, rng, |v| v, first);
                total += walk(&words[s..], 8, lanes, first, &format!("e = {e}, start {s}"));
            }
        }
        for e in [3u32, 1001, (1 << 31) + 1, u32::MAX - 1, u32::MAX] {
            let rng = e - 1;
            let words: Vec<u32> = words64(u64::from(e))
                .iter()
                .flat_map(|&w| [w as u32, (w >> 32) as u32])
                .chain((1..2000u64).map(|k| ((k << 32) / u64::from(e)) as u32))
                .collect();
            for s in 0..16 {
                let first = |w| lemire_u32_first(w, rng);
                let lanes = |w: &[u32], o: &mut [u32]| super::lemire_u32(w, o, rng, |v| v, first);
                total += walk(
                    &words[s..],
                    16,
                    lanes,
                    first,
                    &format!("e = {e}, start {s}"),
                );
            }
        }
        assert!(total > 300_000, "too few words compared: {total}");
    }
}
