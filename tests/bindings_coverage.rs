//! The hand-written bindings must cover every function of the C header include/randstreams.h
//! (the distribution methods' forms are generated from src/methods.toml, the rest written by
//! hand): the Fortran module include/randstreams.f90 binds each, with the same name and a
//! matching signature, and its status and version parameters equal the header's #defines; the
//! C++ header include/randstreams.hpp calls each (outside comments) unless `NOT_WRAPPED_IN_CPP`
//! says why not. Adding a function to the header (or changing one) without its bindings fails
//! here. (The Python module's declarations are checked against the header by the Python tests.)
//!
//! Checked for each function of the header:
//! - an interface body `function|subroutine <name>(...) bind(C, name="<name>")`, listed in a
//!   `public` statement (unless it is in `NOT_BOUND_IN_FORTRAN` below);
//! - as many dummy arguments as C parameters, each of the Fortran type the C type maps to
//!   (the table in the module's header comment), with `value` exactly for by-value C
//!   parameters; pointers the C API lets be NULL with a meaning may be `type(c_ptr), value`;
//! - a function with the mapped result type, or a subroutine for `void`.
//!
//! And every bind(C) label in the module names a header function (or a C library function the
//! module uses itself, `FORTRAN_ONLY_LABELS`), so a removed or misspelt function fails too.

#[path = "common/c_header.rs"]
mod c_header;

use c_header::{CFunction, header_function_names_by_line, header_functions, split_top_level};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Header functions deliberately without a Fortran interface, each with the reason. Empty:
/// every function is bound.
const NOT_BOUND_IN_FORTRAN: &[(&str, &str)] = &[];

/// Header functions without a C++ form, each with the reason.
const NOT_WRAPPED_IN_CPP: &[(&str, &str)] = &[(
    "bitgen_new_user",
    "callbacks into the caller's own code; a C++ program makes the handle with the C function \
     and takes it over with bit_generator::adopt()",
)];

/// bind(C) labels in the module that are not randstreams functions.
const FORTRAN_ONLY_LABELS: &[&str] = &[
    // The C library's strlen, declared inside the module's private string helper.
    "strlen",
];

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

// --- The C header ---------------------------------------------------------------------------

/// `#define NAME <integer or string>` values of the header.
fn header_defines(header: &str) -> BTreeMap<String, String> {
    let mut defines = BTreeMap::new();
    for line in header.lines() {
        let mut words = line.split_whitespace();
        if words.next() != Some("#define") {
            continue;
        }
        let (Some(name), Some(value)) = (words.next(), words.next()) else {
            continue;
        };
        if words.next().is_none() {
            defines.insert(name.to_string(), value.to_string());
        }
    }
    defines
}

// --- The C -> Fortran type map ----------------------------------------------------------------

/// The Fortran type of a C scalar type (`None` for handle and void types).
fn fortran_scalar(c: &str) -> Option<&'static str> {
    Some(match c {
        "uint64_t" | "int64_t" => "integer(c_int64_t)",
        "uint32_t" | "int32_t" => "integer(c_int32_t)",
        "uint16_t" | "int16_t" => "integer(c_int16_t)",
        "uint8_t" | "int8_t" => "integer(c_int8_t)",
        "size_t" => "integer(c_size_t)",
        "double" => "real(c_double)",
        "float" => "real(c_float)",
        "bool" => "logical(c_bool)",
        "char" => "character(kind=c_char)",
        _ => return None,
    })
}

/// The C type split into its base type and pointer depth: `const struct rng_bitgen *bg` ->
/// (`rng_bitgen`, 1). Function pointers are (`funptr`, 0).
fn c_type(decl: &str) -> (String, usize) {
    if decl.contains("(*") {
        return ("funptr".to_string(), 0);
    }
    let stars = decl.matches('*').count();
    let words: Vec<&str> = decl
        .split(|c: char| c.is_whitespace() || c == '*')
        .filter(|w| !w.is_empty() && *w != "const" && *w != "struct")
        .collect();
    // The last word is the parameter's name when there is one.
    let base = if words.len() >= 2 {
        words[words.len() - 2]
    } else {
        words[0]
    };
    (base.to_string(), stars)
}

