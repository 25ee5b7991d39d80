//! The bad-input matrix of tests/c/test_badinput.c must cover every function of
//! include/randstreams.h with every case the function's parameter list admits; the C program
//! itself checks that each row's test exercises exactly the tags the row lists.
//!
//! What each parameter requires, by its C declaration (tags are `<case>:<parameter>`):
//! - a handle (`struct rng_bitgen *`, `struct rng_seedseq *`): `null` or `nullok`, and `type`
//!   (the other handle type); an `rng_bitgen` of an algorithm-specific function (`pcg64_*`,
//!   `pcg64dxsm_*`, `philox_*`, `mt19937_*`) also `wrongalg`;
//! - a buffer, i.e. a pointer next to its `size_t` count (`n`, `count`, `cap`, `n_key`): `null`
//!   or `nullok`, `n0` and `overflow`;
//! - a string (`const char *`): `null` or `nullok`, and `bad`;
//! - any other pointer (out-values, function pointers, `void *`): `null` or `nullok`;
//! - a scalar (other than a buffer's count): `bad` or `anyok`;
//! - a function without parameters: `nofail`.
//!
//! And from the function's documentation: each `RNG_ERR_*` status it names must be provoked by
//! a case of that kind (NULL_POINTER by a `null`, INVALID_ARGUMENT by a `bad`, `overflow` or
//! `state`, UNSUPPORTED by a `wrongalg` or `state`, BUFFER_TOO_SMALL by a `small`); the entropy
//! and internal errors cannot be provoked. Every tag must name a parameter of a kind it applies
//! to, so the table cannot claim cases that do not exist.

#[path = "common/c_header.rs"]
mod c_header;

use c_header::{CFunction, header_function_names_by_line, header_functions};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const TEST_FILE: &str = "tests/c/test_badinput.c";

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The C test as the compiler sees its table: the distribution methods' generated rows
/// (tests/c/badinput_rows.h, from src/methods.toml) in place of their `#include`.
fn matrix_source() -> String {
    let src = read(TEST_FILE);
    let line = src
        .lines()
        .find(|l| l.starts_with("#include \"badinput_rows.h\""))
        .expect("test_badinput.c includes badinput_rows.h in ROWS");
    src.replace(line, &read("tests/c/badinput_rows.h"))
}

// --- The header ------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Bitgen,
    Seedseq,
    Buffer,
    Count,
    Text,
    Pointer,
    Scalar,
}

/// A parameter's name: the identifier inside `(*name)` of a function pointer, else the last one.
fn param_name(decl: &str) -> String {
    let decl = match decl.find("(*") {
        Some(i) => &decl[i + 2..decl[i..].find(')').unwrap() + i],
        None => decl,
    };
    let start = decl
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    decl[start..].to_string()
}

/// Each parameter's name and kind.
fn params(f: &CFunction) -> Vec<(String, Kind)> {
    let is_count = |d: &str| {
        let name = param_name(d);
        d.starts_with("size_t ") && ["n", "count", "cap", "n_key"].contains(&name.as_str())
    };
    let is_handle = |d: &str| d.contains("struct rng_bitgen") || d.contains("struct rng_seedseq");
    let is_plain_ptr =
        |d: &str| d.contains('*') && !d.contains("(*") && !d.starts_with("const char");
    let bufferable = |i: usize| {
        f.params
            .get(i)
            .is_some_and(|d| is_plain_ptr(d) && !(is_handle(d) && d.matches('*').count() == 1))
    };
    // A count belongs to the buffer before it, or else to the one after it (`n, children`).
    let mut buffer_of_count = BTreeMap::new();
    for (i, d) in f.params.iter().enumerate() {
        if is_count(d) {
            if i > 0 && bufferable(i - 1) {
                buffer_of_count.insert(i, i - 1);
            } else if bufferable(i + 1) {
                buffer_of_count.insert(i, i + 1);
            }
        }
    }
    let buffers: BTreeSet<usize> = buffer_of_count.values().copied().collect();
    let mut out: Vec<(String, Kind)> = Vec::new();
    for (i, d) in f.params.iter().enumerate() {
        let stars = d.matches('*').count();
        let kind = if d.contains("(*") {
            Kind::Pointer
        } else if d.contains("struct rng_bitgen") && stars == 1 {
            Kind::Bitgen
        } else if d.contains("struct rng_seedseq") && stars == 1 {
            Kind::Seedseq
        } else if buffers.contains(&i) {
            Kind::Buffer
        } else if buffer_of_count.contains_key(&i) {
            Kind::Count
        } else if d.starts_with("const char *") {
            Kind::Text
        } else if stars > 0 {
            Kind::Pointer
        } else {
            Kind::Scalar
        };
        out.push((param_name(d), kind));
    }
    out
}

