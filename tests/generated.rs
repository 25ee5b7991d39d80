//! The files made from src/methods.toml by `python3 scripts/gen/methods.py` (the C ABI's
//! distribution functions, each language's binding of them, the test tables) must be exactly
//! what the table gives: edit the table and rerun the command, never the outputs.

use std::path::Path;
use std::process::{Command, Output};

fn generator(args: &[&str]) -> Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new("python3")
        .arg(root.join("scripts/gen/methods.py"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("python3 runs (Python 3.11+, or 3.8+ with the tomli package)")
}

#[test]
fn generated_files_are_up_to_date() {
    let out = generator(&["--check"]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The check fails when the table and the committed files disagree: here a table without its
/// last method.
#[test]
fn the_check_can_fail() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(root.join("src/methods.toml")).unwrap();
    let cut = table.rfind("\n[[method]]").expect("rows");
    let shorter = std::env::temp_dir().join(format!("methods-{}.toml", std::process::id()));
    std::fs::write(&shorter, &table[..cut + 1]).unwrap();
    let out = generator(&["--check", "--table", shorter.to_str().unwrap()]);
    std::fs::remove_file(&shorter).unwrap();
    assert!(!out.status.success(), "a missing method went unnoticed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("src/ffi/methods.rs"), "{stderr}");
}
