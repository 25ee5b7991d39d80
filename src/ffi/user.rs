//! `bitgen_new_user`: a caller's own generator behind an `rng_bitgen` handle, so that codes with
//! their own bit source can use the NumPy-identical distributions (as randomgen's
//! UserBitGenerator does).

use super::boundary::{Fail, into_handle, value};
use super::{Source, rng_bitgen};
use crate::common::{HalfWord, RawBits, u64_to_double};
use std::ffi::c_void;
use std::ptr::null_mut;

type NextU64 = unsafe extern "C" fn(state: *mut c_void) -> u64;
type NextU32 = unsafe extern "C" fn(state: *mut c_void) -> u32;
type NextDouble = unsafe extern "C" fn(state: *mut c_void) -> f64;

/// The caller's generator: its state pointer and functions.
pub(crate) struct UserBits {
    state: *mut c_void,
    next_u64: NextU64,
    next_u32: Option<NextU32>,
    next_double: Option<NextDouble>,
    half: HalfWord,
}

impl RawBits for UserBits {
    #[inline]
    fn next_u64(&mut self) -> u64 {
        // SAFETY: bitgen_new_user's contract: the function may be called with this state.
        unsafe { (self.next_u64)(self.state) }
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        match self.next_u32 {
            // SAFETY: as above.
            Some(f) => unsafe { f(self.state) },
            None => {
                let mut half = self.half;
                let v = half.next_u32(|| self.next_u64());
                self.half = half;
                v
            }
        }
    }

    #[inline]
    fn next_double(&mut self) -> f64 {
        match self.next_double {
            // SAFETY: as above.
            Some(f) => unsafe { f(self.state) },
            None => u64_to_double(self.next_u64()),
        }
    }
}

/// @brief A bit generator that draws from the caller's own functions, for use with the `rng_*`
///        distributions and the `bitgen_next_*`/`bitgen_fill_*` draws.
///
/// @param state passed to every call of the functions; owned by the caller, who keeps it alive
///        until #bitgen_free.
/// @param next_u64 required: the next 64 random bits.
/// @param next_u32 optional: the next 32 random bits. NULL means NumPy's rule: the low half of a
///        `next_u64` draw, then its high half on the next call.
/// @param next_double optional: a double in [0, 1). NULL means NumPy's rule,
///        `(next_u64() >> 11) * 2^-53`.
/// @return a new handle owned by the caller (release with #bitgen_free; that does not touch
///         `state`), or NULL when `next_u64` is NULL. Spawning, jumping, advancing and cloning a
///         user generator fail with #RNG_ERR_UNSUPPORTED.
///
/// # Safety
/// The functions must be safe to call with `state` for as long as the handle lives.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_new_user(
    state: *mut c_void,
    next_u64: Option<unsafe extern "C" fn(state: *mut c_void) -> u64>,
    next_u32: Option<unsafe extern "C" fn(state: *mut c_void) -> u32>,
    next_double: Option<unsafe extern "C" fn(state: *mut c_void) -> f64>,
) -> *mut rng_bitgen {
    value("bitgen_new_user", null_mut(), || {
        let next_u64 = next_u64.ok_or_else(|| Fail::null("next_u64"))?;
        let user = UserBits {
            state,
            next_u64,
            next_u32,
            next_double,
            half: HalfWord::default(),
        };
        Ok(into_handle(rng_bitgen {
            src: Source::User(user),
        }))
    })
}
