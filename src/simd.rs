//! Which compilation of the bulk kernels runs: the baseline target's, a second one of the
//! same safe code for x86-64 CPUs with AVX2 and BMI2 (Intel Haswell, AMD Zen and later), or
//! on CPUs that also have AVX-512F/DQ, that and the AVX-512 code (PCG64's and PCG64DXSM's fills
//! in `bitgen::lcg128`, the bounded-integer fills' fast path and the exponential fills' passes
//! in `distributions::lanes`); chosen once per process. All give the same values; the test
//! command runs the conformance tests under the best path, with the selection capped at AVX2
//! (`RANDSTREAMS_SIMD=avx2`) and under the baseline (`RANDSTREAMS_SIMD=portable`).
//!
//! Only the selection and the entry into the AVX2 compilation live here; each kernel lives
//! beside the algorithm it speeds up.
//!
//! Who uses it: MT19937's twist and tempering (LLVM vectorises them 8 words wide with AVX2)
//! and Philox's block loop (BMI2's `mulx` leaves both halves of a 64x64-bit product in any
//! registers; the baseline `mul` writes `rdx:rax`, and the moves around it made the loop
//! front-end bound, about 16% slower). Both run their AVX2 compilation on the AVX-512 path.

/// Which compilation of the bulk kernels to use. All give the same values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdPath {
    /// The baseline target's instructions (SSE2 on x86_64); every architecture has it.
    Portable,
    /// AVX2, BMI2 and FMA (x86_64 only, when the CPU has them; else the portable code runs).
    Avx2,
    /// `Avx2`, plus AVX-512F and AVX-512DQ (and POPCNT, which every such CPU has) for the
    /// 128-bit LCGs, bounded integers and exponentials (x86_64 only). On a CPU without AVX-512
    /// those run their scalar code and MT19937 and Philox still their AVX2 kernels (portable
    /// ones without AVX2).
    Avx512,
}

impl SimdPath {
    /// The best path this CPU has, capped by the environment variable `RANDSTREAMS_SIMD`
    /// (`portable` or `avx2`); decided once per process.
    pub fn selected() -> SimdPath {
        static SELECTED: std::sync::OnceLock<SimdPath> = std::sync::OnceLock::new();
        *SELECTED.get_or_init(|| {
            let cap = std::env::var_os("RANDSTREAMS_SIMD");
            let allowed: &[SimdPath] = match cap.as_ref().and_then(|v| v.to_str()) {
                Some("portable") => &[],
                Some("avx2") => &[SimdPath::Avx2],
                _ => &[SimdPath::Avx512, SimdPath::Avx2],
            };
            let best = allowed.iter().find(|p| p.available());
            best.copied().unwrap_or(SimdPath::Portable)
        })
    }

    /// Whether this CPU runs this path's own kernels (rather than the portable fallback).
    pub fn available(self) -> bool {
        match self {
            SimdPath::Portable => true,
            #[cfg(target_arch = "x86_64")]
            SimdPath::Avx2 => {
                std::is_x86_feature_detected!("avx2")
                    && std::is_x86_feature_detected!("bmi2")
                    && std::is_x86_feature_detected!("fma")
            }
            #[cfg(target_arch = "x86_64")]
            SimdPath::Avx512 => {
                SimdPath::Avx2.available()
                    && std::is_x86_feature_detected!("avx512f")
                    && std::is_x86_feature_detected!("avx512dq")
                    && std::is_x86_feature_detected!("popcnt")
            }
            #[cfg(not(target_arch = "x86_64"))]
            SimdPath::Avx2 | SimdPath::Avx512 => false,
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

/// Runs `k` compiled for `path` (AVX2's compilation on the AVX-512 path).
#[inline(always)]
pub(crate) fn run<K: Kernel>(path: SimdPath, k: K) -> K::Output {
    match path {
        #[cfg(target_arch = "x86_64")]
        SimdPath::Avx2 | SimdPath::Avx512 => run_avx2(k),
        _ => k.call(),
    }
}

/// Entering the AVX2 + BMI2 compilation of a kernel, or the portable one on a CPU without them
/// (one of the places outside `ffi` with `unsafe`; `bitgen::lcg128`, `distributions::lanes`
/// and the block fills' `prefetch_lines` are the others).
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[inline(always)]
fn run_avx2<K: Kernel>(k: K) -> K::Output {
    // FMA: `f64::mul_add` becomes one instruction instead of a call to libm's `fma` (the same
    // value either way; Rust never fuses a separate multiply and add on its own).
    #[target_feature(enable = "avx2,bmi2,fma")]
    fn body<K: Kernel>(k: K) -> K::Output {
        k.call()
    }
    if SimdPath::Avx2.available() {
        // SAFETY: `body` is safe code compiled for AVX2, BMI2 and FMA; its only requirement, a
        // CPU with all three, is checked just above.
        unsafe { body(k) }
    } else {
        k.call()
    }
}
