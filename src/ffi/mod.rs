//! The C ABI. Everything `extern "C"`, every `unsafe`, every NULL check and every message meant
//! for C callers lives under this module; the algorithms stay in safe Rust.
//!
//! Conventions (also in README.md, "C API conventions"):
//! - Fallible functions return an `int32_t` status, `RNG_OK` or one of the `RNG_ERR_*` codes;
//!   constructors return NULL on failure. `rng_last_error()` then tells what went wrong.
//! - Outputs are written only on success. A failed call leaves every handle unchanged.
//! - A count of 0 succeeds and writes nothing; its buffer may then be NULL.
//! - Handles are owned by the caller and released with their `_free` function; `_free(NULL)` is
//!   a no-op. A handle must not be used from two threads at once; distinct handles are
//!   independent, and a seed sequence shared by several generators may be spawned from any
//!   thread.
//! - Each handle carries a tag word checked on every use and overwritten on free
//!   (`boundary::Handle`): a handle of the other type, or a freed one whose memory still holds
//!   the tag's replacement, gets `RNG_ERR_INVALID_ARGUMENT` instead of being used.

#![allow(non_camel_case_types)]
#![deny(missing_docs, unsafe_op_in_unsafe_fn)]

mod arrays;
mod bitgen;
mod boundary;
mod methods;
mod multivariate;
mod mvnormal;
mod parallel;
mod sampling;
mod seedseq;
mod state;
mod user;
mod version;

pub use bitgen::*;
pub use methods::*;
pub use multivariate::*;
pub use mvnormal::*;
pub use parallel::*;
pub use sampling::*;
pub use seedseq::*;
pub use state::*;
pub use user::*;
pub use version::*;

/// Success.
pub const RNG_OK: i32 = 0;
/// A required pointer (handle, buffer or string) was NULL.
pub const RNG_ERR_NULL_POINTER: i32 = 1;
/// An argument had a value the function does not accept (malformed text, pool_size < 4 or
/// > 1024, a byte count that overflows, a handle of the other type or already freed, ...).
pub const RNG_ERR_INVALID_ARGUMENT: i32 = 2;
/// The operation does not exist for this handle (a handle of another algorithm, spawning from a
/// generator without a seed sequence, ...).
pub const RNG_ERR_UNSUPPORTED: i32 = 3;
/// The operating system could not provide entropy.
pub const RNG_ERR_ENTROPY_UNAVAILABLE: i32 = 4;
/// An output buffer was too small for the result.
pub const RNG_ERR_BUFFER_TOO_SMALL: i32 = 5;
/// A bug in randstreams (a caught panic). Please report it.
pub const RNG_ERR_INTERNAL: i32 = 6;
/// A working buffer could not be allocated (multivariate_hypergeometric's `count` method).
pub const RNG_ERR_OUT_OF_MEMORY: i32 = 7;
/// Not an error: the call succeeded and wrote its output, with a warning NumPy would have given
/// (`rng_multivariate_normal` with `check_valid` "warn": the covariance is not symmetric
/// positive-semidefinite). `rng_last_error()` holds the warning's text. Warnings are 100 and up.
pub const RNG_WARN_NOT_PSD: i32 = 100;

/// A seed sequence (NumPy's `SeedSequence`). Create with `ss_new*`, release with `ss_free`.
pub struct rng_seedseq {
    pub(crate) ss: std::sync::Arc<crate::SeedSequence>,
}

/// A bit generator of any algorithm (NumPy's `BitGenerator`), or a caller's own (see
/// `bitgen_new_user`). Create with `pcg64_new` and the other constructors, release with
/// `bitgen_free`.
pub struct rng_bitgen {
    pub(crate) src: Source,
}

impl boundary::Handle for rng_seedseq {
    const MAGIC: u64 = u64::from_le_bytes(*b"rng:ss\0\0");
    const C_NAME: &'static str = "rng_seedseq";
}

impl boundary::Handle for rng_bitgen {
    const MAGIC: u64 = u64::from_le_bytes(*b"rng:bg\0\0");
    const C_NAME: &'static str = "rng_bitgen";
}

/// What an `rng_bitgen` draws from.
pub(crate) enum Source {
    /// One of the five NumPy algorithms.
    Native(crate::BitGenerator),
    /// The caller's functions.
    User(user::UserBits),
}

impl rng_bitgen {
    /// The NumPy generator behind the handle; a user generator cannot `what`.
    pub(crate) fn native(&self, what: &str) -> boundary::FfiResult<&crate::BitGenerator> {
        match &self.src {
            Source::Native(b) => Ok(b),
            Source::User(_) => Err(user_unsupported(what)),
        }
    }

    /// As `native`, mutable.
    pub(crate) fn native_mut(
        &mut self,
        what: &str,
    ) -> boundary::FfiResult<&mut crate::BitGenerator> {
        match &mut self.src {
            Source::Native(b) => Ok(b),
            Source::User(_) => Err(user_unsupported(what)),
        }
    }
}

fn user_unsupported(what: &str) -> boundary::Fail {
    boundary::Fail::unsupported(format!(
        "a user bit generator (bitgen_new_user) cannot {what}"
    ))
}

/// Runs `$body` with `$g` bound to the concrete generator behind an `rng_bitgen`, so that code
/// inside is monomorphised per algorithm (and for user generators).
macro_rules! with_source {
    ($src:expr, $g:ident => $body:expr) => {
        match $src {
            $crate::ffi::Source::Native(b) => {
                $crate::bitgen::with_core!(b.core_mut(), $g => $body)
            }
            $crate::ffi::Source::User($g) => $body,
        }
    };
}
pub(crate) use with_source;

impl crate::RawBits for Source {
    #[inline]
    fn next_u64(&mut self) -> u64 {
        with_source!(self, g => g.next_u64())
    }
    #[inline]
    fn next_u32(&mut self) -> u32 {
        with_source!(self, g => g.next_u32())
    }
    #[inline]
    fn next_double(&mut self) -> f64 {
        with_source!(self, g => g.next_double())
    }
    #[inline]
    fn next_raw(&mut self) -> u64 {
        with_source!(self, g => g.next_raw())
    }
    fn fill_u64(&mut self, out: &mut [u64]) {
        with_source!(self, g => g.fill_u64(out))
    }
    fn fill_raw(&mut self, out: &mut [u64]) {
        with_source!(self, g => g.fill_raw(out))
    }
}
