//! Fresh random cases from NumPy itself, shared by the tests that check them.

use std::path::Path;
use std::process::Command;

/// Runs `scripts/gen/<script> --random <seed> --count <count>` and returns the seed and the
/// cases it printed. `None` when NumPy is not importable, which fails instead when
/// RANDSTREAMS_REQUIRE_NUMPY is set (the test command sets it). RANDSTREAMS_LIVE_SEED replays a
/// run; otherwise the seed comes from the clock and is printed.
pub fn numpy_cases(script: &str, count: u32) -> Option<(String, String)> {
    let has_numpy = Command::new("python3")
        .args(["-c", "import numpy"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_numpy {
        assert!(
            std::env::var_os("RANDSTREAMS_REQUIRE_NUMPY").is_none(),
            "NumPy is required (RANDSTREAMS_REQUIRE_NUMPY is set) but `import numpy` fails"
        );
        println!("skipped: NumPy is not importable");
        return None;
    }
    let seed = std::env::var("RANDSTREAMS_LIVE_SEED").unwrap_or_else(|_| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        (t.as_nanos() % 1_000_000_007).to_string()
    });
    println!("live NumPy cases with RANDSTREAMS_LIVE_SEED={seed}");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts/gen")
        .join(script);
    let out = Command::new("python3")
        .arg(path)
        .args(["--random", &seed, "--count", &count.to_string()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some((seed, String::from_utf8(out.stdout).unwrap()))
}
