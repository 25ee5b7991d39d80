//! The bulk `fill_u64` / `fill_raw` of MT19937 and Philox against their single-value outputs:
//! for every start state and length, the same values and an identical generator afterwards.

use randstreams::seams::SimdPath;
use randstreams::{Mt19937, Philox, RawBits, SeedSequence};
use std::ops::RangeInclusive;

/// Which bulk method is checked against which single-value one.
#[derive(Clone, Copy, Debug)]
enum Method {
    U64,
    Raw,
}

fn bulk<G: RawBits>(g: &mut G, m: Method, out: &mut [u64]) {
    match m {
        Method::U64 => g.fill_u64(out),
        Method::Raw => g.fill_raw(out),
    }
}

fn single<G: RawBits>(g: &mut G, m: Method) -> u64 {
    match m {
        Method::U64 => g.next_u64(),
        Method::Raw => g.next_raw(),
    }
}

/// For each length in `lens`, fills from a copy of `start` and compares with single calls,
/// value by value and then the whole generator.
fn check<G>(label: &str, start: &G, lens: RangeInclusive<usize>)
where
    G: RawBits + Clone + PartialEq + std::fmt::Debug,
{
    let mut out = Vec::new();
    for m in [Method::U64, Method::Raw] {
        for len in lens.clone() {
            let (mut fast, mut slow) = (start.clone(), start.clone());
            out.clear();
            out.resize(len, 0xdead_beef);
            bulk(&mut fast, m, &mut out);
            for (i, &v) in out.iter().enumerate() {
                let want = single(&mut slow, m);
                assert_eq!(v, want, "{label}: {m:?} len {len}, value {i}");
            }
            assert!(fast == slow, "{label}: {m:?} len {len}: state differs");
            // And the stream goes on identically, through the single-value path.
            assert_eq!(
                [fast.next_u64(), fast.next_u32() as u64, fast.next_raw()],
                [slow.next_u64(), slow.next_u32() as u64, slow.next_raw()],
                "{label}: {m:?} len {len}: continuation"
            );
        }
    }
}

/// Splits one long fill into uneven pieces; must equal one fill and the single calls.
fn check_pieces<G>(label: &str, start: &G, total: usize)
where
    G: RawBits + Clone + PartialEq + std::fmt::Debug,
{
    for m in [Method::U64, Method::Raw] {
        let (mut pieces, mut whole, mut slow) = (start.clone(), start.clone(), start.clone());
        let mut a = vec![0u64; total];
        let mut b = vec![0u64; total];
        let mut rest = &mut a[..];
        let mut step = 0usize;
        while !rest.is_empty() {
            step = (step * 7 + 5) % 1400;
            let n = step.min(rest.len());
            let (head, tail) = rest.split_at_mut(n);
            bulk(&mut pieces, m, head);
            rest = tail;
        }
        bulk(&mut whole, m, &mut b);
        assert!(a == b, "{label}: {m:?} pieces vs whole");
        for (i, &v) in a.iter().enumerate() {
            assert_eq!(v, single(&mut slow, m), "{label}: {m:?} value {i}");
        }
        assert!(pieces == slow && whole == slow, "{label}: {m:?} state");
    }
}

fn mt_starts() -> Vec<(String, Mt19937)> {
    let seeded = Mt19937::new(&SeedSequence::from_u64(12345));
    let mut starts = vec![("seeded (pos 623)".to_string(), seeded.clone())];
    for pos in [
        0, 1, 2, 7, 8, 226, 227, 228, 311, 396, 397, 616, 617, 622, 623, 624,
    ] {
        let mut g = seeded.clone();
        g.pos = pos;
        starts.push((format!("seeded key, pos {pos}"), g));
    }
    let mut drawn = seeded.clone();
    for _ in 0..1000 {
        drawn.next_u32();
    }
    starts.push((format!("after 1000 draws (pos {})", drawn.pos), drawn));
    let j1 = Mt19937::new(&SeedSequence::from_u64(0)).jumped(1);
    starts.push((format!("jumped(1) (pos {})", j1.pos), j1.clone()));
    let j2 = Mt19937::new(&SeedSequence::from_u64(7)).jumped(2);
    starts.push((format!("jumped(2) (pos {})", j2.pos), j2));
    let mut j1_odd = j1;
    j1_odd.next_u32();
    starts.push((format!("jumped(1) + 1 (pos {})", j1_odd.pos), j1_odd));
    starts.push((
        "legacy 5489 (pos 624)".to_string(),
        Mt19937::new_legacy(5489),
    ));
    starts.push(("legacy 0 (pos 624)".to_string(), Mt19937::new_legacy(0)));
    let arr = Mt19937::new_legacy_array(&[0x123, 0x234, 0x345, 0x456]).unwrap();
    starts.push(("legacy array (pos 624)".to_string(), arr));
    starts
}

#[test]
fn mt19937_fills_match_single_calls() {
    for (label, g) in mt_starts() {
        check(&label, &g, 0..=1300);
    }
}

#[test]
fn mt19937_fills_in_pieces_and_long() {
    for (label, g) in mt_starts() {
        check_pieces(&label, &g, 5000);
    }
}

