//! The bulk `fill_u64` / `fill_raw` of PCG64, PCG64DXSM and SFC64 (for speed: PCG64 runs two
//! interleaved LCG lanes, both PCGs sixteen AVX-512 lanes where the CPU has them, SFC64 a loop
//! shaped for LLVM) against single `next_u64` / `next_raw` calls: for every start state and length, the same values, value by value, and an identical
//! generator afterwards (pending half word included). `BitGenerator`'s fills must agree too.

use randstreams::seams::SimdPath;
use randstreams::{BitGenerator, Core, Pcg64, Pcg64Dxsm, RawBits, SeedSequence, Sfc64};

/// Lengths: every small one (lane remainders, the first pair, empty), then large odd ones.
fn lengths() -> Vec<usize> {
    let mut v: Vec<usize> = (0..=70).collect();
    v.extend([127, 128, 129, 1001, 4096, 10007, 1_000_003]);
    v
}

/// Which bulk method is checked against which single-value one.
#[derive(Clone, Copy, Debug)]
enum Method {
    U64,
    Raw,
}

/// Fills `len` values from a copy of `start` with `bulk` and compares them, value by value,
/// with single calls on another copy; then the two generators, and what they draw next.
fn check_one<G>(label: &str, start: &G, len: usize, m: Method, bulk: impl Fn(&mut G, &mut [u64]))
where
    G: RawBits + Clone + PartialEq + std::fmt::Debug,
{
    let (mut fast, mut slow) = (start.clone(), start.clone());
    let mut out = vec![0xdead_beef_u64; len];
    bulk(&mut fast, &mut out);
    for (i, &v) in out.iter().enumerate() {
        let want = match m {
            Method::U64 => slow.next_u64(),
            Method::Raw => slow.next_raw(),
        };
        assert_eq!(v, want, "{label}: {m:?} len {len}, value {i}");
    }
    assert_eq!(fast, slow, "{label}: {m:?} len {len}: generator differs");
    // The pending half word (if any) comes out first, then the stream goes on identically.
    assert_eq!(
        [fast.next_u32(), fast.next_u32(), fast.next_u32()],
        [slow.next_u32(), slow.next_u32(), slow.next_u32()],
        "{label}: {m:?} len {len}: continuation"
    );
    assert_eq!(fast, slow, "{label}: {m:?} len {len}: after continuation");
}

/// `fill_u64` and `fill_raw` of the concrete generator, and of a `BitGenerator` holding it, for
/// every length.
fn check<G>(label: &str, start: &G, wrap: impl Fn(G) -> Core)
where
    G: RawBits + Clone + PartialEq + std::fmt::Debug,
{
    let bg = BitGenerator::from_core(wrap(start.clone()));
    for len in lengths() {
        check_one(label, start, len, Method::U64, |g, o| g.fill_u64(o));
        check_one(label, start, len, Method::Raw, |g, o| g.fill_raw(o));
        // The inherent method and the trait method (the FFI's path) of `BitGenerator`.
        check_one(label, &bg, len, Method::U64, BitGenerator::fill_u64);
        check_one(label, &bg, len, Method::Raw, BitGenerator::random_raw);
        check_one(
            label,
            &bg,
            len,
            Method::U64,
            <BitGenerator as RawBits>::fill_u64,
        );
        check_one(
            label,
            &bg,
            len,
            Method::Raw,
            <BitGenerator as RawBits>::fill_raw,
        );
    }
}

/// Fills in pieces of awkward lengths must continue one stream.
fn check_pieces<G>(label: &str, start: &G)
where
    G: RawBits + Clone + PartialEq + std::fmt::Debug,
{
    let (mut fast, mut slow) = (start.clone(), start.clone());
    for len in [1usize, 2, 3, 0, 5, 64, 7, 1000, 1, 33] {
        let mut out = vec![0; len];
        fast.fill_u64(&mut out);
        let want: Vec<u64> = (0..len).map(|_| slow.next_u64()).collect();
        assert_eq!(out, want, "{label}: piece of {len}");
        assert_eq!(fast, slow, "{label}: after a piece of {len}");
    }
}

/// A seeded generator, the same with a pending half word, and one a few draws further on.
fn starts<G: RawBits + Clone>(new: impl Fn(&SeedSequence) -> G) -> Vec<(String, G)> {
    let mut v = Vec::new();
    for seed in [0u64, 12345] {
        let g = new(&SeedSequence::from_u64(seed));
        let mut pending = g.clone();
        pending.next_u32(); // the high half is now pending
        let mut later = pending.clone();
        for _ in 0..7 {
            later.next_u64();
        }
        v.push((format!("seed {seed}"), g));
        v.push((format!("seed {seed}, half pending"), pending));
        v.push((format!("seed {seed}, half pending, 7 later"), later));
    }
    v
}

#[test]
fn pcg64_fill_matches_single_draws() {
    for (label, g) in starts(Pcg64::new) {
        check(&format!("PCG64 {label}"), &g, Core::Pcg64);
        check_pieces(&format!("PCG64 {label}"), &g);
    }
}