/// The documentation block right before each function's declaration.
fn header_docs(header: &str, functions: &[CFunction]) -> BTreeMap<String, String> {
    let mut docs = BTreeMap::new();
    for f in functions {
        // The declaration: the name followed by `(` at the start of a parameter list.
        let at = header
            .match_indices(&format!("{}(", f.name))
            .map(|(i, _)| i)
            .find(|&i| {
                i > 0
                    && {
                        let before = header.as_bytes()[i - 1];
                        before == b' ' || before == b'*' || before == b'\n'
                    }
                    && !header[..i].ends_with('#')
                    && header[..i].rfind("*/") > header[..i].rfind("/*")
            })
            .unwrap_or_else(|| panic!("no declaration of {} found", f.name));
        let end = header[..at].rfind("*/").unwrap();
        let start = header[..end].rfind("/**").unwrap();
        // The statuses a function returns are named in its @return paragraph.
        let doc = &header[start..end];
        let ret = doc.find("@return").map_or("", |r| {
            let rest = &doc[r..];
            &rest[..rest.find("# Safety").unwrap_or(rest.len())]
        });
        docs.insert(f.name.clone(), ret.to_string());
    }
    docs
}

/// Statuses a function's @return paragraph names that are not its own, with the reason.
const STATUS_NOT_RETURNED: &[(&str, &str, &str)] = &[
    (
        "bitgen_new_user",
        "RNG_ERR_UNSUPPORTED",
        "what other functions return for a user generator",
    ),
    (
        "rng_multivariate_normal",
        "RNG_ERR_UNSUPPORTED",
        "returned only by a library built without its `lapack` feature",
    ),
];

const ALGORITHM_PREFIXES: &[&str] = &["pcg64_", "pcg64dxsm_", "philox_", "mt19937_"];

/// The alternatives of which one must be listed, each requirement once.
fn requirements(f: &CFunction, doc: &str) -> Vec<Vec<String>> {
    let ps = params(f);
    let mut req: Vec<Vec<String>> = Vec::new();
    let mut one = |alts: &[String]| req.push(alts.to_vec());
    if ps.is_empty() {
        one(&["nofail".into()]);
    }
    let specific = ALGORITHM_PREFIXES.iter().any(|p| f.name.starts_with(p));
    for (name, kind) in &ps {
        let t = |case: &str| format!("{case}:{name}");
        match kind {
            Kind::Bitgen | Kind::Seedseq => {
                one(&[t("null"), t("nullok")]);
                one(&[t("type")]);
                if *kind == Kind::Bitgen && specific {
                    one(&[t("wrongalg")]);
                }
            }
            Kind::Buffer => {
                one(&[t("null"), t("nullok")]);
                one(&[t("n0")]);
                one(&[t("overflow")]);
            }
            Kind::Text => {
                one(&[t("null"), t("nullok")]);
                one(&[t("bad")]);
            }
            Kind::Pointer => one(&[t("null"), t("nullok")]),
            Kind::Scalar => one(&[t("bad"), t("anyok")]),
            Kind::Count => {}
        }
    }
    // The statuses the documentation promises, by the kinds of case that provoke them.
    for (status, cases) in [
        ("RNG_ERR_NULL_POINTER", &["null"][..]),
        (
            "RNG_ERR_INVALID_ARGUMENT",
            &["bad", "overflow", "state"][..],
        ),
        ("RNG_ERR_UNSUPPORTED", &["wrongalg", "state"][..]),
        ("RNG_ERR_BUFFER_TOO_SMALL", &["small"][..]),
    ] {
        let not_own = STATUS_NOT_RETURNED
            .iter()
            .any(|&(n, s, _)| n == f.name && s == status);
        if doc.contains(status) && !not_own {
            req.push(cases.iter().map(|c| format!("{c}:*")).collect());
        }
    }
    req
}

