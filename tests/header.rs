//! The committed include/randstreams.h must be exactly what cbindgen generates from src/ffi.
//! `UPDATE_HEADER=1 cargo test --test header` rewrites it.

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

#[test]
fn header_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/randstreams.h");
    let fresh = generate();
    if std::env::var_os("UPDATE_HEADER").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "include/randstreams.h is stale: run `UPDATE_HEADER=1 cargo test --test header`"
    );
}
