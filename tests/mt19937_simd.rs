//! MT19937's bulk kernels, per instruction-set path, against an independent textbook MT19937 in
//! this file: `fill_raw` / `fill_u64` / `fill_u32` from every position in the 624-word block (reached by
//! single draws, so partly used blocks included), odd lengths, the state afterwards, and the
//! path selection by `RANDSTREAMS_SIMD`.
//!
//! Both paths are called directly here; running the whole suite again with
//! `RANDSTREAMS_SIMD=portable` also sends every other test (golden NumPy vectors included)
//! through the portable path.

use randstreams::seams::SimdPath;
use randstreams::{Mt19937, RawBits, SeedSequence};

const N: usize = 624;

/// Matsumoto & Nishimura's reference `genrand_int32`, one word at a time, with circular
/// indices; NumPy's MT19937 is this on the same `key` and `pos`.
#[derive(Clone)]
struct Textbook {
    mt: [u32; N],
    pos: usize,
}

impl Textbook {
    fn of(g: &Mt19937) -> Textbook {
        Textbook {
            mt: g.key,
            pos: g.pos,
        }
    }

    fn next(&mut self) -> u32 {
        if self.pos >= N {
            for k in 0..N {
                let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.mt[k] = self.mt[(k + 397) % N] ^ (y >> 1) ^ mag;
            }
            self.pos = 0;
        }
        let mut y = self.mt[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn same_state(&self, g: &Mt19937) -> bool {
        self.mt == g.key && self.pos == g.pos
    }
}

fn paths() -> [SimdPath; 3] {
    [SimdPath::Portable, SimdPath::Avx2, SimdPath::selected()]
}

/// Every block position 0..=623 reached by single draws from a seeded generator (which starts
/// at 623), twice over and across twists; pos 0, which single draws never leave (a state
/// set from NumPy's dict can have it); pos 624 from legacy seeding; a jumped start.
fn starts() -> Vec<Mt19937> {
    let mut g = Mt19937::new(&SeedSequence::from_u64(12345));
    let mut v = Vec::new();
    for _ in 0..2 * N + 3 {
        v.push(g.clone());
        g.next_u32();
    }
    let mut twisted = Mt19937::new(&SeedSequence::from_u64(4));
    twisted.twist_with(SimdPath::Portable);
    v.push(twisted);
    v.push(Mt19937::new_legacy(5489));
    v.push(Mt19937::new(&SeedSequence::from_u64(3)).jumped(1));
    v
}

const LENS: [usize; 13] = [0, 1, 2, 3, 5, 7, 8, 9, 17, 311, 623, 625, 1249];

#[test]
fn every_start_covers_every_position() {
    let mut seen = [false; N + 1];
    for g in starts() {
        seen[g.pos] = true;
    }
    let missing: Vec<usize> = (0..=N).filter(|&p| !seen[p]).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

/// From every start, for every length and path: `fill_with` against the textbook's values
/// (`want` makes one), the state afterwards, the default entry point `fill`, and the single
/// draw after the fill.
fn every_position_matches_textbook<T: Copy + PartialEq + std::fmt::Debug>(
    dummy: T,
    want: impl Fn(&mut Textbook) -> T,
    fill_with: impl Fn(&mut Mt19937, SimdPath, &mut [T]),
    fill: impl Fn(&mut Mt19937, &mut [T]),
) {
    let mut out = [dummy; 1249];
    for (s, start) in starts().iter().enumerate() {
        for len in LENS {
            let mut t = Textbook::of(start);
            let expect: Vec<T> = (0..len).map(|_| want(&mut t)).collect();
            for path in paths() {
                let mut g = start.clone();
                let out = &mut out[..len];
                out.fill(dummy);
                fill_with(&mut g, path, out);
                assert!(
                    out == expect,
                    "start {s} (pos {}), len {len}, {path:?}",
                    start.pos
                );
                assert!(t.same_state(&g), "start {s}, len {len}, {path:?}: state");
                let mut d = start.clone();
                fill(&mut d, out);
                assert!(
                    out == expect && d == g,
                    "start {s}, len {len}: default path"
                );
                let mut w = t.clone();
                assert_eq!(g.next_u32(), w.next(), "start {s}, len {len}");
            }
        }
    }
}

#[test]
fn fill_raw_every_path_every_position_matches_textbook() {
    every_position_matches_textbook(
        0xdead_beef_dead_beef_u64,
        |t| u64::from(t.next()),
        |g, p, o| g.fill_raw_with(p, o),
        |g, o| g.fill_raw(o),
    );
}

#[test]
fn fill_u64_every_path_every_position_matches_textbook() {
    // NumPy's next_uint64: the first 32-bit output is the high half.
    every_position_matches_textbook(
        0xdead_beef_dead_beef_u64,
        |t| (u64::from(t.next()) << 32) | u64::from(t.next()),
        |g, p, o| g.fill_u64_with(p, o),
        |g, o| g.fill_u64(o),
    );
}

#[test]
fn fill_u32_every_path_every_position_matches_textbook() {
    every_position_matches_textbook(
        0xdead_beef_u32,
        |t| t.next(),
        |g, p, o| g.fill_u32_with(p, o),
        |g, o| g.fill_u32(o),
    );
}

/// Long fills in uneven pieces, alternating paths and kinds, against single draws.
#[test]
fn mixed_paths_long_stream() {
    for seed in [0u64, 1, 0xfeed] {
        let mut g = Mt19937::new(&SeedSequence::from_u64(seed));
        let mut t = Textbook::of(&g);
        let mut buf = vec![0u64; 4099];
        for (k, len) in [4099usize, 1, 2047, 624, 3, 1248, 1000, 7]
            .into_iter()
            .enumerate()
        {
            let path = paths()[k % 3];
            let out = &mut buf[..len];
            if k % 2 == 0 {
                g.fill_raw_with(path, out);
                for (i, &v) in out.iter().enumerate() {
                    assert_eq!(v, u64::from(t.next()), "seed {seed}, piece {k}, value {i}");
                }
            } else {
                g.fill_u64_with(path, out);
                for (i, &v) in out.iter().enumerate() {
                    let hi = u64::from(t.next());
                    assert_eq!(
                        v,
                        (hi << 32) | u64::from(t.next()),
                        "seed {seed}, piece {k}, {i}"
                    );
                }
            }
            assert!(t.same_state(&g), "seed {seed}, piece {k}: state");
        }
    }
}

/// A twist on each path equals the textbook regeneration, on states with extreme words too.
#[test]
fn twist_every_path_matches_textbook() {
    let mut keys = vec![
        Mt19937::new(&SeedSequence::from_u64(9)).key,
        [u32::MAX; N],
        [0x8000_0000; N],
        [1; N],
    ];
    keys.push(std::array::from_fn(|i| {
        (i as u32).wrapping_mul(0x9e37_79b9)
    }));
    for key in keys {
        for path in paths() {
            let mut g = Mt19937 { key, pos: N };
            let mut t = Textbook::of(&g);
            for _ in 0..3 {
                g.twist_with(path);
                t.pos = N;
                t.next();
                t.pos = 0;
                assert!(t.same_state(&g), "{path:?}");
            }
        }
    }
}

#[test]
fn environment_selects_the_path() {
    let cap = std::env::var("RANDSTREAMS_SIMD").unwrap_or_default();
    let (avx2, avx512) = (SimdPath::Avx2.available(), SimdPath::Avx512.available());
    let want = match cap.as_str() {
        "portable" => SimdPath::Portable,
        _ if avx512 && cap != "avx2" => SimdPath::Avx512,
        _ if avx2 => SimdPath::Avx2,
        _ => SimdPath::Portable,
    };
    assert_eq!(SimdPath::selected(), want);
    assert!(SimdPath::Portable.available());
    assert!(!avx512 || avx2, "the AVX-512 path includes AVX2's");
    eprintln!(
        "bulk path: {:?} (AVX2 available: {avx2}, AVX-512: {avx512})",
        SimdPath::selected()
    );
}
