//! The 128-bit LCG that PCG64 and PCG64DXSM share: its multipliers, NumPy's seeding, Brown's
//! jump-ahead, and fills of sixteen interleaved lanes with AVX-512. The two generators differ
//! in the multiplier they step by and in the permutation of the state they output.
//!
//! The AVX-512 fills: lane `j` of a block holds the state behind output `16k + j`. Every lane
//! steps by sixteen states at once (`s -> A*s + C` with `A = M^16`, `C = inc*(M^15 + ... + M +
//! 1)`, Brown's jump-ahead), so the lanes are independent and the outputs come out in the
//! serial order, with the same final state. Eight lanes fit a 512-bit register; two registers keep the
//! multiplier busy while each register's step waits on its products' latency.
//!
//! The 64x64-bit products the 128-bit multiply needs are built from `vpmuludq` (32x32 -> 64)
//! for the high half, `vpmullq` (AVX-512DQ) for low halves. LLVM does not vectorise the same
//! arithmetic written on `u64`s: it recognises the high half as a 128-bit multiply and emits
//! scalar `mulx`, so this module uses the intrinsics.
//!
//! Only the whole blocks run here; the caller finishes the last `len % 16` values with its
//! scalar fill (PCG64's two-lane loop, PCG64DXSM's serial one). In cache this takes PCG64's
//! raw fill from about 1.2 to 0.8 ns per value and PCG64DXSM's from 1.8 to 1.0 (its serial
//! loop is one chain of dependent 128-bit multiplies, which no scalar rewrite shortens).

use crate::seed_sequence::SeedSequence;
use crate::simd::SimdPath;

/// PCG64's 128-bit multiplier; NumPy seeds PCG64DXSM with it too.
pub const PCG_DEFAULT_MULTIPLIER: u128 = 0x2360_ed05_1fc6_5da4_4385_df64_9fcc_f645;

/// `jumped()` advances by this many steps per jump: ⌊(φ−1)·2^128⌋ + 1.
pub const PCG_JUMP_STEP: u128 = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835;

/// PCG64DXSM's 64-bit multiplier, of its LCG step and of its output permutation.
pub const PCG_CHEAP_MULTIPLIER: u64 = 0xda94_2042_e4dd_58b5;

/// The `(state, inc)` NumPy's `pcg64_set_seed` builds from a seed sequence.
pub(crate) fn seeded_lcg(seed_seq: &SeedSequence) -> (u128, u128) {
    let mut v = [0u64; 4];
    seed_seq.generate_state_u64(&mut v);
    let initstate = (u128::from(v[0]) << 64) | u128::from(v[1]);
    let initseq = (u128::from(v[2]) << 64) | u128::from(v[3]);
    let inc = (initseq << 1) | 1;
    let step = |s: u128| s.wrapping_mul(PCG_DEFAULT_MULTIPLIER).wrapping_add(inc);
    (step(step(0).wrapping_add(initstate)), inc)
}

/// Brown's "Random Number Generation with Arbitrary Stride": the state `delta` steps of
/// `s -> s*mult + plus` ahead, in O(log delta).
pub(crate) fn lcg_advance(state: u128, mut delta: u128, mut mult: u128, mut plus: u128) -> u128 {
    let (mut acc_mult, mut acc_plus) = (1u128, 0u128);
    while delta > 0 {
        if delta & 1 == 1 {
            acc_mult = acc_mult.wrapping_mul(mult);
            acc_plus = acc_plus.wrapping_mul(mult).wrapping_add(plus);
        }
        plus = mult.wrapping_add(1).wrapping_mul(plus);
        mult = mult.wrapping_mul(mult);
        delta >>= 1;
    }
    acc_mult.wrapping_mul(state).wrapping_add(acc_plus)
}

// ---- AVX-512 lanes -------------------------------------------------------------------------

/// Which of the two generators' output permutations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lcg {
    /// PCG64: XSL-RR of the state after the step.
    Pcg64,
    /// PCG64DXSM: DXSM of the state before the step.
    Dxsm,
}

