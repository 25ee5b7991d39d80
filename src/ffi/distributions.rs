//! `rng_*`: NumPy's `Generator` methods from C, bit-identical. Each `rng_<method>` fills an
//! array as `Generator(bg).<method>(..., size=n)`; each `rng_next_<method>` is a fill of one
//! element (NumPy's `size=None` call). Parameters are checked before anything is drawn, so a
//! rejected call writes nothing and leaves the generator's stream untouched.
//!
//! The generator is matched once per call (`with_source!`), so every fill loop is compiled for
//! its algorithm.

use super::bitgen::fill;
use super::boundary::{Fail, FfiResult, handle_mut, status, value};
use super::{Source, rng_bitgen, with_source};
use crate::distributions::Generator;

/// Shared by the parameterised `rng_next_*`: computes one value and writes it to `*out`.
///
/// # Safety
/// `bg` is NULL or a live handle; `out` is NULL or writable.
unsafe fn one<T>(
    function: &str,
    bg: *mut rng_bitgen,
    out: *mut T,
    f: impl FnOnce(&mut Source) -> FfiResult<T>,
) -> i32 {
    status(function, || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle_mut(bg, "bg") }?;
        if out.is_null() {
            return Err(Fail::null("out"));
        }
        let v = f(&mut g.src)?;
        // SAFETY: non-NULL and writable by the contract.
        unsafe { out.write(v) };
        Ok(())
    })
}

/// @brief `Generator(bg).random(size=n)`: fills `out` with `n` values.
///
/// Doubles in [0, 1) with 53 random bits.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_random(bg: *mut rng_bitgen, out: *mut f64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_random",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_random(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_random (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_random(bg: *mut rng_bitgen) -> f64 {
    value("rng_next_random", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_random()))
    })
}

/// @brief `Generator(bg).random(size=n, dtype=np.float32)`: fills `out` with `n` values.
///
/// Floats in [0, 1) with 24 random bits, from 32-bit half words (shared with #bitgen_next_u32).
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_random_f32(bg: *mut rng_bitgen, out: *mut f32, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_random_f32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_random_f32(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_random_f32 (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_random_f32(bg: *mut rng_bitgen) -> f32 {
    value("rng_next_random_f32", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_random_f32()))
    })
}

/// @brief `Generator(bg).uniform(low, high, size=n)`: fills `out` with `n` values.
///
/// Rejected: a non-finite `high - low`, or `high - low < 0` (also -0.0).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_uniform(
    bg: *mut rng_bitgen,
    low: f64,
    high: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_uniform",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_uniform(low, high, o)?)),
        )
    }
}

/// @brief One value of #rng_uniform (equal to a fill of one element), written to `*out`.
/// @return as #rng_uniform; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_uniform(
    bg: *mut rng_bitgen,
    low: f64,
    high: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_uniform", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_uniform(low, high)?))
        })
    }
}

/// @brief `Generator(bg).standard_normal(size=n)`: fills `out` with `n` values.
///
/// NumPy's ziggurat, tails and wedges included.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_normal(bg: *mut rng_bitgen, out: *mut f64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_normal",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_standard_normal(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_standard_normal (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_standard_normal(bg: *mut rng_bitgen) -> f64 {
    value("rng_next_standard_normal", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_standard_normal()))
    })
}

/// @brief `Generator(bg).standard_normal(size=n, dtype=np.float32)`: fills `out` with `n` values.
///
/// NumPy's float32 ziggurat.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_normal_f32(
    bg: *mut rng_bitgen,
    out: *mut f32,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_normal_f32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_standard_normal_f32(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_standard_normal_f32 (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_standard_normal_f32(bg: *mut rng_bitgen) -> f32 {
    value("rng_next_standard_normal_f32", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_standard_normal_f32()))
    })
}

/// @brief `Generator(bg).normal(loc, scale, size=n)`: fills `out` with `n` values.
///
/// Rejected: `scale < 0` (also -0.0).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_normal(
    bg: *mut rng_bitgen,
    loc: f64,
    scale: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_normal",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_normal(loc, scale, o)?)),
        )
    }
}

/// @brief One value of #rng_normal (equal to a fill of one element), written to `*out`.
/// @return as #rng_normal; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_normal(
    bg: *mut rng_bitgen,
    loc: f64,
    scale: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_normal", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_normal(loc, scale)?))
        })
    }
}

