//! The distribution fills draw their words in blocks through `fill_u64` / `fill_u32`, for speed.
//! Each fill here is checked against the single-value kernels, value by value (float bits
//! exactly), and the generator must end identical (pending half word and its stale value, Philox
//! buffer, MT19937 position), then keep drawing identically. Starts include a pending half word
//! and part-used Philox/MT19937 buffers; lengths straddle the 256/512-word blocks; parameters
//! include bounds that reject about half the draws, so rejection draws at block ends (taken from
//! the generator directly) are exercised too, as are rejections at every lane of the AVX-512
//! integer fast paths (`distributions::lanes`; the test command reruns this file without them).

use randstreams::distributions::{Generator, continuous, exponential, normal, uniform};
use randstreams::seams::Mt19937Blocks;
use randstreams::{
    Algorithm, BitGenerator, Mt19937, Pcg64, Pcg64Dxsm, Philox, RawBits, SeedSequence, Sfc64,
};
use std::fmt::Debug;
use std::sync::Arc;

fn lengths() -> Vec<usize> {
    let mut v: Vec<usize> = (0..=9).collect();
    v.extend([15, 16, 17, 31, 33, 255, 256, 257, 511, 512, 513, 1025, 6001]);
    v
}

/// Seeded, with a pending half word (MT19937: an odd position), and a few draws further on.
fn starts<G: RawBits + Clone>(new: impl Fn(&SeedSequence) -> G) -> Vec<(String, G)> {
    let mut v = Vec::new();
    for seed in [0u64, 12345] {
        let g = new(&SeedSequence::from_u64(seed));
        let mut pending = g.clone();
        pending.next_u32();
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

/// NumPy's 32-bit Lemire on `next_uint32`: [0, rng].
fn lemire32<G: RawBits>(g: &mut G, rng: u32) -> u32 {
    let excl = u64::from(rng) + 1;
    loop {
        let m = u64::from(g.next_u32()) * excl;
        if (m as u32 as u64) >= (u64::from(u32::MAX) - u64::from(rng)) % excl
            || m as u32 as u64 >= excl
        {
            return (m >> 32) as u32;
        }
    }
}

/// NumPy's 64-bit Lemire on `next_uint64`: [0, rng].
fn lemire64<G: RawBits>(g: &mut G, rng: u64) -> u64 {
    let excl = u128::from(rng) + 1;
    loop {
        let m = u128::from(g.next_u64()) * excl;
        let left = m as u64 as u128;
        if left >= excl || left >= (u128::from(u64::MAX) - u128::from(rng)) % excl {
            return (m >> 64) as u64;
        }
    }
}

/// Compares `bulk` with `len` calls of `single` from every start, for every length.
fn check<G, T>(
    label: &str,
    starts: &[(String, G)],
    bulk: impl Fn(&mut G, &mut [T]),
    single: impl Fn(&mut G) -> T,
) where
    G: RawBits + Clone + PartialEq + Debug,
    T: Copy + Default + Debug + Bits,
{
    check_lengths(label, starts, &lengths(), bulk, single)
}

/// [`check`] for the given lengths.
fn check_lengths<G, T>(
    label: &str,
    starts: &[(String, G)],
    lengths: &[usize],
    bulk: impl Fn(&mut G, &mut [T]),
    single: impl Fn(&mut G) -> T,
) where
    G: RawBits + Clone + PartialEq + Debug,
    T: Copy + Default + Debug + Bits,
{
    for (start_label, start) in starts {
        for &len in lengths {
            let (mut fast, mut slow) = (start.clone(), start.clone());
            let mut out = vec![T::default(); len];
            bulk(&mut fast, &mut out);
            for (i, &v) in out.iter().enumerate() {
                let want = single(&mut slow);
                assert_eq!(
                    v.bits(),
                    want.bits(),
                    "{label}, {start_label}, len {len}: value {i}: {v:?} vs {want:?}"
                );
            }
            assert_eq!(fast, slow, "{label}, {start_label}, len {len}: generator");
            assert_eq!(
                [fast.next_u32(), fast.next_u32(), fast.next_u64() as u32],
                [slow.next_u32(), slow.next_u32(), slow.next_u64() as u32],
                "{label}, {start_label}, len {len}: continuation"
            );
        }
    }
}

/// Exact comparison (floats by their bits, so NaN and -0.0 count).
trait Bits {
    fn bits(self) -> u64;
}
impl Bits for f64 {
    fn bits(self) -> u64 {
        self.to_bits()
    }
}
impl Bits for f32 {
    fn bits(self) -> u64 {
        u64::from(self.to_bits())
    }
}
impl Bits for i64 {
    fn bits(self) -> u64 {
        self as u64
    }
}
impl Bits for u64 {
    fn bits(self) -> u64 {
        self
    }
}
impl Bits for i32 {
    fn bits(self) -> u64 {
        u64::from(self as u32)
    }
}
impl Bits for u32 {
    fn bits(self) -> u64 {
        u64::from(self)
    }
}

/// The blocked fills of `distributions::continuous` (on the exponential fill, on blocks of
/// doubles, on blocks of words), for [`all_fills`].
macro_rules! continuous_fills {
    ($starts:expr, $l:expr, $gen:ident) => {{
        let (starts, l) = ($starts, $l);
        check(
            &l("pareto(2.5)"),
            starts,
            |g, o| $gen!(g).fill_pareto(2.5, o).unwrap(),
            |g| continuous::random_pareto(g, 2.5),
        );
        check(
            &l("weibull(1.5)"),
            starts,
            |g, o| $gen!(g).fill_weibull(1.5, o).unwrap(),
            |g| continuous::random_weibull(g, 1.5),
        );
        check(
            &l("weibull(0) (no draws)"),
            starts,
            |g, o| $gen!(g).fill_weibull(0.0, o).unwrap(),
            |g| continuous::random_weibull(g, 0.0),
        );
        check(
            &l("power(0.7)"),
            starts,
            |g, o| $gen!(g).fill_power(0.7, o).unwrap(),
            |g| continuous::random_power(g, 0.7),
        );
        check(
            &l("rayleigh(2.5)"),
            starts,
            |g, o| $gen!(g).fill_rayleigh(2.5, o).unwrap(),
            |g| continuous::random_rayleigh(g, 2.5),
        );
        check(
            &l("laplace(0.5, 2)"),
            starts,
            |g, o| $gen!(g).fill_laplace(0.5, 2.0, o).unwrap(),
            |g| continuous::random_laplace(g, 0.5, 2.0),
        );
        check(
            &l("gumbel(0.5, 2)"),
            starts,
            |g, o| $gen!(g).fill_gumbel(0.5, 2.0, o).unwrap(),
            |g| continuous::random_gumbel(g, 0.5, 2.0),
        );
        check(
            &l("logistic(0.5, 2)"),
            starts,
            |g, o| $gen!(g).fill_logistic(0.5, 2.0, o).unwrap(),
            |g| continuous::random_logistic(g, 0.5, 2.0),
        );
        check(
            &l("triangular(0, 1, 3)"),
            starts,
            |g, o| $gen!(g).fill_triangular(0.0, 1.0, 3.0, o).unwrap(),
            |g| continuous::random_triangular(g, 0.0, 1.0, 3.0),
        );
        check(
            &l("wald(1, 2)"),
            starts,
            |g, o| $gen!(g).fill_wald(1.0, 2.0, o).unwrap(),
            |g| continuous::random_wald(g, 1.0, 2.0),
        );
    }};
}

/// Every blocked fill, on `Generator::new($wrap)` with `$g` the generator, against the kernels.
/// (A macro: the wrapped source borrows the generator, which a closure cannot return.)
macro_rules! all_fills {
    ($name:expr, $starts:expr, $g:ident => $wrap:expr) => {{
        let (name, starts) = ($name, $starts);
        macro_rules! gen_ {
            ($x:expr) => {{
                let $g = $x;
                Generator::new($wrap)
            }};
        }
        let l = |what: &str| format!("{name} {what}");
        check(
            &l("random"),
            starts,
            |g, o| gen_!(g).fill_random(o),
            |g| g.next_double(),
        );
        check(
            &l("random f32"),
            starts,
            |g, o| gen_!(g).fill_random_f32(o),
            |g| uniform::random_standard_uniform_f(g),
        );
        check(
            &l("uniform(-1, 3)"),
            starts,
            |g, o| gen_!(g).fill_uniform(-1.0, 3.0, o).unwrap(),
            |g| uniform::random_uniform(g, -1.0, 4.0),
        );
        check(
            &l("standard_normal"),
            starts,
            |g, o| gen_!(g).fill_standard_normal(o),
            |g| normal::random_standard_normal(g),
        );
        check(
            &l("normal(1, 2)"),
            starts,
            |g, o| gen_!(g).fill_normal(1.0, 2.0, o).unwrap(),
            |g| normal::random_normal(g, 1.0, 2.0),
        );
        check(
            &l("lognormal(0.5, 0.3)"),
            starts,
            |g, o| gen_!(g).fill_lognormal(0.5, 0.3, o).unwrap(),
            |g| normal::random_lognormal(g, 0.5, 0.3),
        );
        check(
            &l("standard_normal f32"),
            starts,
            |g, o| gen_!(g).fill_standard_normal_f32(o),
            |g| normal::random_standard_normal_f(g),
        );
        check(
            &l("standard_exponential"),
            starts,
            |g, o| gen_!(g).fill_standard_exponential(o),
            |g| exponential::random_standard_exponential(g),
        );
        check(
            &l("standard_exponential f32"),
            starts,
            |g, o| gen_!(g).fill_standard_exponential_f32(o),
            |g| exponential::random_standard_exponential_f(g),
        );
        check(
            &l("exponential(2)"),
            starts,
            |g, o| gen_!(g).fill_exponential(2.0, o).unwrap(),
            |g| exponential::random_exponential(g, 2.0),
        );
        // A scale that rounds (2 never does), so folding it into the table product would show.
        check(
            &l("exponential(2.5)"),
            starts,
            |g, o| gen_!(g).fill_exponential(2.5, o).unwrap(),
            |g| exponential::random_exponential(g, 2.5),
        );
        continuous_fills!(starts, l, gen_);
        check(
            &l("integers(0, 1000) i64"),
            starts,
            |g, o| gen_!(g).fill_integers_i64(0, 1000, false, o).unwrap(),
            |g| i64::from(lemire32(g, 999)),
        );
        check(
            &l("integers(-5, 2**31 - 3) i64 (about half rejected)"),
            starts,
            |g, o| {
                gen_!(g)
                    .fill_integers_i64(-5, (1 << 31) - 3, false, o)
                    .unwrap()
            },
            |g| i64::from(lemire32(g, (1 << 31) + 1)) - 5,
        );
        check(
            &l("integers(0, 2**32 - 1) i64 (raw next_uint32)"),
            starts,
            |g, o| {
                gen_!(g)
                    .fill_integers_i64(0, u32::MAX.into(), true, o)
                    .unwrap()
            },
            |g| i64::from(g.next_u32()),
        );
        check(
            &l("integers(0, 2**40) i64"),
            starts,
            |g, o| gen_!(g).fill_integers_i64(0, 1 << 40, false, o).unwrap(),
            |g| lemire64(g, (1 << 40) - 1) as i64,
        );
        check(
            &l("integers(-9, 10**12) i64"),
            starts,
            |g, o| {
                gen_!(g)
                    .fill_integers_i64(-9, 1_000_000_000_000, false, o)
                    .unwrap()
            },
            |g| lemire64(g, 1_000_000_000_008) as i64 - 9,
        );
        check(
            &l("integers(7, 2**63 + 8) u64 (about half rejected)"),
            starts,
            |g, o| {
                gen_!(g)
                    .fill_integers_u64(7, (1 << 63) + 8, false, o)
                    .unwrap()
            },
            |g| lemire64(g, 1 << 63) + 7,
        );
        // Power-of-two ranges are filled by shifts (Lemire never rejects there).
        for k in [1u32, 2, 17, 31] {
            check(
                &l(&format!(
                    "integers(-3, 2**{k} - 3) i64 (shift of next_uint32)"
                )),
                starts,
                |g, o| {
                    gen_!(g)
                        .fill_integers_i64(-3, (1 << k) - 3, false, o)
                        .unwrap()
                },
                |g| i64::from(lemire32(g, (1 << k) - 1)) - 3,
            );
            check(
                &l(&format!("integers(2, 2**{k} + 2) u32 (shift)")),
                starts,
                |g, o| {
                    gen_!(g)
                        .fill_integers_u32(2, (1 << k) + 2, false, o)
                        .unwrap()
                },
                |g| lemire32(g, (1 << k) - 1) + 2,
            );
        }
        for k in [33u32, 40, 63] {
            check(
                &l(&format!(
                    "integers(9, 2**{k} + 8, endpoint) u64 (shift of next_uint64)"
                )),
                starts,
                |g, o| {
                    gen_!(g)
                        .fill_integers_u64(9, (1 << k) + 8, true, o)
                        .unwrap()
                },
                |g| lemire64(g, (1 << k) - 1) + 9,
            );
        }
        check(
            &l("integers(0, 2**64 - 1, endpoint) u64 (raw next_uint64)"),
            starts,
            |g, o| gen_!(g).fill_integers_u64(0, u64::MAX, true, o).unwrap(),
            |g| g.next_u64(),
        );
        check(
            &l("integers(0, 1000) i32"),
            starts,
            |g, o| gen_!(g).fill_integers_i32(0, 1000, false, o).unwrap(),
            |g| lemire32(g, 999) as i32,
        );
        check(
            &l("integers(1, 2**31 + 2) u32 (about half rejected)"),
            starts,
            |g, o| {
                gen_!(g)
                    .fill_integers_u32(1, (1 << 31) + 3, false, o)
                    .unwrap()
            },
            |g| lemire32(g, (1 << 31) + 1) + 1,
        );
        check(
            &l("integers(0, 2**32 - 1, endpoint) u32"),
            starts,
            |g, o| gen_!(g).fill_integers_u32(0, u32::MAX, true, o).unwrap(),
            |g| g.next_u32(),
        );
    }};
}

#[test]
fn pcg64() {
    all_fills!("PCG64", &starts(Pcg64::new), g => g);
}

#[test]
fn pcg64dxsm() {
    all_fills!("PCG64DXSM", &starts(Pcg64Dxsm::new), g => g);
}

#[test]
fn philox() {
    all_fills!("Philox", &starts(Philox::new), g => g);
}

#[test]
fn sfc64() {
    all_fills!("SFC64", &starts(Sfc64::new), g => g);
}

/// MT19937 through the block adapter that the C ABI uses, and bare (one value at a time).
#[test]
fn mt19937() {
    let s = starts(Mt19937::new);
    all_fills!("MT19937 blocks", &s, g => Mt19937Blocks(g));
    all_fills!("MT19937", &s, g => g);
}

/// `BitGenerator` (dispatch per block, its own `word_double`) for every algorithm.
#[test]
fn bit_generator() {
    for alg in Algorithm::ALL {
        let s = starts(|ss| BitGenerator::new(alg, Arc::new(ss.clone())));
        all_fills!(alg.name(), &s, g => g);
    }
}

/// A source whose `next_double` is 0.0 at chosen draws: alone, in runs, and in runs across the
/// 256-draw blocks of the fills (a block then runs out before its values do).
#[derive(Clone, Debug, PartialEq)]
struct ZeroDoubles {
    pos: u64,
}

impl ZeroDoubles {
    fn word(i: u64) -> u64 {
        if i % 97 == 3 || (250..262).contains(&(i % 512)) || i.is_multiple_of(256) {
            return i % 2048; // below 2^11: next_double() == 0.0
        }
        // splitmix64 of the position
        let mut z = i.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

impl RawBits for ZeroDoubles {
    fn next_u64(&mut self) -> u64 {
        self.pos += 1;
        Self::word(self.pos - 1)
    }
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9007199254740992.0)
    }
    fn word_double(&self) -> Option<fn(u64) -> f64> {
        Some(|w| (w >> 11) as f64 * (1.0 / 9007199254740992.0))
    }
}

/// NumPy draws again after a zero `next_double` in laplace, gumbel and logistic: the fills,
/// which take their doubles in blocks, against the kernels, with zeros everywhere in a block.
#[test]
fn uniform_fills_draw_again_after_a_zero() {
    let starts: Vec<(String, ZeroDoubles)> = [0u64, 1, 3, 200, 250, 255, 505]
        .into_iter()
        .map(|pos| (format!("at draw {pos}"), ZeroDoubles { pos }))
        .collect();
    check(
        "laplace",
        &starts,
        |g, o| Generator::new(g).fill_laplace(0.5, 2.0, o).unwrap(),
        |g| continuous::random_laplace(g, 0.5, 2.0),
    );
    check(
        "gumbel",
        &starts,
        |g, o| Generator::new(g).fill_gumbel(0.5, 2.0, o).unwrap(),
        |g| continuous::random_gumbel(g, 0.5, 2.0),
    );
    check(
        "logistic",
        &starts,
        |g, o| Generator::new(g).fill_logistic(0.5, 2.0, o).unwrap(),
        |g| continuous::random_logistic(g, 0.5, 2.0),
    );
    // No rejection, and U == 0 at mode == left takes the first branch: exactly left.
    check(
        "triangular",
        &starts,
        |g, o| Generator::new(g).fill_triangular(1.0, 1.0, 3.0, o).unwrap(),
        |g| continuous::random_triangular(g, 1.0, 1.0, 3.0),
    );
    let mut g = Generator::new(ZeroDoubles { pos: 0 });
    assert_eq!(g.next_triangular(1.0, 1.0, 3.0).unwrap(), 1.0);
    // The first value of laplace skips draw 0 (and takes draw 1).
    let mut g = Generator::new(ZeroDoubles { pos: 0 });
    let want = continuous::random_laplace(&mut ZeroDoubles { pos: 1 }, 0.5, 2.0);
    assert_eq!(g.next_laplace(0.5, 2.0).unwrap(), want);
    assert_eq!(g.bit_generator().pos, 2);
}

/// Outputs of over 1 MiB, where the block fills also prefetch their output lines
/// (`prefetch_lines` in src/distributions/blocks.rs): the fills that do, for every algorithm,
/// from two starts. All six prefetch on the AVX-512 path (the default run on this project's
/// machines); in the reruns capped at AVX2 or portable none does, and the same fills are
/// checked at this length there.
#[test]
fn outputs_over_the_prefetch_threshold() {
    // 270,001 four-byte values are just over 1 MiB; eight-byte ones twice that.
    let lens = [270_001];
    for alg in Algorithm::ALL {
        let mut s = starts(|ss| BitGenerator::new(alg, Arc::new(ss.clone())));
        s.truncate(2); // seed 0, and with a half word pending
        let l = |what: &str| format!("{} {what}", alg.name());
        check_lengths(
            &l("standard_exponential"),
            &s,
            &lens,
            |g, o| Generator::new(g).fill_standard_exponential(o),
            exponential::random_standard_exponential,
        );
        check_lengths(
            &l("standard_exponential f32"),
            &s,
            &lens,
            |g, o| Generator::new(g).fill_standard_exponential_f32(o),
            exponential::random_standard_exponential_f,
        );
        check_lengths(
            &l("exponential(2.5)"),
            &s,
            &lens,
            |g, o| Generator::new(g).fill_exponential(2.5, o).unwrap(),
            |g| exponential::random_exponential(g, 2.5),
        );
        check_lengths(
            &l("integers(-5, 2**31 - 3) i64 (about half rejected)"),
            &s,
            &lens,
            |g, o| {
                Generator::new(g)
                    .fill_integers_i64(-5, (1 << 31) - 3, false, o)
                    .unwrap()
            },
            |g| i64::from(lemire32(g, (1 << 31) + 1)) - 5,
        );
        check_lengths(
            &l("integers(0, 1000) i32"),
            &s,
            &lens,
            |g, o| {
                Generator::new(g)
                    .fill_integers_i32(0, 1000, false, o)
                    .unwrap()
            },
            |g| lemire32(g, 999) as i32,
        );
        check_lengths(
            &l("integers(-9, 10**12) i64"),
            &s,
            &lens,
            |g, o| {
                Generator::new(g)
                    .fill_integers_i64(-9, 1_000_000_000_000, false, o)
                    .unwrap()
            },
            |g| lemire64(g, 1_000_000_000_008) as i64 - 9,
        );
    }
}

/// The block fills of words themselves, against single draws.
#[test]
fn fill_u32_and_fill_double() {
    fn words<G: RawBits + Clone + PartialEq + Debug>(name: &str, s: &[(String, G)]) {
        check(
            &format!("{name} fill_u32"),
            s,
            |g, o| g.fill_u32(o),
            |g| g.next_u32(),
        );
        check(
            &format!("{name} fill_double"),
            s,
            |g, o| g.fill_double(o),
            |g| g.next_double(),
        );
    }
    words("PCG64", &starts(Pcg64::new));
    words("PCG64DXSM", &starts(Pcg64Dxsm::new));
    words("Philox", &starts(Philox::new));
    words("SFC64", &starts(Sfc64::new));
    let mt = starts(Mt19937::new);
    check(
        "MT19937 blocks fill_u32",
        &mt,
        |g, o| Mt19937Blocks(g).fill_u32(o),
        |g| g.next_u32(),
    );
    check(
        "MT19937 blocks fill_double",
        &mt,
        |g, o| Mt19937Blocks(g).fill_double(o),
        |g| g.next_double(),
    );
    for alg in Algorithm::ALL {
        words(
            alg.name(),
            &starts(|ss| BitGenerator::new(alg, Arc::new(ss.clone()))),
        );
    }
}
