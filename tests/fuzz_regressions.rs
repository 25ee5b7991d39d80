//! Replays the fuzz corpus through the fuzz targets' checks (tests/fuzz/checks.rs): the seed
//! inputs under tests/fuzz/seeds/<target>/ and every input a fuzzer once failed on, kept under
//! tests/fuzz/regressions/<target>/ (scripts/fuzz.sh runs the fuzzers themselves).

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

