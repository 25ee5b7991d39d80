//! The function declarations of include/randstreams.h, read by the tests that check other
//! files against it (tests/bindings_coverage.rs, tests/badinput_coverage.rs).
#![allow(dead_code)] // each test uses part of it

use std::collections::BTreeSet;

#[derive(Debug)]
pub struct CFunction {
    pub name: String,
    pub ret: String,
    pub params: Vec<String>,
}

/// The header without comments (`/* */` and `//`), keeping line breaks.
pub fn strip_c_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                let end = rest[b + 2..].find("*/").expect("unterminated comment") + b + 4;
                out.extend(rest[b..end].chars().filter(|&c| c == '\n'));
                rest = &rest[end..];
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                rest = &rest[l..];
                rest = &rest[rest.find('\n').unwrap_or(rest.len())..];
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// Splits at the commas outside parentheses.
pub fn split_top_level(s: &str) -> Vec<String> {
    let (mut parts, mut depth, mut cur) = (Vec::new(), 0i32, String::new());
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    parts
}

pub fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every function declaration of the header, statement by statement (declarations may span
/// several lines; RNG_NODISCARD may stand on a line of its own).
pub fn header_functions(header: &str) -> Vec<CFunction> {
    let code: String = strip_c_comments(header)
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("RNG_NODISCARD", " ");
    let mut functions = Vec::new();
    for statement in code.split(';') {
        // `extern "C" {` opens the block of declarations; the text after it is the statement.
        let statement = statement.rsplit('{').next().unwrap().replace('}', " ");
        let statement = statement.split_whitespace().collect::<Vec<_>>().join(" ");
        if statement.is_empty() || statement.starts_with("typedef") || !statement.contains('(') {
            continue;
        }
        let open = statement.find('(').unwrap();
        let before = statement[..open].trim_end();
        let name_start = before.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
        let name = &before[name_start..];
        assert!(
            !name.is_empty() && statement.ends_with(')'),
            "cannot parse the declaration {statement:?}"
        );
        let params = &statement[open + 1..statement.len() - 1];
        let params = split_top_level(params);
        let params = if params == ["void"] {
            Vec::new()
        } else {
            params
        };
        functions.push(CFunction {
            name: name.to_string(),
            ret: before[..name_start].trim().to_string(),
            params,
        });
    }
    functions
}

/// The function names found line by line: a line at file scope starting with a lower-case
/// letter (after an optional RNG_NODISCARD) names the function before its first `(`. A second,
/// independent reading, so that a parser mistake cannot make the coverage check vacuous.
pub fn header_function_names_by_line(header: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in strip_c_comments(header).lines() {
        // Column 0 only: indented lines continue a declaration (parameters, ...).
        let line = match line.strip_prefix("RNG_NODISCARD") {
            Some(rest) => rest.trim_start(),
            None => line,
        };
        if !line.starts_with(|c: char| c.is_ascii_lowercase()) || line.starts_with("typedef") {
            continue;
        }
        let Some(open) = line.find('(') else { continue };
        let before = line[..open].trim_end();
        let start = before.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
        names.insert(before[start..].to_string());
    }
    names
}
