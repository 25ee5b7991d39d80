//! Sets the shared library's SONAME by cargo-c's rule (0.y -> .so.0.y, x.y -> .so.x), so that
//! an ABI-breaking release gets a new file name. Writes nothing outside OUT_DIR.
//! CMake has the same rule (randstreams_soversion in cmake/randstreamsTargets.cmake) to name the
//! files it stages and installs; the ctest soname_rule fails if the two ever disagree.

fn main() {
    let major: u64 = env!("CARGO_PKG_VERSION_MAJOR").parse().unwrap();
    let minor: u64 = env!("CARGO_PKG_VERSION_MINOR").parse().unwrap();
    let patch: u64 = env!("CARGO_PKG_VERSION_PATCH").parse().unwrap();
    let soversion = match (major, minor) {
        (0, 0) => format!("0.0.{patch}"),
        (0, m) => format!("0.{m}"),
        (x, _) => format!("{x}"),
    };
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os.ends_with("bsd") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,librandstreams.so.{soversion}");
    }
    // The `lapack` feature: LAPACK's Fortran symbols (dgesdd_, dsyevd_, dpotrf_) come from the
    // system's liblapack (Debian: liblapack-dev, or libopenblas-dev's alternative), or from the
    // library RANDSTREAMS_LAPACK_LIB names (e.g. `openblas`).
    if std::env::var_os("CARGO_FEATURE_LAPACK").is_some() {
        let lib = std::env::var("RANDSTREAMS_LAPACK_LIB").unwrap_or_else(|_| "lapack".into());
        println!("cargo:rustc-link-lib=dylib={lib}");
    }
    println!("cargo:rerun-if-env-changed=RANDSTREAMS_LAPACK_LIB");
    println!("cargo:rerun-if-changed=build.rs");
}