/// Whether `tag` (`case:param`) applies to a parameter of `f`.
fn tag_applies(f: &CFunction, tag: &str) -> bool {
    let ps = params(f);
    if tag == "nofail" {
        return ps.is_empty();
    }
    let Some((case, name)) = tag.split_once(':') else {
        return false;
    };
    if case == "state" {
        return !name.is_empty()
            && ps
                .iter()
                .any(|(_, k)| matches!(k, Kind::Bitgen | Kind::Seedseq));
    }
    let Some((_, kind)) = ps.iter().find(|(n, _)| n == name) else {
        return false;
    };
    let handle = matches!(kind, Kind::Bitgen | Kind::Seedseq);
    match case {
        "null" | "nullok" => handle || matches!(kind, Kind::Buffer | Kind::Text | Kind::Pointer),
        "type" => handle,
        "wrongalg" => *kind == Kind::Bitgen,
        "n0" | "overflow" | "small" => *kind == Kind::Buffer,
        // A pointer's bad contents: a covariance matrix, the probabilities of rng_choice, an
        // input array (pvals, alpha, colors), a shape that overflows, a parameter array
        // (`rng_<method>_v`) with an element the method rejects.
        "bad" => matches!(
            kind,
            Kind::Text | Kind::Scalar | Kind::Buffer | Kind::Pointer
        ),
        "anyok" => *kind == Kind::Scalar,
        _ => false,
    }
}

fn satisfied(alts: &[String], tags: &BTreeSet<String>) -> bool {
    alts.iter().any(|a| match a.strip_suffix('*') {
        Some(prefix) => tags.iter().any(|t| t.starts_with(prefix)),
        None => tags.contains(a),
    })
}

// --- The C table -----------------------------------------------------------------------------

/// The `#define NAME "text"` string macros of the C file.
fn string_macros(src: &str) -> BTreeMap<String, String> {
    src.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("#define ")?;
            let (name, value) = rest.split_once(' ')?;
            let value = value.trim();
            (value.starts_with('"') && value.ends_with('"') && !name.contains('('))
                .then(|| (name.to_string(), value[1..value.len() - 1].to_string()))
        })
        .collect()
}

/// The rows `ROW(function, tags)` of the table `ROWS`: function -> tags. Tags are string
/// literals and string macros, concatenated.
fn table_rows(src: &str) -> Vec<(String, BTreeSet<String>)> {
    let macros = string_macros(src);
    let start = src
        .find("static const row ROWS[] = {")
        .expect("no ROWS table in the C test");
    let end = start + src[start..].find("\n};").expect("unterminated ROWS");
    let mut rows = Vec::new();
    let mut rest = &src[start..end];
    while let Some(i) = rest.find("ROW(") {
        rest = &rest[i + 4..];
        let close = rest.find(')').expect("unterminated ROW(");
        let (name, tags) = rest[..close].split_once(',').expect("ROW without tags");
        let mut text = String::new();
        let mut t = tags.trim();
        while !t.is_empty() {
            if let Some(lit) = t.strip_prefix('"') {
                let q = lit.find('"').expect("unterminated string");
                text.push_str(&lit[..q]);
                t = lit[q + 1..].trim_start();
            } else {
                let w = t
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(t.len());
                let value = macros
                    .get(&t[..w])
                    .unwrap_or_else(|| panic!("unknown tag macro {:?}", &t[..w]));
                text.push_str(value);
                t = t[w..].trim_start();
            }
        }
        rows.push((
            name.trim().to_string(),
            text.split_whitespace().map(str::to_string).collect(),
        ));
        rest = &rest[close..];
    }
    rows
}

/// Everything wrong with the table against the header (empty: covered).
fn problems(header: &str, c_src: &str) -> Vec<String> {
    let functions = header_functions(header);
    let docs = header_docs(header, &functions);
    let rows = table_rows(c_src);
    let mut problems = Vec::new();
    let mut by_name: BTreeMap<&str, &BTreeSet<String>> = BTreeMap::new();
    for (name, tags) in &rows {
        if by_name.insert(name, tags).is_some() {
            problems.push(format!("{name}: two rows"));
        }
    }
    for f in &functions {
        let Some(tags) = by_name.remove(f.name.as_str()) else {
            problems.push(format!("{}: no row in {TEST_FILE}", f.name));
            continue;
        };
        for alts in requirements(f, &docs[&f.name]) {
            if !satisfied(&alts, tags) {
                problems.push(format!(
                    "{}: needs a case {} ({:?})",
                    f.name,
                    alts.join(" or "),
                    f.params
                ));
            }
        }
        for tag in tags {
            if !tag_applies(f, tag) {
                problems.push(format!(
                    "{}: tag {tag} names no parameter it applies to ({:?})",
                    f.name, f.params
                ));
            }
        }
    }
    for name in by_name.keys() {
        problems.push(format!(
            "{name}: a row for a function the header does not declare"
        ));
    }
    problems
}

