//! Links the system's LAPACK (which one: LD_LIBRARY_PATH at run time, see probe.py).
fn main() {
    println!("cargo:rustc-link-lib=dylib=lapack");
}