/// Outputs per block (two registers of eight lanes).
const LANES: usize = 16;

/// `M^j` and `1 + M + ... + M^(j-1)` (mod 2^128) for `j = 0..=LANES`.
const fn powers(m: u128) -> ([u128; LANES + 1], [u128; LANES + 1]) {
    let (mut pow, mut sum) = ([1u128; LANES + 1], [0u128; LANES + 1]);
    let mut j = 1;
    while j <= LANES {
        pow[j] = pow[j - 1].wrapping_mul(m);
        sum[j] = sum[j - 1].wrapping_mul(m).wrapping_add(1);
        j += 1;
    }
    (pow, sum)
}

static PCG64_POWERS: ([u128; LANES + 1], [u128; LANES + 1]) = powers(PCG_DEFAULT_MULTIPLIER);
static DXSM_POWERS: ([u128; LANES + 1], [u128; LANES + 1]) = powers(PCG_CHEAP_MULTIPLIER as u128);

/// Fills the longest prefix of `out` that is a whole number of blocks with `lcg`'s `next_u64`
/// values from `state` (stepping it past them) and returns the prefix's length; 0, touching
/// nothing, unless `path` is [`SimdPath::Avx512`] on a CPU that has it.
pub(crate) fn fill_u64(
    path: SimdPath,
    lcg: Lcg,
    state: &mut u128,
    inc: u128,
    out: &mut [u64],
) -> usize {
    fill(path, lcg, state, inc, out)
}

/// As [`fill_u64`], each value converted by NumPy's `(x >> 11) * 2^-53`.
pub(crate) fn fill_double(
    path: SimdPath,
    lcg: Lcg,
    state: &mut u128,
    inc: u128,
    out: &mut [f64],
) -> usize {
    fill(path, lcg, state, inc, out)
}

#[cfg(not(target_arch = "x86_64"))]
fn fill<T>(_: SimdPath, _: Lcg, _: &mut u128, _: u128, _: &mut [T]) -> usize {
    0
}