/// @brief `Generator(bg).standard_exponential(size=n)`: fills `out` with `n` values.
///
/// NumPy's ziggurat (`method='zig'`).
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_exponential(
    bg: *mut rng_bitgen,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_exponential",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_standard_exponential(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_standard_exponential (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_standard_exponential(bg: *mut rng_bitgen) -> f64 {
    value("rng_next_standard_exponential", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_standard_exponential()))
    })
}

/// @brief `Generator(bg).standard_exponential(size=n, dtype=np.float32)`: fills `out` with `n` values.
///
/// NumPy's float32 ziggurat.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_exponential_f32(
    bg: *mut rng_bitgen,
    out: *mut f32,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_exponential_f32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { Generator::new(g).fill_standard_exponential_f32(o); Ok(()) }),
        )
    }
}

/// @brief One value of #rng_standard_exponential_f32 (equal to a fill of one element); returns it, or 0.0
///        with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rng_next_standard_exponential_f32(bg: *mut rng_bitgen) -> f32 {
    value("rng_next_standard_exponential_f32", 0.0, || {
        // SAFETY: forwarded contract.
        let h = unsafe { handle_mut(bg, "bg") }?;
        Ok(with_source!(&mut h.src, g => Generator::new(g).next_standard_exponential_f32()))
    })
}

/// @brief `Generator(bg).exponential(scale, size=n)`: fills `out` with `n` values.
///
/// Rejected: `scale < 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_exponential(
    bg: *mut rng_bitgen,
    scale: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_exponential",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_exponential(scale, o)?)),
        )
    }
}

/// @brief One value of #rng_exponential (equal to a fill of one element), written to `*out`.
/// @return as #rng_exponential; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_exponential(
    bg: *mut rng_bitgen,
    scale: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_exponential", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_exponential(scale)?))
        })
    }
}

/// @brief `Generator(bg).lognormal(mean, sigma, size=n)`: fills `out` with `n` values.
///
/// Rejected: `sigma < 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_lognormal(
    bg: *mut rng_bitgen,
    mean: f64,
    sigma: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_lognormal",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_lognormal(mean, sigma, o)?)),
        )
    }
}

/// @brief One value of #rng_lognormal (equal to a fill of one element), written to `*out`.
/// @return as #rng_lognormal; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_lognormal(
    bg: *mut rng_bitgen,
    mean: f64,
    sigma: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_lognormal", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_lognormal(mean, sigma)?))
        })
    }
}

/// @brief `Generator(bg).standard_gamma(shape, size=n)`: fills `out` with `n` values.
///
/// Rejected: `shape < 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_gamma(
    bg: *mut rng_bitgen,
    shape: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_gamma",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_standard_gamma(shape, o)?)),
        )
    }
}

/// @brief One value of #rng_standard_gamma (equal to a fill of one element), written to `*out`.
/// @return as #rng_standard_gamma; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_standard_gamma(
    bg: *mut rng_bitgen,
    shape: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_standard_gamma", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_standard_gamma(shape)?))
        })
    }
}

/// @brief `Generator(bg).standard_gamma(shape, size=n, dtype=np.float32)`: fills `out` with `n` values.
///
/// Rejected: `shape < 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_standard_gamma_f32(
    bg: *mut rng_bitgen,
    shape: f32,
    out: *mut f32,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_standard_gamma_f32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_standard_gamma_f32(shape, o)?)),
        )
    }
}

/// @brief One value of #rng_standard_gamma_f32 (equal to a fill of one element), written to `*out`.
/// @return as #rng_standard_gamma_f32; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_standard_gamma_f32(
    bg: *mut rng_bitgen,
    shape: f32,
    out: *mut f32,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_standard_gamma_f32", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_standard_gamma_f32(shape)?))
        })
    }
}

/// @brief `Generator(bg).gamma(shape, scale, size=n)`: fills `out` with `n` values.
///
/// Rejected: `shape < 0`, `scale < 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_gamma(
    bg: *mut rng_bitgen,
    shape: f64,
    scale: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_gamma",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_gamma(shape, scale, o)?)),
        )
    }
}

/// @brief One value of #rng_gamma (equal to a fill of one element), written to `*out`.
/// @return as #rng_gamma; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_gamma(
    bg: *mut rng_bitgen,
    shape: f64,
    scale: f64,
    out: *mut f64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_gamma", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_gamma(shape, scale)?))
        })
    }
}

/// @brief `Generator(bg).beta(a, b, size=n)`: fills `out` with `n` values.
///
/// Rejected: `a <= 0`, `b <= 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_beta(
    bg: *mut rng_bitgen,
    a: f64,
    b: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_beta",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_beta(a, b, o)?)),
        )
    }
}

