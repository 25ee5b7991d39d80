//! Checkpoints: NumPy's state dict as JSON (round trips, strict validation, and live interchange
//! with NumPy itself) and binary restart files (round trips, every truncation and corruption
//! rejected, seed sequences carried along).

use randstreams::state::*;
use randstreams::{Algorithm, BitGenerator, RawBits, SeedSequence};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Arc;

/// A generator of each algorithm, part-way through its buffers (a pending half word; Philox in
/// mid-block; MT19937 mid-array).
fn used(alg: Algorithm, seed: u64, draws: usize) -> BitGenerator {
    let mut g = BitGenerator::new(alg, Arc::new(SeedSequence::from_u64(seed)));
    for _ in 0..draws {
        g.next_u64();
    }
    g.next_u32();
    g
}

fn same_stream(a: &mut BitGenerator, b: &mut BitGenerator) -> bool {
    (0..700).all(|_| a.next_u32() == b.next_u32() && a.next_u64() == b.next_u64())
}

#[test]
fn json_and_binary_round_trips_continue_the_stream() {
    for alg in Algorithm::ALL {
        for draws in [0, 1, 2, 3, 5, 623, 624] {
            let g = used(alg, draws as u64, draws);
            let mut from_json =
                BitGenerator::from_core(core_from_json(&core_to_json(g.core())).unwrap());
            let mut from_bin = load_bit_generator(&save_bit_generator(&g)).unwrap();
            let (mut a, mut b) = (g.clone(), g.clone());
            assert!(
                same_stream(&mut a, &mut from_json),
                "{alg:?} json after {draws}"
            );
            assert!(
                same_stream(&mut b, &mut from_bin),
                "{alg:?} binary after {draws}"
            );
        }
    }
}

#[test]
fn binary_checkpoint_carries_the_seed_sequence_and_its_counter() {
    let ss = Arc::new(SeedSequence::from_u64(99));
    let g = BitGenerator::new(Algorithm::Philox, ss.clone());
    g.spawn(3).unwrap();
    let restored = load_bit_generator(&save_bit_generator(&g)).unwrap();
    let after: Vec<u64> = restored
        .spawn(2)
        .unwrap()
        .iter()
        .map(|c| c.seed_seq().unwrap().spawn_key()[0])
        .collect();
    assert_eq!(after, [3, 4]);
    let uninterrupted: Vec<BitGenerator> = g.spawn(2).unwrap();
    assert_eq!(restored.spawn(0).unwrap().len(), 0);
    let mut a = load_bit_generator(&save_bit_generator(&uninterrupted[0])).unwrap();
    let mut b = uninterrupted[0].clone();
    assert!(same_stream(&mut a, &mut b));
    let s = load_seed_sequence(&save_seed_sequence(&ss)).unwrap();
    assert_eq!(s, *ss);
    let j = seed_sequence_from_json(&seed_sequence_to_json(&ss)).unwrap();
    assert_eq!(j, *ss);
}

