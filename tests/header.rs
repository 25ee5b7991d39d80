//! The committed include/randstreams.h must be exactly what cbindgen generates from src/ffi,
//! and tests/data/c_api.txt its function list: one line per function, `name|return type|
//! parameter; parameter; ...`, which the Python tests read instead of parsing the header.
//! `UPDATE_HEADER=1 cargo test --test header` rewrites both.

#[path = "common/c_header.rs"]
mod c_header;

use std::path::Path;

fn generate() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = cbindgen::Config::from_file(root.join("cbindgen.toml")).unwrap();
    config.after_includes = Some(format!(
        "\n#define RNG_VERSION_MAJOR {major}\n#define RNG_VERSION_MINOR {minor}\n\
         #define RNG_VERSION_PATCH {patch}\n#define RNG_VERSION_STRING \"{v}\"\n\
         #define RNG_VERSION_NUMBER ((RNG_VERSION_MAJOR << 16) | (RNG_VERSION_MINOR << 8) | RNG_VERSION_PATCH)\n\n\
         /* Functions marked RNG_NODISCARD return a status that must be checked. */\n\
         #if !defined(RNG_NODISCARD)\n#if defined(__GNUC__) || defined(__clang__)\n\
         #define RNG_NODISCARD __attribute__((warn_unused_result))\n#else\n#define RNG_NODISCARD\n#endif\n#endif",
        major = env!("CARGO_PKG_VERSION_MAJOR"),
        minor = env!("CARGO_PKG_VERSION_MINOR"),
        patch = env!("CARGO_PKG_VERSION_PATCH"),
        v = env!("CARGO_PKG_VERSION"),
    ));
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .expect("cbindgen failed")
        .write(&mut out);
    String::from_utf8(out).unwrap()
}

/// The function list of a header, as tests/data/c_api.txt holds it.
fn c_api(header: &str) -> String {
    let mut text = String::from(
        "# The functions of include/randstreams.h: name|return type|parameters (`;` between).\n\
         # Written with the header: UPDATE_HEADER=1 cargo test --test header. Do not edit.\n",
    );
    for f in c_header::header_functions(header) {
        text += &format!("{}|{}|{}\n", f.name, f.ret, f.params.join("; "));
    }
    text
}

#[test]
fn header_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = generate();
    let api = c_api(&fresh);
    let (header_path, api_path) = (
        root.join("include/randstreams.h"),
        root.join("tests/data/c_api.txt"),
    );
    if std::env::var_os("UPDATE_HEADER").is_some() {
        std::fs::write(&header_path, &fresh).unwrap();
        std::fs::write(&api_path, &api).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&header_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "include/randstreams.h is stale: run `UPDATE_HEADER=1 cargo test --test header`"
    );
    let committed = std::fs::read_to_string(&api_path).unwrap_or_default();
    assert!(
        committed == api,
        "tests/data/c_api.txt is stale: run `UPDATE_HEADER=1 cargo test --test header`"
    );
}