#[test]
fn pcg64_fill_matches_from_set_states() {
    // NumPy's state setter takes any state and increment, even an even increment.
    for (state, inc) in [
        (0u128, 0u128),
        (u128::MAX, 1),
        (1, u128::MAX),
        (0x0123_4567_89ab_cdef_fedc_ba98_7654_3210, 0x2),
    ] {
        let mut g = Pcg64::new(&SeedSequence::from_u64(1));
        g.state = state;
        g.inc = inc;
        g.next_u32();
        let label = format!("PCG64 state {state:#x} inc {inc:#x}");
        for len in [0usize, 1, 2, 3, 4, 5, 17, 64, 1001] {
            check_one(&label, &g, len, Method::U64, |g, o| g.fill_u64(o));
            check_one(&label, &g, len, Method::Raw, |g, o| g.fill_raw(o));
        }
    }
}

#[test]
fn pcg64dxsm_fill_matches_single_draws() {
    for (label, g) in starts(Pcg64Dxsm::new) {
        check(&format!("PCG64DXSM {label}"), &g, Core::Pcg64Dxsm);
        check_pieces(&format!("PCG64DXSM {label}"), &g);
    }
}

/// PCG64 and PCG64DXSM on every [`SimdPath`] in one process (`check` above runs the selected
/// one): `fill_u64` and `fill_double` against single draws, value by value and bit by bit, and
/// the generator afterwards. The AVX-512 path runs whole blocks of 16 in `bitgen::lcg128` and
/// the rest serially, so the lengths cover every remainder around one, two and many blocks.
/// Starting states include set ones whose low words carry into the high words.
#[test]
fn pcg_fill_paths_match_single_draws() {
    if !SimdPath::Avx512.available() {
        eprintln!("note: this CPU has no AVX-512F/DQ; its path falls back to the portable code");
    }
    let lens: Vec<usize> = (0..=50).chain([63, 64, 65, 255, 256, 257, 1001]).collect();
    let set = [
        (0u128, 0u128),
        (u128::MAX, 1),
        (1, u128::MAX),
        (u128::from(u64::MAX), 0x2),
        (0x0123_4567_89ab_cdef_ffff_ffff_ffff_fff0, u128::MAX - 2),
    ];
    macro_rules! run {
        ($g:ty, $name:literal) => {{
            let mut gens = starts(<$g>::new);
            for (state, inc) in set {
                let mut g = <$g>::new(&SeedSequence::from_u64(1));
                (g.state, g.inc) = (state, inc);
                gens.push((format!("state {state:#x} inc {inc:#x}"), g));
            }
            for (label, start) in &gens {
                for &len in &lens {
                    let mut slow = start.clone();
                    let words: Vec<u64> = (0..len).map(|_| slow.next_u64()).collect();
                    let mut d = start.clone();
                    let doubles: Vec<u64> = (0..len).map(|_| d.next_double().to_bits()).collect();
                    for path in [SimdPath::Portable, SimdPath::Avx2, SimdPath::Avx512] {
                        let label = format!("{} {label}: {path:?} len {len}", $name);
                        let mut fast = start.clone();
                        let mut out = vec![0xdead_beef_u64; len];
                        fast.fill_u64_with(path, &mut out);
                        assert!(out == words, "{label}: fill_u64 values differ");
                        assert_eq!(fast, slow, "{label}: fill_u64 state");
                        let mut fast = start.clone();
                        let mut out = vec![-1.0f64; len];
                        fast.fill_double_with(path, &mut out);
                        let bits: Vec<u64> = out.iter().map(|d| d.to_bits()).collect();
                        assert!(bits == doubles, "{label}: fill_double values differ");
                        assert_eq!(fast, slow, "{label}: fill_double state");
                    }
                }
            }
        }};
    }
    run!(Pcg64, "PCG64");
    run!(Pcg64Dxsm, "PCG64DXSM");
}

#[test]
fn sfc64_fill_matches_single_draws() {
    for (label, g) in starts(Sfc64::new) {
        check(&format!("SFC64 {label}"), &g, Core::Sfc64);
        check_pieces(&format!("SFC64 {label}"), &g);
    }
}

#[test]
fn sfc64_fill_across_the_counter_wrap() {
    // The fast fill leaves its inner loop when the counter wraps to 0: start just before the
    // wrap, on it, and after it, with and without a pending half word.
    for back in [0u64, 1, 2, 3, 5, 8, 33, 64] {
        let mut g = Sfc64::new(&SeedSequence::from_u64(99));
        g.state[3] = 0u64.wrapping_sub(back);
        for pending in [false, true] {
            let mut g = g.clone();
            if pending {
                g.next_u32();
            }
            let label = format!("SFC64 counter 2^64-{back}, pending {pending}");
            for len in (0..=70).chain([129, 1001]) {
                check_one(&label, &g, len, Method::U64, |g, o| g.fill_u64(o));
                check_one(&label, &g, len, Method::Raw, |g, o| g.fill_raw(o));
            }
            check_pieces(&label, &g);
            check_one(
                &label,
                &BitGenerator::from_core(Core::Sfc64(g)),
                100,
                Method::U64,
                |g, o| g.fill_u64(o),
            );
        }
    }
    // Both fills step the counter through 0 exactly as single draws do.
    let mut g = Sfc64::new(&SeedSequence::from_u64(99));
    g.state[3] = u64::MAX - 1;
    g.fill_u64(&mut [0; 5]);
    assert_eq!(g.state[3], 3);
}