/// The Fortran declarations a C parameter may have, as (type, by value).
fn allowed_dummies(decl: &str) -> Vec<(&'static str, bool)> {
    let (base, stars) = c_type(decl);
    let handle = matches!(base.as_str(), "rng_bitgen" | "rng_seedseq" | "void");
    match (base.as_str(), stars) {
        ("funptr", _) => vec![("type(c_funptr)", true)],
        (_, 1) if handle => vec![("type(c_ptr)", true)],
        (_, 2) if handle => vec![("type(c_ptr)", false)],
        (b, 0) => vec![(
            fortran_scalar(b).unwrap_or_else(|| panic!("unmapped type {decl:?}")),
            true,
        )],
        (b, 1) => vec![
            (
                fortran_scalar(b).unwrap_or_else(|| panic!("unmapped type {decl:?}")),
                false,
            ),
            // A pointer whose NULL means something (philox_new_key's counter, ...).
            ("type(c_ptr)", true),
        ],
        _ => panic!("unmapped parameter type {decl:?}"),
    }
}

/// The Fortran result type of a C return type, or `None` for void (a subroutine).
fn fortran_result(ret: &str) -> Option<&'static str> {
    if ret.contains('*') {
        return Some("type(c_ptr)");
    }
    let base = ret.replace("const", " ");
    let base = base.trim();
    if base == "void" {
        None
    } else {
        Some(fortran_scalar(base).unwrap_or_else(|| panic!("unmapped return type {ret:?}")))
    }
}

// --- The Fortran module -------------------------------------------------------------------

#[derive(Debug, Default)]
struct FInterface {
    procedure: String, // the Fortran name
    is_function: bool,
    result: String, // the result variable (the function name, or result(...))
    dummies: Vec<String>,
    /// declared entity (lower case) -> (type, attributes), both lower case without spaces
    decls: BTreeMap<String, (String, Vec<String>)>,
}

/// Free-form source as statements: comments removed, continuation lines joined.
fn fortran_statements(src: &str) -> Vec<String> {
    let mut statements = Vec::new();
    let mut pending = String::new();
    for raw in src.lines() {
        // Cut the comment: a `!` outside a character literal.
        let mut code = String::new();
        let mut quote: Option<char> = None;
        for c in raw.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '!' => break,
                None => {}
            }
            code.push(c);
        }
        let mut code = code.trim().to_string();
        if !pending.is_empty() {
            code = code
                .strip_prefix('&')
                .unwrap_or(&code)
                .trim_start()
                .to_string();
        }
        if let Some(head) = code.strip_suffix('&') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(&code);
        if !pending.trim().is_empty() {
            statements.push(pending.trim().to_string());
        }
        pending.clear();
    }
    statements
}

/// No spaces, lower case: `Integer(C_INT64_T), Value` -> `integer(c_int64_t),value`.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The bind(C) label of a statement: `... bind(C, name="label")` (the label keeps its case).
fn bind_label(statement: &str) -> Option<String> {
    let bind = statement.to_lowercase().rfind("bind")?;
    let clause = &statement[bind..];
    if !squash(clause).starts_with("bind(c,name=") {
        return None;
    }
    let open = clause.find(['"', '\''])?;
    let quote = clause[open..].chars().next()?;
    let close = clause[open + 1..].find(quote)? + open + 1;
    Some(clause[open + 1..close].to_string())
}