#[test]
fn every_truncation_and_corruption_is_rejected() {
    let g = used(Algorithm::Pcg64, 5, 3);
    let bytes = save_bit_generator(&g);
    for n in 0..bytes.len() {
        assert!(load_bit_generator(&bytes[..n]).is_err(), "truncated to {n}");
    }
    for i in 0..bytes.len() {
        for bit in [0x01u8, 0x80] {
            let mut bad = bytes.clone();
            bad[i] ^= bit;
            assert!(load_bit_generator(&bad).is_err(), "byte {i} flipped");
        }
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(load_bit_generator(&longer).is_err());
    let ss_bytes = save_seed_sequence(&SeedSequence::from_u64(1));
    assert!(
        load_bit_generator(&ss_bytes)
            .unwrap_err()
            .message()
            .contains("not a bit generator")
    );
    assert!(
        load_seed_sequence(&bytes)
            .unwrap_err()
            .message()
            .contains("not a seed sequence")
    );
}

#[test]
fn malformed_state_json_is_rejected_with_the_field_named() {
    let pcg = core_to_json(used(Algorithm::Pcg64, 1, 1).core());
    let philox = core_to_json(used(Algorithm::Philox, 1, 1).core());
    let mt = core_to_json(used(Algorithm::Mt19937, 1, 1).core());
    let zeros = format!("[{}]", vec!["0"; 624].join(", "));
    let mt_zero = mt.replacen(
        &mt[mt.find('[').unwrap()..=mt.find(']').unwrap()],
        &zeros,
        1,
    );
    let cases: Vec<(String, &str)> = vec![
        ("{".into(), "not JSON"),
        ("[]".into(), "bit_generator"),
        (pcg.replace("PCG64", "PCG65"), "bit_generator"),
        (pcg.replace("\"inc\"", "\"incr\""), "inc"),
        (
            pcg.replace("\"has_uint32\": 1", "\"has_uint32\": 2"),
            "has_uint32",
        ),
        (
            pcg.replace("\"has_uint32\": 1", "\"has_uint32\": true"),
            "has_uint32",
        ),
        (
            pcg.replace("\"has_uint32\": 1", "\"has_uint32\": 1.0"),
            "has_uint32",
        ),
        (pcg.replace("\"uinteger\": ", "\"uinteger\": -"), "uinteger"),
        (
            pcg.replace("\"uinteger\": ", "\"uinteger\": 4294967296"),
            "uinteger",
        ),
        (
            pcg.replace("}, \"has_uint32\"", "}, \"extra\": 1, \"has_uint32\""),
            "extra",
        ),
        (
            pcg.replace(
                "\"state\": {\"state\": ",
                "\"state\": {\"state\": 340282366920938463463374607431768211456",
            ),
            "state.state",
        ),
        (
            philox.replace("\"buffer_pos\": ", "\"buffer_pos\": 5"),
            "buffer_pos",
        ),
        (philox.replace("\"key\": [", "\"key\": [1, "), "state.key"),
        (mt.replace("\"pos\": ", "\"pos\": 625"), "state.pos"),
        (mt_zero, "state.key"),
    ];
    for (text, field) in cases {
        let err = core_from_json(&text).expect_err(&text);
        assert!(
            err.message().contains(field),
            "{:?} does not name {field}",
            err.message()
        );
    }
}

/// Runs a Python snippet with NumPy; None when NumPy is missing (a failure when the test command
/// requires it).
fn python(script: &str, stdin: &str) -> Option<String> {
    let ok = Command::new("python3")
        .args(["-c", "import numpy"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("RANDSTREAMS_REQUIRE_NUMPY").is_none(),
            "NumPy is required"
        );
        return None;
    }
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python failed");
    Some(String::from_utf8(out.stdout).unwrap())
}

/// NumPy writes state, we continue, NumPy continues from our state: identical both ways, and
/// our JSON text is exactly `json.dumps` of NumPy's state.
#[test]
fn state_json_interchanges_with_numpy() {
    const SCRIPT: &str = r#"
import json, sys
import numpy as np
from numpy.random import PCG64, PCG64DXSM, MT19937, Philox, SFC64
def plain(d):
    return {k: plain(v) for k, v in d.items()} if isinstance(d, dict) else (v.tolist() if hasattr(v := d, "tolist") else d)
for line in sys.stdin:
    name, seed, draws, ours = line.rstrip("\n").split("\t")
    bg = getattr(np.random, name)(int(seed))
    bg.random_raw(int(draws)); bg.ctypes.next_uint32(bg.ctypes.state)
    print(json.dumps(plain(bg.state)))
    print(" ".join(str(bg.ctypes.next_uint32(bg.ctypes.state)) + " " + str(bg.ctypes.next_uint64(bg.ctypes.state)) for _ in range(50)))
    bg.state = json.loads(ours)
    print(" ".join(str(bg.ctypes.next_uint32(bg.ctypes.state)) + " " + str(bg.ctypes.next_uint64(bg.ctypes.state)) for _ in range(50)))
"#;
    let mut input = String::new();
    let mut ours = Vec::new();
    for (i, alg) in Algorithm::ALL.into_iter().enumerate() {
        for draws in [0usize, 1, 2, 5, 700] {
            let seed = (i * 1000 + draws) as u64;
            let mut mine = BitGenerator::new(alg, Arc::new(SeedSequence::from_u64(seed)));
            for _ in 0..draws + 3 {
                mine.next_raw();
            }
            mine.next_u32();
            input.push_str(&format!(
                "{}\t{seed}\t{draws}\t{}\n",
                alg.name(),
                core_to_json(mine.core())
            ));
            ours.push(mine);
        }
    }
    let Some(out) = python(SCRIPT, &input) else {
        return;
    };
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3 * ours.len());
    let draw = |g: &mut BitGenerator| {
        (0..50)
            .map(|_| format!("{} {}", g.next_u32(), g.next_u64()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (k, mine) in ours.iter_mut().enumerate() {
        let numpy_json = lines[3 * k];
        let mut continued = BitGenerator::from_core(core_from_json(numpy_json).unwrap());
        assert_eq!(
            core_to_json(continued.core()),
            numpy_json,
            "JSON text differs from NumPy's"
        );
        assert_eq!(
            draw(&mut continued),
            lines[3 * k + 1],
            "we continue NumPy's state ({k})"
        );
        assert_eq!(
            draw(mine),
            lines[3 * k + 2],
            "NumPy continues our state ({k})"
        );
    }
}

#[test]
fn seed_sequence_json_rebuilds_in_numpy() {
    let ss = SeedSequence::with_options(
        randstreams::Entropy::parse("[3, 0x8c3c010cb4754c905776bdac5ee7501]").unwrap(),
        &[7, 1 << 40],
        6,
        5,
    )
    .unwrap();
    let script = r#"
import json, sys
from numpy.random import SeedSequence
ss = SeedSequence(**json.loads(sys.stdin.read()))
print(" ".join(map(str, ss.generate_state(8))), ss.n_children_spawned, ss.spawn(1)[0].spawn_key)
"#;
    let Some(out) = python(script, &seed_sequence_to_json(&ss)) else {
        return;
    };
    let mut words = [0u32; 8];
    ss.generate_state_u32(&mut words);
    let child = &ss.spawn(1).unwrap()[0];
    let want = format!(
        "{} 5 ({}, {}, {})",
        words.map(|w| w.to_string()).join(" "),
        child.spawn_key()[0],
        child.spawn_key()[1],
        child.spawn_key()[2]
    );
    assert_eq!(out.trim(), want);
}