#[cfg(target_arch = "x86_64")]
fn fill<T: avx512::Store>(
    path: SimdPath,
    lcg: Lcg,
    state: &mut u128,
    inc: u128,
    out: &mut [T],
) -> usize {
    let blocks = out.len() / LANES;
    if path != SimdPath::Avx512 || blocks == 0 || !SimdPath::Avx512.available() {
        return 0;
    }
    let out = &mut out[..blocks * LANES];
    // SAFETY: the `avx512` functions are safe code compiled for AVX-512F/DQ; their one
    // requirement, a CPU (and OS) with both, is checked just above.
    #[allow(unsafe_code)]
    unsafe {
        match lcg {
            Lcg::Pcg64 => avx512::fill::<T, false>(&PCG64_POWERS, state, inc, out),
            Lcg::Dxsm => avx512::fill::<T, true>(&DXSM_POWERS, state, inc, out),
        }
    }
    out.len()
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use super::LANES;
    use core::arch::x86_64::*;

    /// Eight 128-bit numbers, one per lane: low and high words.
    #[derive(Clone, Copy)]
    struct U128x8 {
        lo: __m512i,
        hi: __m512i,
    }

    /// A per-lane 128-bit multiplier, split as the multiply uses it.
    #[derive(Clone, Copy)]
    struct Mult {
        lo: __m512i,
        lo_lo32: __m512i,
        lo_hi32: __m512i,
        hi: __m512i,
    }

    // The module's other `unsafe` is reinterpretation, here and in the `Store` impls: a 512-bit
    // vector and an array of eight 64-bit numbers are the same 64 bytes, and every bit pattern
    // is valid for both, so `transmute` between them is sound.
    #[inline]
    #[target_feature(enable = "avx512f")]
    #[allow(unsafe_code)]
    fn from_words(w: [u64; 8]) -> __m512i {
        // SAFETY: see above.
        unsafe { core::mem::transmute(w) }
    }

    /// Where a block's vectors of outputs go: `u64` words as they are, `f64` as NumPy's
    /// `next_double` of them.
    pub(super) trait Store: Sized {
        fn store(v: __m512i, out: &mut [Self]);
    }

    impl Store for u64 {
        #[inline(always)]
        #[allow(unsafe_code)]
        fn store(v: __m512i, out: &mut [u64]) {
            // SAFETY: see above.
            let w: [u64; 8] = unsafe { core::mem::transmute(v) };
            out.copy_from_slice(&w);
        }
    }

    impl Store for f64 {
        #[inline(always)]
        #[allow(unsafe_code)]
        fn store(v: __m512i, out: &mut [f64]) {
            // SAFETY: `to_double` needs AVX-512F/DQ, which every caller of `store` (`fill`,
            // only ever run on such a CPU) is compiled for; the transmute as above.
            let d: [f64; 8] = unsafe { core::mem::transmute(to_double(v)) };
            out.copy_from_slice(&d);
        }
    }

    /// `(x >> 11) * 2^-53` per lane: the conversion is exact below 2^53, and so is scaling by a
    /// power of two, so the bits equal the scalar `u64_to_double`'s.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn to_double(x: __m512i) -> __m512d {
        let d = _mm512_cvtepu64_pd(_mm512_srli_epi64::<11>(x));
        _mm512_mul_pd(d, _mm512_set1_pd(1.0 / 9007199254740992.0))
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn splat(x: u128) -> U128x8 {
        U128x8 {
            lo: _mm512_set1_epi64(x as u64 as i64),
            hi: _mm512_set1_epi64((x >> 64) as u64 as i64),
        }
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn lanes(x: &[u128]) -> U128x8 {
        let (mut lo, mut hi) = ([0u64; 8], [0u64; 8]);
        for (j, &v) in x[..8].iter().enumerate() {
            (lo[j], hi[j]) = (v as u64, (v >> 64) as u64);
        }
        U128x8 {
            lo: from_words(lo),
            hi: from_words(hi),
        }
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn mult(a: U128x8) -> Mult {
        Mult {
            lo: a.lo,
            lo_lo32: _mm512_and_si512(a.lo, _mm512_set1_epi64(0xffff_ffff)),
            lo_hi32: _mm512_srli_epi64::<32>(a.lo),
            hi: a.hi,
        }
    }

    /// `x*a + c` (mod 2^128) per lane.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn mul_add(x: U128x8, a: &Mult, c: U128x8) -> U128x8 {
        let m32 = _mm512_set1_epi64(0xffff_ffff);
        // The high word of x.lo * a.lo from four 32x32-bit products (vpmuludq reads the low
        // 32 bits of each lane); its low word is vpmullq's.
        let x_hi32 = _mm512_srli_epi64::<32>(x.lo);
        let p00 = _mm512_mul_epu32(x.lo, a.lo_lo32);
        let p01 = _mm512_mul_epu32(x.lo, a.lo_hi32);
        let p10 = _mm512_mul_epu32(x_hi32, a.lo_lo32);
        let p11 = _mm512_mul_epu32(x_hi32, a.lo_hi32);
        let mid = _mm512_add_epi64(
            _mm512_add_epi64(_mm512_srli_epi64::<32>(p00), _mm512_and_si512(p01, m32)),
            _mm512_and_si512(p10, m32),
        );
        let lo_hi = _mm512_add_epi64(
            _mm512_add_epi64(p11, _mm512_srli_epi64::<32>(p01)),
            _mm512_add_epi64(_mm512_srli_epi64::<32>(p10), _mm512_srli_epi64::<32>(mid)),
        );
        let lo = _mm512_mullo_epi64(x.lo, a.lo);
        let cross = _mm512_add_epi64(
            _mm512_mullo_epi64(x.lo, a.hi),
            _mm512_mullo_epi64(x.hi, a.lo),
        );
        let hi = _mm512_add_epi64(lo_hi, cross);
        // + c, the carry out of the low word as a masked +1.
        let lo = _mm512_add_epi64(lo, c.lo);
        let carry = _mm512_cmplt_epu64_mask(lo, c.lo);
        let hi = _mm512_add_epi64(hi, c.hi);
        let hi = _mm512_mask_add_epi64(hi, carry, hi, _mm512_set1_epi64(1));
        U128x8 { lo, hi }
    }

    /// PCG64's XSL-RR: `(hi ^ lo) rotated right by hi >> 58`.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn xsl_rr(s: U128x8) -> __m512i {
        _mm512_rorv_epi64(_mm512_xor_si512(s.hi, s.lo), _mm512_srli_epi64::<58>(s.hi))
    }

    /// PCG64DXSM's output of a state (before its step).
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn dxsm(s: U128x8) -> __m512i {
        let cheap = _mm512_set1_epi64(super::PCG_CHEAP_MULTIPLIER as i64);
        let h = _mm512_xor_si512(s.hi, _mm512_srli_epi64::<32>(s.hi));
        let h = _mm512_mullo_epi64(h, cheap);
        let h = _mm512_xor_si512(h, _mm512_srli_epi64::<48>(h));
        _mm512_mullo_epi64(h, _mm512_or_si512(s.lo, _mm512_set1_epi64(1)))
    }

    /// The eight states `k..k+8` steps ahead of `s`: `M^j*s + inc*S_j` for `j` from `k`.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn ahead(pow: &[u128], sum: &[u128], k: usize, s: u128, inc: u128) -> U128x8 {
        let c = mul_add(splat(inc), &mult(lanes(&sum[k..])), splat(0));
        mul_add(splat(s), &mult(lanes(&pow[k..])), c)
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn output<const DXSM: bool>(s: U128x8) -> __m512i {
        if DXSM { dxsm(s) } else { xsl_rr(s) }
    }

    /// `out.len()` (a positive multiple of `LANES`) values from `state`; `DXSM` picks the
    /// generator. `powers` are the multiplier's [`super::powers`].
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) fn fill<T: Store, const DXSM: bool>(
        powers: &([u128; LANES + 1], [u128; LANES + 1]),
        state: &mut u128,
        inc: u128,
        out: &mut [T],
    ) {
        let (pow, sum) = powers;
        // Lane j starts at the state `first + j` steps from `state`: PCG64 outputs the stepped
        // state (first = 1), PCG64DXSM the current one (first = 0).
        let first = usize::from(!DXSM);
        let mut s = [
            ahead(pow, sum, first, *state, inc),
            ahead(pow, sum, first + 8, *state, inc),
        ];
        let step_mult = mult(splat(pow[LANES]));
        let step_add = splat(inc.wrapping_mul(sum[LANES]));
        let mut blocks = out.chunks_exact_mut(LANES);
        // PCG64 steps before each output but the first block's; PCG64DXSM after each.
        if !DXSM && let Some(block) = blocks.next() {
            T::store(output::<DXSM>(s[0]), &mut block[..8]);
            T::store(output::<DXSM>(s[1]), &mut block[8..]);
        }
        for block in blocks {
            if !DXSM {
                s = [
                    mul_add(s[0], &step_mult, step_add),
                    mul_add(s[1], &step_mult, step_add),
                ];
            }
            T::store(output::<DXSM>(s[0]), &mut block[..8]);
            T::store(output::<DXSM>(s[1]), &mut block[8..]);
            if DXSM {
                s = [
                    mul_add(s[0], &step_mult, step_add),
                    mul_add(s[1], &step_mult, step_add),
                ];
            }
        }
        // PCG64: the last output's state (lane 15); PCG64DXSM: the next one's (lane 0).
        let (lo, hi): ([u64; 8], [u64; 8]) = if DXSM {
            (words(s[0].lo), words(s[0].hi))
        } else {
            (words(s[1].lo), words(s[1].hi))
        };
        let j = if DXSM { 0 } else { 7 };
        *state = (u128::from(hi[j]) << 64) | u128::from(lo[j]);
    }

    #[inline]
    #[target_feature(enable = "avx512f")]
    fn words(v: __m512i) -> [u64; 8] {
        let mut w = [0u64; 8];
        u64::store(v, &mut w);
        w
    }
}
