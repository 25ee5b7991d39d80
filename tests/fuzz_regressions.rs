//! Replays the fuzz corpus through the fuzz targets' checks (tests/fuzz/checks.rs): the seed
//! inputs under tests/fuzz/seeds/<target>/ and every input a fuzzer once failed on, kept under
//! tests/fuzz/regressions/<target>/ (scripts/ci/fuzz.sh runs the fuzzers themselves).

#[path = "fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs every file under `tests/fuzz/<dir>/<target>/` through its target; returns the count.
fn replay(dir: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(dir);
    let mut count = 0;
    for (target, check) in checks::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            eprintln!("{target}: {}", file.display());
            check(&std::fs::read(&file).unwrap());
            count += 1;
        }
    }
    count
}

#[test]
fn seed_corpus() {
    // make_seeds.py writes inputs for all six targets.
    assert!(replay("seeds") >= 6 * 2);
}

#[test]
fn fuzzer_findings() {
    replay("regressions");
}

/// The fuzzers' first finding: a pool size from a checkpoint, state JSON or `ss_new_ex` was
/// only bounded by what is addressable, so a few bytes could abort the process (a 2^56-word
/// allocation) or hang it (mixing costs pool_size² steps). Now 4..=1024 is accepted on every
/// path and the rest refused with a message.
#[test]
fn pool_size_is_bounded_on_every_path() {
    use randstreams::ffi::*;
    use std::ffi::{CStr, CString};
    let error = || {
        unsafe { CStr::from_ptr(rng_last_error()) }
            .to_string_lossy()
            .into_owned()
    };
    for (pool, ok) in [
        (4usize, true),
        (1024, true),
        (1025, false),
        (1 << 40, false),
    ] {
        let e = CString::new("5").unwrap();
        // SAFETY: valid arguments; handles freed below.
        let ss = unsafe { ss_new_ex(e.as_ptr(), std::ptr::null(), 0, pool, 0) };
        assert_eq!(!ss.is_null(), ok, "ss_new_ex pool {pool}");
        if !ok {
            assert!(error().contains("pool_size"), "{}", error());
        }
        // SAFETY: NULL entropy means OS entropy.
        let os = unsafe { ss_new_ex(std::ptr::null(), std::ptr::null(), 0, pool, 0) };
        assert_eq!(!os.is_null(), ok, "ss_new_ex(NULL) pool {pool}");
        unsafe { ss_free(os) };

        let json = format!(
            r#"{{"entropy": 5, "spawn_key": [], "pool_size": {pool}, "n_children_spawned": 0}}"#
        );
        let json = CString::new(json).unwrap();
        // SAFETY: NUL-terminated.
        let from_json = unsafe { ss_from_state_json(json.as_ptr()) };
        assert_eq!(!from_json.is_null(), ok, "ss_from_state_json pool {pool}");
        if !ok {
            assert!(error().contains("pool_size"), "{}", error());
        }

        // Checkpoints of a pool-4 sequence and of a generator on it, with the pool size
        // (the u64 before the spawn counter, before the checksum) patched and re-summed.
        // SAFETY: valid arguments; buffers as sized.
        unsafe {
            let four = ss_new(&5, 1);
            let bg = pcg64_new(four);
            let patch = |mut bytes: Vec<u8>| {
                let n = bytes.len();
                bytes[n - 24..n - 16].copy_from_slice(&(pool as u64).to_le_bytes());
                let sum = checks::fnv1a(&bytes[..n - 8]);
                bytes[n - 8..].copy_from_slice(&sum.to_le_bytes());
                bytes
            };
            let save = |f: &dyn Fn(*mut u8, usize, *mut usize) -> i32| {
                let mut len = 0;
                assert_eq!(f(std::ptr::null_mut(), 0, &mut len), RNG_OK);
                let mut buf = vec![0u8; len];
                assert_eq!(f(buf.as_mut_ptr(), len, &mut len), RNG_OK);
                buf
            };
            let ss_bytes = patch(save(&|b, c, l| ss_state_save(four, b, c, l)));
            let loaded = ss_state_load(ss_bytes.as_ptr(), ss_bytes.len());
            assert_eq!(!loaded.is_null(), ok, "ss_state_load pool {pool}");
            let bg_bytes = patch(save(&|b, c, l| bitgen_state_save(bg, b, c, l)));
            let loaded_bg = bitgen_state_load(bg_bytes.as_ptr(), bg_bytes.len());
            assert_eq!(!loaded_bg.is_null(), ok, "bitgen_state_load pool {pool}");
            if !ok {
                assert!(error().contains("pool_size"), "{}", error());
            } else {
                let mut a = [0u32; 6];
                let mut b = [0u32; 6];
                let back = bitgen_seedseq(loaded_bg);
                assert_eq!(ss_generate_state_u32(ss, a.as_mut_ptr(), 6), RNG_OK);
                assert_eq!(ss_generate_state_u32(back, b.as_mut_ptr(), 6), RNG_OK);
                assert_eq!(a, b);
                ss_free(back);
            }
            for p in [ss, from_json, loaded, four] {
                ss_free(p);
            }
            bitgen_free(bg);
            bitgen_free(loaded_bg);
        }
    }
}