/// The interface bodies with a bind(C) label, by label.
fn fortran_interfaces(statements: &[String]) -> BTreeMap<String, FInterface> {
    let mut interfaces = BTreeMap::new();
    let mut current: Option<(String, FInterface)> = None;
    for st in statements {
        let low = st.to_lowercase();
        if let Some((label, iface)) = current.as_mut() {
            if low.starts_with("end function") || low.starts_with("end subroutine") {
                let (label, iface) = (label.clone(), std::mem::take(iface));
                assert!(
                    interfaces.insert(label.clone(), iface).is_none(),
                    "two bind(C) interfaces for {label}"
                );
                current = None;
            } else if let Some((spec, entities)) = st.split_once("::") {
                if low.starts_with("import") {
                    continue;
                }
                let mut spec = split_top_level(&squash(spec)).into_iter();
                let ty = spec.next().unwrap_or_default();
                let attrs: Vec<String> = spec.collect();
                for entity in split_top_level(entities) {
                    let name = squash(entity.split('(').next().unwrap());
                    iface.decls.insert(name, (ty.clone(), attrs.clone()));
                }
            }
            continue;
        }
        let Some(label) = bind_label(st) else {
            continue;
        };
        let is_function = low.starts_with("function") || low.contains(" function ");
        let keyword = if is_function {
            "function"
        } else {
            "subroutine"
        };
        let Some(at) = low.find(keyword) else {
            continue;
        };
        let after = &st[at + keyword.len()..];
        let open = after
            .find('(')
            .expect("a procedure statement has an argument list");
        let close = after.find(')').unwrap();
        let procedure = after[..open].trim().to_lowercase();
        let dummies: Vec<String> = split_top_level(&after[open + 1..close])
            .iter()
            .map(|d| d.to_lowercase())
            .collect();
        let rest = squash(&after[close..]);
        let result = match rest.find("result(") {
            Some(r) => rest[r + 7..].split(')').next().unwrap().to_string(),
            None => procedure.clone(),
        };
        current = Some((
            label,
            FInterface {
                procedure,
                is_function,
                result,
                dummies,
                ..Default::default()
            },
        ));
    }
    assert!(current.is_none(), "unterminated interface body");
    interfaces
}

