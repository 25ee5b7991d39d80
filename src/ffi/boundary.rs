//! The one place where C meets Rust: panics are caught, pointers checked, errors recorded.

use super::{
    RNG_ERR_BUFFER_TOO_SMALL, RNG_ERR_ENTROPY_UNAVAILABLE, RNG_ERR_INTERNAL,
    RNG_ERR_INVALID_ARGUMENT, RNG_ERR_NULL_POINTER, RNG_ERR_UNSUPPORTED, RNG_OK,
};
use crate::error::{Error, ErrorKind};
use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

/// A failed call: the status to return and the message for `rng_last_error`.
#[derive(Debug)]
pub(crate) struct Fail {
    pub(crate) status: i32,
    pub(crate) message: String,
}

pub(crate) type FfiResult<T> = Result<T, Fail>;

impl Fail {
    pub(crate) fn null(what: &str) -> Fail {
        Fail {
            status: RNG_ERR_NULL_POINTER,
            message: format!("{what} is NULL"),
        }
    }
    pub(crate) fn invalid(message: String) -> Fail {
        Fail {
            status: RNG_ERR_INVALID_ARGUMENT,
            message,
        }
    }
    pub(crate) fn too_small(message: String) -> Fail {
        Fail {
            status: RNG_ERR_BUFFER_TOO_SMALL,
            message,
        }
    }
    pub(crate) fn unsupported(message: String) -> Fail {
        Fail {
            status: RNG_ERR_UNSUPPORTED,
            message,
        }
    }
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        let status = match e.kind() {
            ErrorKind::InvalidArgument => RNG_ERR_INVALID_ARGUMENT,
            ErrorKind::Unsupported => RNG_ERR_UNSUPPORTED,
            ErrorKind::EntropyUnavailable => RNG_ERR_ENTROPY_UNAVAILABLE,
        };
        Fail {
            status,
            message: e.message().to_owned(),
        }
    }
}

/// Records `message` as this thread's last error.
pub(crate) fn set_last_error(function: &str, message: &str) {
    let text = format!("{function}: {message}").replace('\0', "?");
    let text = CString::new(text).expect("NULs were replaced");
    LAST_ERROR.with(|e| *e.borrow_mut() = text);
}

/// The current last-error text; valid until this thread's next failing call.
pub(crate) fn last_error_ptr() -> *const c_char {
    LAST_ERROR.with(|e| e.borrow().as_ptr())
}

/// Runs `body`, turning a panic into `RNG_ERR_INTERNAL` and recording any failure's message.
fn catch<T>(function: &str, body: impl FnOnce() -> FfiResult<T>) -> FfiResult<T> {
    let result = catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|_| {
        Err(Fail {
            status: RNG_ERR_INTERNAL,
            message: "internal error (a bug in randstreams: please report it)".into(),
        })
    });
    if let Err(fail) = &result {
        set_last_error(function, &fail.message);
    }
    result
}

/// For status-returning functions: `RNG_OK` or the failure's status.
pub(crate) fn status(function: &str, body: impl FnOnce() -> FfiResult<()>) -> i32 {
    match catch(function, body) {
        Ok(()) => RNG_OK,
        Err(fail) => fail.status,
    }
}

/// For value-returning functions: the value, or `on_fail` after a failure.
pub(crate) fn value<T>(function: &str, on_fail: T, body: impl FnOnce() -> FfiResult<T>) -> T {
    catch(function, body).unwrap_or(on_fail)
}

/// A shared reference to a caller's handle, after the NULL check.
///
/// # Safety
/// `p` is NULL or points to a live `T` not mutated during `'a`.
pub(crate) unsafe fn handle<'a, T>(p: *const T, what: &str) -> FfiResult<&'a T> {
    // SAFETY: the caller's contract; NULL is handled by as_ref.
    unsafe { p.as_ref() }.ok_or_else(|| Fail::null(what))
}

/// A mutable reference to a caller's handle, after the NULL check.
///
/// # Safety
/// `p` is NULL or points to a live `T` not otherwise accessed during `'a`.
pub(crate) unsafe fn handle_mut<'a, T>(p: *mut T, what: &str) -> FfiResult<&'a mut T> {
    // SAFETY: the caller's contract; NULL is handled by as_mut.
    unsafe { p.as_mut() }.ok_or_else(|| Fail::null(what))
}

fn check_len<T>(n: usize, what: &str) -> FfiResult<()> {
    if n > isize::MAX as usize / size_of::<T>().max(1) {
        return Err(Fail::invalid(format!(
            "{what}: {n} elements of {} bytes do not fit in memory",
            size_of::<T>()
        )));
    }
    Ok(())
}

/// The caller's input array; `n == 0` gives an empty slice whatever `p` is.
///
/// # Safety
/// `p` is NULL or points to `n` readable `T`s.
pub(crate) unsafe fn input<'a, T>(p: *const T, n: usize, what: &str) -> FfiResult<&'a [T]> {
    if n == 0 {
        return Ok(&[]);
    }
    check_len::<T>(n, what)?;
    if p.is_null() {
        return Err(Fail::null(what));
    }
    // SAFETY: non-NULL, length checked against isize::MAX bytes, readable by the contract.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// The caller's output array; `n == 0` gives an empty slice whatever `p` is.
///
/// # Safety
/// `p` is NULL or points to `n` writable `T`s that nothing else accesses during `'a`.
pub(crate) unsafe fn output<'a, T>(p: *mut T, n: usize, what: &str) -> FfiResult<&'a mut [T]> {
    if n == 0 {
        return Ok(&mut []);
    }
    check_len::<T>(n, what)?;
    if p.is_null() {
        return Err(Fail::null(what));
    }
    // SAFETY: non-NULL, length checked against isize::MAX bytes, writable by the contract.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, n) })
}

/// The caller's NUL-terminated UTF-8 string.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
pub(crate) unsafe fn text<'a>(p: *const c_char, what: &str) -> FfiResult<&'a str> {
    if p.is_null() {
        return Err(Fail::null(what));
    }
    // SAFETY: non-NULL and NUL-terminated by the contract.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| Fail::invalid(format!("{what} is not valid UTF-8")))
}

/// snprintf semantics: writes at most `cap - 1` bytes of `s` and a NUL (nothing when
/// `cap == 0`, where `buf` may be NULL) and returns the length of all of `s`.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
pub(crate) unsafe fn write_text(
    s: &str,
    buf: *mut c_char,
    cap: usize,
    what: &str,
) -> FfiResult<usize> {
    // SAFETY: forwarded contract.
    let out = unsafe { output(buf, cap, what) }?;
    if let Some((last, body)) = out.split_last_mut() {
        let n = s.len().min(body.len());
        for (o, &b) in body.iter_mut().zip(&s.as_bytes()[..n]) {
            *o = b as c_char;
        }
        match body.get_mut(n) {
            Some(nul) => *nul = 0,
            None => *last = 0,
        }
    }
    Ok(s.len())
}

/// Moves `value` to the heap and hands its ownership to the caller.
pub(crate) fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Takes back a handle made by `into_handle`; NULL is a no-op.
///
/// # Safety
/// `p` is NULL or came from `into_handle::<T>` and was not freed before.
pub(crate) unsafe fn free_handle<T>(p: *mut T) {
    if !p.is_null() {
        // SAFETY: by the contract, p is a live Box<T> pointer owned by the caller.
        drop(unsafe { Box::from_raw(p) });
    }
}