/// @brief One value of #rng_beta (equal to a fill of one element), written to `*out`.
/// @return as #rng_beta; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_beta(bg: *mut rng_bitgen, a: f64, b: f64, out: *mut f64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_beta", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_beta(a, b)?))
        })
    }
}

/// @brief `Generator(bg).chisquare(df, size=n)`: fills `out` with `n` values.
///
/// Rejected: `df <= 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_chisquare(
    bg: *mut rng_bitgen,
    df: f64,
    out: *mut f64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_chisquare",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_chisquare(df, o)?)),
        )
    }
}

/// @brief One value of #rng_chisquare (equal to a fill of one element), written to `*out`.
/// @return as #rng_chisquare; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_chisquare(bg: *mut rng_bitgen, df: f64, out: *mut f64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_chisquare", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_chisquare(df)?))
        })
    }
}

/// @brief `Generator(bg).poisson(lam, size=n)`: fills `out` with `n` values.
///
/// Rejected: `lam < 0`, NaN, or a `lam` too large for int64 results (NumPy's limit).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_poisson(
    bg: *mut rng_bitgen,
    lam: f64,
    out: *mut i64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_poisson",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_poisson(lam, o)?)),
        )
    }
}

/// @brief One value of #rng_poisson (equal to a fill of one element), written to `*out`.
/// @return as #rng_poisson; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_poisson(bg: *mut rng_bitgen, lam: f64, out: *mut i64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_poisson", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_poisson(lam)?))
        })
    }
}

/// @brief `Generator(bg).binomial(ntrials, p, size=n)`: fills `out` with `n` values.
///
/// Rejected: `ntrials < 0`, `p` outside [0, 1] or NaN.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_binomial(
    bg: *mut rng_bitgen,
    ntrials: i64,
    p: f64,
    out: *mut i64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_binomial",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_binomial(ntrials, p, o)?)),
        )
    }
}

/// @brief One value of #rng_binomial (equal to a fill of one element), written to `*out`.
/// @return as #rng_binomial; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_binomial(
    bg: *mut rng_bitgen,
    ntrials: i64,
    p: f64,
    out: *mut i64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_binomial", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_binomial(ntrials, p)?))
        })
    }
}

/// @brief `Generator(bg).geometric(p, size=n)`: fills `out` with `n` values.
///
/// Rejected: `p` outside (0, 1] or NaN.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_geometric(
    bg: *mut rng_bitgen,
    p: f64,
    out: *mut i64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_geometric",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_geometric(p, o)?)),
        )
    }
}

