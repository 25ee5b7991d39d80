//! The files made from src/methods.toml by `python3 scripts/gen/methods.py` (the C ABI's
//! distribution functions, each language's binding of them, the test tables) must be exactly
//! what the table gives: edit the table and rerun the command, never the outputs.

use std::collections::BTreeSet;
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
/// last generated method (the hand-written rows after it kept).
#[test]
fn the_check_can_fail() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(root.join("src/methods.toml")).unwrap();
    let manual = table.find("\n[[manual]]").expect("hand-written rows");
    let cut = table[..manual].rfind("\n[[method]]").expect("rows");
    let shorter = std::env::temp_dir().join(format!("methods-{}.toml", std::process::id()));
    std::fs::write(
        &shorter,
        format!("{}{}", &table[..cut + 1], &table[manual + 1..]),
    )
    .unwrap();
    let out = generator(&["--check", "--table", shorter.to_str().unwrap()]);
    std::fs::remove_file(&shorter).unwrap();
    assert!(!out.status.success(), "a missing method went unnoticed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("src/ffi/methods.rs"), "{stderr}");
}

// --- Every method is in the table --------------------------------------------------------------

/// `rng_` functions of the C header that are not Generator methods, each with the reason.
const NOT_METHODS: &[(&str, &str)] = &[
    ("rng_version", "the library's version string"),
    ("rng_last_error", "the calling thread's last error message"),
    ("rng_status_str", "a status code's name"),
];

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `numpy|language|name` lines of tests/data/method_names.txt (written from the table).
fn table_names(text: &str) -> Vec<(String, String, String)> {
    data_lines(text)
        .map(|l| match l.split('|').collect::<Vec<_>>()[..] {
            [n, lang, name] => (n.to_string(), lang.to_string(), name.to_string()),
            _ => panic!("tests/data/method_names.txt: bad line {l:?}"),
        })
        .collect()
}

/// What the table lacks or misnames: `rng_` functions of the header (tests/data/c_api.txt) in
/// no row, NumPy methods (tests/data/numpy_methods.txt) in no row, and C names of the table that
/// the header does not have.
fn table_gaps(names: &[(String, String, String)], c_api: &str, numpy: &str) -> Vec<String> {
    let header: BTreeSet<&str> = data_lines(c_api)
        .map(|l| l.split('|').next().unwrap())
        .collect();
    let c: BTreeSet<&str> = names
        .iter()
        .filter(|(_, lang, _)| lang == "c")
        .map(|(_, _, n)| n.as_str())
        .collect();
    let methods: BTreeSet<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut gaps = Vec::new();
    for f in header.iter().filter(|f| f.starts_with("rng_")) {
        if !c.contains(f) && !NOT_METHODS.iter().any(|(n, _)| n == f) {
            gaps.push(format!("C function {f} is in no row of src/methods.toml"));
        }
    }
    for m in data_lines(numpy) {
        if !methods.contains(m) {
            gaps.push(format!(
                "NumPy's Generator.{m} is in no row of src/methods.toml"
            ));
        }
    }
    for f in c.iter().filter(|f| !header.contains(*f)) {
        gaps.push(format!(
            "src/methods.toml names {f}, which the C header lacks"
        ));
    }
    gaps
}

/// Every `rng_` function of the header and every method of NumPy's Generator has a row (generated
/// or `[[manual]]`), every C name of the table is the header's, and every C++, Fortran and Python
/// name of the table is declared in its binding.
#[test]
fn the_table_names_every_function_and_method() {
    let names = table_names(&read("tests/data/method_names.txt"));
    let gaps = table_gaps(
        &names,
        &read("tests/data/c_api.txt"),
        &read("tests/data/numpy_methods.txt"),
    );
    assert!(gaps.is_empty(), "{}", gaps.join("\n"));

    let (hpp, f90, py) = (
        read("include/randstreams.hpp"),
        read("include/randstreams.f90").to_lowercase(),
        read("python/randstreams.py"),
    );
    let mut undeclared = Vec::new();
    for (_, lang, name) in &names {
        let declared = match lang.as_str() {
            "c" => true,
            "cpp" => hpp.contains(&format!(" {name}(")),
            "fortran" => {
                let n = name.to_lowercase();
                f90.contains(&format!("function {n}(")) || f90.contains(&format!("interface {n}\n"))
            }
            // A method written out, or one the class makes from the generated `_METHODS`.
            "python" => {
                py.contains(&format!("    def {name}("))
                    || py.contains(&format!("    \"{name}\": ("))
            }
            _ => panic!("tests/data/method_names.txt: language {lang}"),
        };
        if !declared {
            undeclared.push(format!("{lang} {name}"));
        }
    }
    assert!(
        undeclared.is_empty(),
        "names of the table no binding declares: {undeclared:?}"
    );
}

/// The check fails for a missing row: the table's names without multinomial's (a `[[manual]]`
/// row) lack two header functions and a NumPy method.
#[test]
fn the_names_check_can_fail() {
    let names: Vec<_> = table_names(&read("tests/data/method_names.txt"))
        .into_iter()
        .filter(|(n, _, _)| n != "multinomial")
        .collect();
    let gaps = table_gaps(
        &names,
        &read("tests/data/c_api.txt"),
        &read("tests/data/numpy_methods.txt"),
    );
    assert_eq!(
        gaps,
        [
            "C function rng_multinomial is in no row of src/methods.toml",
            "C function rng_multinomial_v is in no row of src/methods.toml",
            "NumPy's Generator.multinomial is in no row of src/methods.toml",
        ],
    );
}