#[test]
fn every_header_function_is_in_the_bad_input_matrix() {
    let header = read("include/randstreams.h");
    let functions = header_functions(&header);
    let names: BTreeSet<String> = functions.iter().map(|f| f.name.clone()).collect();
    assert_eq!(
        names,
        header_function_names_by_line(&header),
        "the two readings of randstreams.h disagree: fix the parser"
    );
    assert!(names.len() >= 100, "found only {} functions", names.len());
    let problems = problems(&header, &matrix_source());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The matrix runs in ctest (shared and static) and under the sanitizers and valgrind.
#[test]
fn the_matrix_is_registered() {
    assert!(
        read("CMakeLists.txt").contains("randstreams_add_test(c_badinput tests/c/test_badinput.c)")
    );
    let sanitize = read("scripts/ci/sanitize.sh");
    assert!(sanitize.contains("c_badinput_static") && sanitize.contains("c_badinput_shared"));
    assert_eq!(
        sanitize.matches("c_state c_badinput; do").count(),
        2,
        "sanitize.sh runs c_badinput under ASan and valgrind"
    );
}

/// The parameter kinds of a few declarations, and the checks failing where they must.
#[test]
fn the_checks_can_fail() {
    let header = read("include/randstreams.h");
    let functions = header_functions(&header);
    let get = |n: &str| functions.iter().find(|f| f.name == n).unwrap();
    let kinds = |n: &str| {
        params(get(n))
            .into_iter()
            .map(|(_, k)| k)
            .collect::<Vec<_>>()
    };
    use Kind::*;
    assert_eq!(kinds("bitgen_spawn"), [Bitgen, Count, Buffer]);
    assert_eq!(kinds("ss_new_ex"), [Text, Buffer, Count, Scalar, Scalar]);
    assert_eq!(kinds("bitgen_state_save"), [Bitgen, Buffer, Count, Pointer]);
    assert_eq!(
        kinds("bitgen_new_user"),
        [Pointer, Pointer, Pointer, Pointer]
    );
    assert_eq!(
        kinds("bitgen_fill_u64_parallel"),
        [Bitgen, Buffer, Count, Scalar]
    );
    assert_eq!(params(get("bitgen_new_user"))[1].0, "next_u64");
    assert!(requirements(get("pcg64_advance"), "").contains(&vec!["wrongalg:bg".to_string()]));

    let src = matrix_source();
    assert!(problems(&header, &src).is_empty());
    // A tag dropped from a row.
    let dropped = src.replace(
        "ROW(bitgen_clone, \"null:bg type:bg state:user\")",
        "ROW(bitgen_clone, \"null:bg state:user\")",
    );
    assert!(
        problems(&header, &dropped)
            .iter()
            .any(|p| p.starts_with("bitgen_clone: needs a case type:bg"))
    );
    // A row dropped.
    let dropped = src.replace("    ROW(rng_version, \"nofail\"),\n", "");
    assert!(problems(&header, &dropped).contains(&format!("rng_version: no row in {TEST_FILE}")));
    // A new function in the header.
    let extra = header.replace(
        "void ss_free(struct rng_seedseq *ss);",
        "void ss_free(struct rng_seedseq *ss);\n\n/**\n * @brief New.\n */\nint32_t \
         ss_brand_new(struct rng_seedseq *ss, double x);",
    );
    assert!(problems(&extra, &src).contains(&format!("ss_brand_new: no row in {TEST_FILE}")));
    // A tag naming no parameter, or one it does not apply to.
    let wrong = src.replace(
        "ROW(rng_next_beta, \"null:bg type:bg null:out bad:a bad:b\")",
        "ROW(rng_next_beta, \"null:bg type:bg null:out bad:a bad:b bad:c overflow:out\")",
    );
    let p = problems(&header, &wrong);
    assert!(p.iter().any(|p| p.starts_with("rng_next_beta: tag bad:c")));
    assert!(
        p.iter()
            .any(|p| p.starts_with("rng_next_beta: tag overflow:out"))
    );
    // A documented status without a case: BUFFER_TOO_SMALL of bitgen_state_save.
    let small = src.replace(
        "n0:buf overflow:buf small:buf null:out_len state:user",
        "n0:buf overflow:buf null:out_len state:user",
    );
    assert!(
        problems(&header, &small)
            .iter()
            .any(|p| p.starts_with("bitgen_state_save: needs a case small:*"))
    );
}
