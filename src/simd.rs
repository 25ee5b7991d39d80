//! Which compilation of the bulk kernels runs: the baseline target's, or a second one of the
//! same safe code for x86-64 CPUs with AVX2 and BMI2 (Intel Haswell, AMD Zen and later),
//! chosen once per process. Both give the same values; the test command runs the conformance
//! tests under each (`RANDSTREAMS_SIMD=portable` forces the baseline).
//!
//! Who uses it: MT19937's twist and tempering (LLVM vectorises them 8 words wide with AVX2)
//! and Philox's block loop (BMI2's `mulx` leaves both halves of a 64x64-bit product in any
//! registers; the baseline `mul` writes `rdx:rax`, and the moves around it made the loop
//! front-end bound, about 16% slower).

/// Which compilation of the bulk kernels to use. All give the same values.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdPath {
    /// The baseline target's instructions (SSE2 on x86_64); every architecture has it.
    Portable,
    /// AVX2 and BMI2 (x86_64 only, when the CPU has both; else the portable code runs).
    Avx2,
}

impl SimdPath {
    /// AVX2 when the CPU has it, unless the environment variable `RANDSTREAMS_SIMD` is
    /// `portable`; decided once per process.
    pub fn selected() -> SimdPath {
        static SELECTED: std::sync::OnceLock<SimdPath> = std::sync::OnceLock::new();
        *SELECTED.get_or_init(|| {
            let forced = std::env::var_os("RANDSTREAMS_SIMD").is_some_and(|v| v == "portable");
            if !forced && SimdPath::Avx2.available() {
                SimdPath::Avx2
            } else {
                SimdPath::Portable
            }
        })
    }

    /// Whether this CPU runs this path's own kernels (rather than the portable fallback).
    pub fn available(self) -> bool {
        match self {
            SimdPath::Portable => true,
            #[cfg(target_arch = "x86_64")]
            SimdPath::Avx2 => {
                std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("bmi2")
            }
            #[cfg(not(target_arch = "x86_64"))]
            SimdPath::Avx2 => false,
        }
    }
}

/// A bulk operation that [`run`] compiles once per path. `call` and everything it calls must
/// be `#[inline(always)]` to be compiled for the path (a closure would not be: LLVM keeps a big
/// one out of line, compiled for the baseline); code LLVM keeps out of line anyway runs the
/// baseline instructions, which is slower but still correct.
pub(crate) trait Kernel {
    type Output;
    fn call(self) -> Self::Output;
}

/// Runs `k` compiled for `path`.
#[inline(always)]
pub(crate) fn run<K: Kernel>(path: SimdPath, k: K) -> K::Output {
    match path {
        #[cfg(target_arch = "x86_64")]
        SimdPath::Avx2 => run_avx2(k),
        _ => k.call(),
    }
}

/// The single `unsafe` of the algorithm modules: entering the AVX2 + BMI2 compilation of a
/// kernel, or the portable one on a CPU without them.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[inline(always)]
fn run_avx2<K: Kernel>(k: K) -> K::Output {
    #[target_feature(enable = "avx2,bmi2")]
    fn body<K: Kernel>(k: K) -> K::Output {
        k.call()
    }
    if SimdPath::Avx2.available() {
        // SAFETY: `body` is safe code compiled for AVX2 and BMI2; its only requirement, a CPU
        // with both, is checked just above.
        unsafe { body(k) }
    } else {
        k.call()
    }
}