#[test]
fn mt19937_fill_known_answers() {
    // NumPy 2.4.6: MT19937(SeedSequence(12345)) starts 0x60bc0add, 0xd7d0d9d3 (random_raw);
    // next_uint64 takes the first output as the high half (numpy/random/src/mt19937/mt19937.h).
    let mut g = Mt19937::new(&SeedSequence::from_u64(12345));
    let mut raw = [0u64; 2];
    g.fill_raw(&mut raw);
    assert_eq!(raw, [0x60bc0add, 0xd7d0d9d3]);
    let mut g = Mt19937::new(&SeedSequence::from_u64(12345));
    let mut v = [0u64; 1];
    g.fill_u64(&mut v);
    assert_eq!(v, [0x60bc0add_d7d0d9d3]);
    // Legacy seeding twists first: RandomState(12345).
    let mut l = Mt19937::new_legacy(12345);
    let mut raw = [0u64; 3];
    l.fill_raw(&mut raw);
    assert_eq!(raw, [0xedfb51e2, 0xe3e12de5, 0x50fdfd1d]);
    // After jumped(1) NumPy reads from pos 588.
    let mut j = Mt19937::new(&SeedSequence::from_u64(0)).jumped(1);
    let mut raw = [0u64; 3];
    j.fill_raw(&mut raw);
    assert_eq!(raw, [2404971693, 2024800643, 3926641691]);
}

fn philox_starts() -> Vec<(String, Philox)> {
    let key = Philox::new(&SeedSequence::from_u64(12345)).key;
    let counters: [[u64; 4]; 6] = [
        [0; 4],
        [u64::MAX - 3, 0, 0, 0],
        [u64::MAX - 1, u64::MAX, 0, 7],
        [u64::MAX - 2, u64::MAX, u64::MAX, 0],
        [u64::MAX - 4, u64::MAX, u64::MAX, u64::MAX],
        [u64::MAX; 4],
    ];
    let mut starts = Vec::new();
    for (ci, c) in counters.into_iter().enumerate() {
        for k in [key, [0, 0], [u64::MAX, 1]] {
            let base = Philox::from_key(k, c);
            // Consume 0..=4 values of the first block: buffer_pos 4 (empty), 1, 2, 3, 4 (used up).
            for used in 0..=4 {
                let mut g = base.clone();
                for _ in 0..used {
                    g.next_u64();
                }
                starts.push((
                    format!(
                        "counter #{ci}, key {k:x?}, {used} used, buffer_pos {}",
                        g.buffer_pos
                    ),
                    g.clone(),
                ));
                // A pending half word must be left alone.
                g.next_u32();
                starts.push((
                    format!("counter #{ci}, key {k:x?}, {used} used + half word"),
                    g,
                ));
            }
            // buffer_pos 0: a freshly filled but unread buffer (e.g. restored from a state dict).
            let mut g = base.clone();
            g.buffer = [1, 2, 3, 4];
            g.buffer_pos = 0;
            starts.push((format!("counter #{ci}, key {k:x?}, buffer_pos 0"), g));
        }
    }
    let mut adv = Philox::new(&SeedSequence::from_u64(1)).jumped(3);
    adv.next_u64();
    starts.push(("jumped(3) + 1".to_string(), adv));
    starts
}

#[test]
fn philox_fills_match_single_calls() {
    for (label, g) in philox_starts() {
        check(&label, &g, 0..=70);
    }
}

#[test]
fn philox_fills_in_pieces_and_long() {
    for (label, g) in philox_starts() {
        check_pieces(&label, &g, 3000);
    }
}

/// The whole-block loop is compiled twice (baseline, and AVX2 + BMI2 for `mulx`; see
/// src/simd.rs): both compilations against single calls, in one process, for
/// `fill_u64` and the fused `fill_double`. (`check` above runs the selected one; the test
/// command also reruns this file with `RANDSTREAMS_SIMD=portable`.)
#[test]
fn philox_fill_paths_match_single_calls() {
    for (label, start) in philox_starts() {
        for len in (0..=40).chain([257, 3001]) {
            let mut slow = start.clone();
            let want: Vec<u64> = (0..len).map(|_| slow.next_u64()).collect();
            let mut d = start.clone();
            let doubles: Vec<u64> = (0..len).map(|_| d.next_double().to_bits()).collect();
            for path in [SimdPath::Portable, SimdPath::Avx2, SimdPath::Avx512] {
                let mut fast = start.clone();
                let mut out = vec![0xdead_beef; len];
                fast.fill_u64_with(path, &mut out);
                assert!(out == want, "{label}: {path:?} len {len}: values differ");
                assert!(fast == slow, "{label}: {path:?} len {len}: state differs");
                let mut fast = start.clone();
                let mut out = vec![-1.0f64; len];
                fast.fill_double_with(path, &mut out);
                let bits: Vec<u64> = out.iter().map(|x| x.to_bits()).collect();
                assert!(
                    bits == doubles,
                    "{label}: {path:?} len {len}: doubles differ"
                );
                assert!(
                    fast == slow,
                    "{label}: {path:?} len {len}: state after doubles"
                );
            }
        }
    }
}

#[test]
fn philox_fill_known_answers() {
    // NumPy 2.4.6 (numpy/random/_philox.pyx): Philox(key=1) starts 0x4db6a27b756282df,
    // 0xd944fa03babe0e2f, 0x27f872e577060d32.
    let mut k = Philox::from_key([1, 0], [0; 4]);
    let mut v = [0u64; 3];
    k.fill_u64(&mut v);
    assert_eq!(
        v,
        [0x4db6a27b756282df, 0xd944fa03babe0e2f, 0x27f872e577060d32]
    );
    assert_eq!((k.counter, k.buffer_pos), ([1, 0, 0, 0], 3));
}