/// Names made public by `public :: a, b, ...` statements (lower case).
fn fortran_public_names(statements: &[String]) -> BTreeSet<String> {
    statements
        .iter()
        .filter_map(|st| {
            let low = st.to_lowercase();
            let rest = low
                .strip_prefix("public")?
                .trim_start()
                .strip_prefix("::")?
                .to_string();
            Some(rest)
        })
        .flat_map(|rest| {
            rest.split(',')
                .map(|n| n.trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `<type>, parameter :: NAME = value` (names and values as written, names upper case).
fn fortran_parameters(statements: &[String]) -> BTreeMap<String, String> {
    let mut parameters = BTreeMap::new();
    for st in statements {
        let Some((spec, entity)) = st.split_once("::") else {
            continue;
        };
        if !squash(spec).split(',').any(|a| a == "parameter") {
            continue;
        }
        if let Some((name, value)) = entity.split_once('=') {
            parameters.insert(name.trim().to_uppercase(), value.trim().to_string());
        }
    }
    parameters
}

// --- The checks -------------------------------------------------------------------------------

struct Sources {
    functions: Vec<CFunction>,
    defines: BTreeMap<String, String>,
    statements: Vec<String>,
}

fn sources() -> Sources {
    let header = read("include/randstreams.h");
    let functions = header_functions(&header);
    let by_statement: BTreeSet<String> = functions.iter().map(|f| f.name.clone()).collect();
    let by_line = header_function_names_by_line(&header);
    assert_eq!(
        by_statement, by_line,
        "the two readings of randstreams.h disagree: fix the parsers in this test"
    );
    // Guard against a reading that finds nothing: the header has dozens of functions.
    assert!(
        by_statement.len() >= 100 && by_statement.contains("pcg64_new"),
        "found only {} functions in randstreams.h",
        by_statement.len()
    );
    assert_eq!(
        by_statement.len(),
        functions.len(),
        "a function declared twice"
    );
    Sources {
        functions,
        defines: header_defines(&header),
        statements: fortran_statements(&read("include/randstreams.f90")),
    }
}

#[test]
fn every_header_function_has_a_fortran_interface() {
    let src = sources();
    let interfaces = fortran_interfaces(&src.statements);
    let public = fortran_public_names(&src.statements);
    let exceptions: BTreeMap<&str, &str> = NOT_BOUND_IN_FORTRAN.iter().copied().collect();
    let mut problems = Vec::new();

    for f in &src.functions {
        if exceptions.contains_key(f.name.as_str()) {
            if interfaces.contains_key(&f.name) {
                problems.push(format!(
                    "{}: bound, so remove it from NOT_BOUND_IN_FORTRAN",
                    f.name
                ));
            }
            continue;
        }
        let Some(iface) = interfaces.get(&f.name) else {
            problems.push(format!(
                "{}: no `bind(C, name=\"{}\")` interface in include/randstreams.f90",
                f.name, f.name
            ));
            continue;
        };
        let mut problem = |what: String| problems.push(format!("{}: {what}", f.name));
        if iface.procedure != f.name.to_lowercase() {
            problem(format!(
                "the Fortran name is {}, not the C name",
                iface.procedure
            ));
        }
        if !public.contains(&f.name.to_lowercase()) {
            problem("not in a `public ::` statement".to_string());
        }
        match (fortran_result(&f.ret), iface.is_function) {
            (None, true) => problem("void in C: must be a subroutine".to_string()),
            (Some(_), false) => problem(format!("returns {} in C: must be a function", f.ret)),
            (Some(want), true) => match iface.decls.get(&iface.result) {
                Some((ty, _)) if ty == want => {}
                other => problem(format!("result declared as {other:?}, expected {want}")),
            },
            (None, false) => {}
        }
        if iface.dummies.len() != f.params.len() {
            problem(format!(
                "{} Fortran arguments for {} C parameters ({:?})",
                iface.dummies.len(),
                f.params.len(),
                f.params
            ));
            continue;
        }
        for (dummy, param) in iface.dummies.iter().zip(&f.params) {
            let Some((ty, attrs)) = iface.decls.get(dummy) else {
                problem(format!("argument {dummy} is not declared"));
                continue;
            };
            let by_value = attrs.iter().any(|a| a == "value");
            let allowed = allowed_dummies(param);
            if !allowed.iter().any(|(t, v)| t == ty && *v == by_value) {
                problem(format!(
                    "argument {dummy} is {ty}{} but the C parameter `{param}` needs one of {:?} \
                     (type, value)",
                    if by_value { ", value" } else { "" },
                    allowed
                ));
            }
        }
    }

    let header_names: BTreeSet<&str> = src.functions.iter().map(|f| f.name.as_str()).collect();
    for label in interfaces.keys() {
        if !header_names.contains(label.as_str()) && !FORTRAN_ONLY_LABELS.contains(&label.as_str())
        {
            problems.push(format!(
                "bind(C, name=\"{label}\") names no function of randstreams.h"
            ));
        }
    }
    for (name, _) in NOT_BOUND_IN_FORTRAN {
        if !header_names.contains(name) {
            problems.push(format!(
                "NOT_BOUND_IN_FORTRAN lists {name}, not in randstreams.h"
            ));
        }
    }

    assert!(
        problems.is_empty(),
        "include/randstreams.f90 does not match include/randstreams.h:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn fortran_parameters_equal_the_header_defines() {
    let src = sources();
    let parameters = fortran_parameters(&src.statements);
    let public = fortran_public_names(&src.statements);
    let mut problems = Vec::new();
    let mut checked = 0;
    for (name, value) in &src.defines {
        let status = name == "RNG_OK" || name.starts_with("RNG_ERR_");
        let version = [
            "RNG_VERSION_MAJOR",
            "RNG_VERSION_MINOR",
            "RNG_VERSION_PATCH",
        ]
        .contains(&name.as_str())
            || name == "RNG_VERSION_STRING";
        if !status && !version {
            continue;
        }
        checked += 1;
        match parameters.get(name) {
            None => problems.push(format!("{name}: no Fortran parameter (header: {value})")),
            Some(f) if f != value => problems.push(format!(
                "{name} = {f} in include/randstreams.f90, {value} in randstreams.h{}",
                if version {
                    " (update the RNG_VERSION_* parameters)"
                } else {
                    ""
                }
            )),
            Some(_) => {}
        }
        if !public.contains(&name.to_lowercase()) {
            problems.push(format!("{name}: not in a `public ::` statement"));
        }
    }
    assert!(
        checked >= 11,
        "found only {checked} status and version #defines in the header"
    );
    // And no Fortran status parameter the header does not have.
    for name in parameters.keys() {
        if (name == "RNG_OK" || name.starts_with("RNG_ERR_")) && !src.defines.contains_key(name) {
            problems.push(format!(
                "{name}: a Fortran parameter with no #define in the header"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// --- C++ -------------------------------------------------------------------------------------

/// The header's functions that the C++ header names nowhere outside its comments (and that
/// `NOT_WRAPPED_IN_CPP` does not excuse).
fn cpp_unwrapped(functions: &[CFunction], hpp: &str) -> Vec<String> {
    let code: String = hpp
        .lines()
        .map(|l| l.split("//").next().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let words: BTreeSet<&str> = code
        .split(|c: char| !c_header::is_ident(c))
        .filter(|w| !w.is_empty())
        .collect();
    functions
        .iter()
        .map(|f| f.name.clone())
        .filter(|n| !words.contains(n.as_str()))
        .filter(|n| !NOT_WRAPPED_IN_CPP.iter().any(|(e, _)| e == n))
        .collect()
}

#[test]
fn every_header_function_has_a_cpp_form() {
    let src = sources();
    let missing = cpp_unwrapped(&src.functions, &read("include/randstreams.hpp"));
    assert!(
        missing.is_empty(),
        "C functions without a C++ form in include/randstreams.hpp (or a reason in \
         NOT_WRAPPED_IN_CPP): {missing:?}"
    );
    for (name, _) in NOT_WRAPPED_IN_CPP {
        assert!(
            src.functions.iter().any(|f| f.name == *name),
            "NOT_WRAPPED_IN_CPP names {name}, which the header does not declare"
        );
    }
}

/// The checks above must be able to fail: a header with one more function, or a changed
/// parameter type, is reported.
#[test]
fn the_checks_catch_a_missing_or_changed_function() {
    let header = read("include/randstreams.h");
    let extra = header.replace(
        "void ss_free(struct rng_seedseq *ss);",
        "void ss_free(struct rng_seedseq *ss);\n\nRNG_NODISCARD\nint32_t ss_brand_new(struct \
         rng_seedseq *ss,\n                     double x);",
    );
    let functions = header_functions(&extra);
    assert!(
        functions
            .iter()
            .any(|f| f.name == "ss_brand_new" && f.params.len() == 2)
    );
    assert!(header_function_names_by_line(&extra).contains("ss_brand_new"));
    let statements = fortran_statements(&read("include/randstreams.f90"));
    assert!(!fortran_interfaces(&statements).contains_key("ss_brand_new"));

    // rng_next_integers_u32's `uint32_t low` read as a uint64_t: a type mismatch.
    let iface = &fortran_interfaces(&statements)["rng_next_integers_u32"];
    let (ty, attrs) = &iface.decls["low"];
    assert!(attrs.iter().any(|a| a == "value"));
    assert!(allowed_dummies("uint32_t low").iter().any(|(t, _)| t == ty));
    assert!(!allowed_dummies("uint64_t low").iter().any(|(t, _)| t == ty));

    // The C++ check: the new function, and one whose only mention is a comment.
    let hpp = read("include/randstreams.hpp");
    assert_eq!(cpp_unwrapped(&functions, &hpp), ["ss_brand_new"]);
    let commented = hpp.replace("ss_pool_size(", "// ss_pool_size(\n(");
    assert!(cpp_unwrapped(&functions, &commented).contains(&"ss_pool_size".to_string()));
}