/// @brief One value of #rng_geometric (equal to a fill of one element), written to `*out`.
/// @return as #rng_geometric; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_geometric(bg: *mut rng_bitgen, p: f64, out: *mut i64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_geometric", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_geometric(p)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.int64, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_i64(
    bg: *mut rng_bitgen,
    low: i64,
    high: i64,
    endpoint: bool,
    out: *mut i64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_i64",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_i64(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_i64 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_i64; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_i64(
    bg: *mut rng_bitgen,
    low: i64,
    high: i64,
    endpoint: bool,
    out: *mut i64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_i64", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_i64(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.int32, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_i32(
    bg: *mut rng_bitgen,
    low: i32,
    high: i32,
    endpoint: bool,
    out: *mut i32,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_i32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_i32(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_i32 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_i32; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_i32(
    bg: *mut rng_bitgen,
    low: i32,
    high: i32,
    endpoint: bool,
    out: *mut i32,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_i32", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_i32(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.int16, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`. 8- and 16-bit fills pack several values per 32-bit draw, as NumPy's arrays do, so a fill of n is not n single draws (it is NumPy's `size=n`).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_i16(
    bg: *mut rng_bitgen,
    low: i16,
    high: i16,
    endpoint: bool,
    out: *mut i16,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_i16",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_i16(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_i16 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_i16; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_i16(
    bg: *mut rng_bitgen,
    low: i16,
    high: i16,
    endpoint: bool,
    out: *mut i16,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_i16", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_i16(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.int8, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`. 8- and 16-bit fills pack several values per 32-bit draw, as NumPy's arrays do, so a fill of n is not n single draws (it is NumPy's `size=n`).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_i8(
    bg: *mut rng_bitgen,
    low: i8,
    high: i8,
    endpoint: bool,
    out: *mut i8,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_i8",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_i8(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_i8 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_i8; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_i8(
    bg: *mut rng_bitgen,
    low: i8,
    high: i8,
    endpoint: bool,
    out: *mut i8,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_i8", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_i8(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.uint64, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_u64(
    bg: *mut rng_bitgen,
    low: u64,
    high: u64,
    endpoint: bool,
    out: *mut u64,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_u64",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_u64(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_u64 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_u64; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_u64(
    bg: *mut rng_bitgen,
    low: u64,
    high: u64,
    endpoint: bool,
    out: *mut u64,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_u64", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_u64(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.uint32, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_u32(
    bg: *mut rng_bitgen,
    low: u32,
    high: u32,
    endpoint: bool,
    out: *mut u32,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_u32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_u32(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_u32 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_u32; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_u32(
    bg: *mut rng_bitgen,
    low: u32,
    high: u32,
    endpoint: bool,
    out: *mut u32,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_u32", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_u32(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.uint16, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`. 8- and 16-bit fills pack several values per 32-bit draw, as NumPy's arrays do, so a fill of n is not n single draws (it is NumPy's `size=n`).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_u16(
    bg: *mut rng_bitgen,
    low: u16,
    high: u16,
    endpoint: bool,
    out: *mut u16,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_u16",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_u16(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_u16 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_u16; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_u16(
    bg: *mut rng_bitgen,
    low: u16,
    high: u16,
    endpoint: bool,
    out: *mut u16,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_u16", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_u16(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=np.uint8, endpoint=endpoint)`: fills `out` with `n` values.
///
/// Rejected: `low > high` (`low >= high` without endpoint); as in NumPy, not checked when
/// `n == 0`. 8- and 16-bit fills pack several values per 32-bit draw, as NumPy's arrays do, so a fill of n is not n single draws (it is NumPy's `size=n`).
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_u8(
    bg: *mut rng_bitgen,
    low: u8,
    high: u8,
    endpoint: bool,
    out: *mut u8,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_u8",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_u8(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_u8 (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_u8; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_u8(
    bg: *mut rng_bitgen,
    low: u8,
    high: u8,
    endpoint: bool,
    out: *mut u8,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_u8", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_u8(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).integers(low, high, size=n, dtype=bool, endpoint=endpoint)`: fills `out` with `n` values.
///
/// `low` and `high` are 0 or 1 (`high` may be 2 without endpoint). 32 values per 32-bit draw, least significant bit first, as NumPy's arrays.
/// @return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected parameters or
///         an overflowing byte count (then nothing is drawn or written).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_integers_bool(
    bg: *mut rng_bitgen,
    low: u8,
    high: u8,
    endpoint: bool,
    out: *mut bool,
    n: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "rng_integers_bool",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => Ok(Generator::new(g).fill_integers_bool(low, high, endpoint, o)?)),
        )
    }
}

/// @brief One value of #rng_integers_bool (equal to a fill of one element), written to `*out`.
/// @return as #rng_integers_bool; nothing is written on failure.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` is NULL or writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_next_integers_bool(
    bg: *mut rng_bitgen,
    low: u8,
    high: u8,
    endpoint: bool,
    out: *mut bool,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        one("rng_next_integers_bool", bg, out, |s| {
            Ok(with_source!(s, g => Generator::new(g).next_integers_bool(low, high, endpoint)?))
        })
    }
}

/// @brief `Generator(bg).permutation(n)`: a random ordering of 0, 1, ..., n-1.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_permutation(bg: *mut rng_bitgen, out: *mut i64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill("rng_permutation", bg, out, n, |s, o| {
            with_source!(s, g => Generator::new(g).fill_permutation(o));
            Ok(())
        })
    }
}

/// @brief `Generator(bg).shuffle(data)` on a 1-d int64 array of `n` values, in place.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `data` points to `n` values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_shuffle_i64(bg: *mut rng_bitgen, data: *mut i64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill("rng_shuffle_i64", bg, data, n, |s, d| {
            with_source!(s, g => Generator::new(g).shuffle(d));
            Ok(())
        })
    }
}

/// @brief `Generator(bg).shuffle(data)` on a 1-d float64 array of `n` values, in place.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (overflowing byte count).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `data` points to `n` values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_shuffle_f64(bg: *mut rng_bitgen, data: *mut f64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill("rng_shuffle_f64", bg, data, n, |s, d| {
            with_source!(s, g => Generator::new(g).shuffle(d));
            Ok(())
        })
    }
}
