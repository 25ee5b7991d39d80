//! The one place where C meets Rust: panics are caught, pointers checked, errors recorded.

use super::{
    RNG_ERR_BUFFER_TOO_SMALL, RNG_ERR_ENTROPY_UNAVAILABLE, RNG_ERR_INTERNAL,
    RNG_ERR_INVALID_ARGUMENT, RNG_ERR_NULL_POINTER, RNG_ERR_OUT_OF_MEMORY, RNG_ERR_UNSUPPORTED,
    RNG_OK,
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
            ErrorKind::OutOfMemory => RNG_ERR_OUT_OF_MEMORY,
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

/// For functions whose success has more than one status (a warning): the body's status, or the
/// failure's.
pub(crate) fn status_of(function: &str, body: impl FnOnce() -> FfiResult<i32>) -> i32 {
    catch(function, body).unwrap_or_else(|fail| fail.status)
}

/// For value-returning functions: the value, or `on_fail` after a failure.
pub(crate) fn value<T>(function: &str, on_fail: T, body: impl FnOnce() -> FfiResult<T>) -> T {
    catch(function, body).unwrap_or(on_fail)
}

/// A handle type handed to C. Each handle lives in a `Tagged` allocation whose first word is the
/// type's `MAGIC` while it is live, so that a pointer of the wrong handle type (easy to pass
/// through untyped Fortran `type(c_ptr)` or Python ctypes handles) or a freed handle is reported
/// instead of being used.
pub(crate) trait Handle {
    /// The live tag: 8 ASCII bytes, different for each handle type.
    const MAGIC: u64;
    /// The C type's name, for messages.
    const C_NAME: &'static str;
}

/// Written over the tag when a handle is freed (allocators that keep the first word of a freed
/// block then still show the handle as dead).
const POISON: u64 = u64::from_le_bytes(*b"rng:dead");

/// What a handle points to: the tag first (`repr(C)`), so that it can be read through a pointer
/// of any handle type: every handle allocation starts with this word.
#[repr(C)]
struct Tagged<T> {
    magic: u64,
    value: T,
}

/// The tagged allocation behind `p` after the NULL and tag checks.
///
/// # Safety
/// `p` is NULL or a handle from `into_handle` (of any handle type) whose memory is still
/// allocated. A freed handle is caught only as long as its memory has not been reused; reading it
/// is undefined behaviour all the same, which the check makes benign in practice.
#[inline(always)]
unsafe fn tagged<T: Handle>(p: *const T, what: &str) -> FfiResult<*mut Tagged<T>> {
    // SAFETY: every handle allocation starts with an initialised u64 tag (the contract); the
    // read happens only for a non-NULL pointer.
    if p.is_null() || unsafe { p.cast::<u64>().read() } != T::MAGIC {
        return Err(not_live::<T>(p.is_null(), what));
    }
    Ok(p.cast::<Tagged<T>>().cast_mut())
}

/// The failure of `tagged`, out of line so that the message's arguments are not prepared on
/// every call's fast path.
#[cold]
#[inline(never)]
fn not_live<T: Handle>(null: bool, what: &str) -> Fail {
    if null {
        Fail::null(what)
    } else {
        Fail::invalid(format!(
            "{what} is not a live {} (freed, or a handle of another type)",
            T::C_NAME
        ))
    }
}

/// A shared reference to a caller's handle, after the NULL and tag checks.
///
/// # Safety
/// `p` is NULL or a handle from `into_handle`, not mutated during `'a`.
pub(crate) unsafe fn handle<'a, T: Handle>(p: *const T, what: &str) -> FfiResult<&'a T> {
    // SAFETY: checked live handle of type T; the caller's contract covers aliasing.
    Ok(unsafe { &(*tagged(p, what)?).value })
}

/// A mutable reference to a caller's handle, after the NULL and tag checks.
///
/// # Safety
/// `p` is NULL or a handle from `into_handle`, not otherwise accessed during `'a`.
pub(crate) unsafe fn handle_mut<'a, T: Handle>(p: *mut T, what: &str) -> FfiResult<&'a mut T> {
    // SAFETY: checked live handle of type T; the caller's contract covers aliasing.
    Ok(unsafe { &mut (*tagged(p, what)?).value })
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

/// Moves `value` to the heap, tagged as live, and hands its ownership to the caller.
pub(crate) fn into_handle<T: Handle>(value: T) -> *mut T {
    Box::into_raw(Box::new(Tagged {
        magic: T::MAGIC,
        value,
    }))
    .cast()
}

/// Takes back a handle made by `into_handle` and poisons its tag; NULL is a no-op. A handle
/// that is not live (freed before, or of another type) is reported as `function`'s error and
/// left alone, where freeing it would corrupt the heap.
///
/// # Safety
/// As `handle`: `p` is NULL or a handle from `into_handle` whose memory is still allocated.
pub(crate) unsafe fn free_handle<T: Handle>(function: &str, p: *mut T, what: &str) {
    if p.is_null() {
        return;
    }
    // SAFETY: forwarded contract.
    match unsafe { tagged(p, what) } {
        Ok(t) => {
            // SAFETY: a live handle owned by the caller, given up by this call. The volatile
            // write is not removed as a dead store before the deallocation.
            unsafe {
                std::ptr::addr_of_mut!((*t).magic).write_volatile(POISON);
                drop(Box::from_raw(t));
            }
        }
        Err(fail) => set_last_error(function, &fail.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::{rng_bitgen, rng_seedseq, ss_n_children_spawned, ss_new_str};

    fn last_error() -> String {
        // SAFETY: the thread's last error, a NUL-terminated string.
        unsafe { CStr::from_ptr(last_error_ptr()) }
            .to_string_lossy()
            .into_owned()
    }

    /// A freed handle as the tripwire sees it when the allocator leaves the block alone: the tag
    /// poisoned by `free_handle`. Made here without freeing, so the check is exercised without
    /// reading freed memory (which would be undefined behaviour, and is what ASan reports).
    #[test]
    fn a_poisoned_handle_is_refused_and_not_freed() {
        // SAFETY: a valid NUL-terminated string; the handle is live until the ss_free below.
        let ss = unsafe { ss_new_str(c"12345".as_ptr()) };
        assert!(!ss.is_null());
        // SAFETY: the tag is the handle's first word (Tagged is repr(C)).
        unsafe { ss.cast::<u64>().write(POISON) };
        // SAFETY: a handle allocation whose memory is allocated.
        let r = unsafe { handle(ss, "ss") };
        let fail = r.err().expect("a poisoned handle is refused");
        assert_eq!(fail.status, RNG_ERR_INVALID_ARGUMENT);
        assert_eq!(
            fail.message,
            "ss is not a live rng_seedseq (freed, or a handle of another type)"
        );
        // Through the C API: 0 and the message.
        // SAFETY: as above.
        assert_eq!(unsafe { ss_n_children_spawned(ss) }, 0);
        assert!(last_error().starts_with("ss_n_children_spawned: ss is not a live rng_seedseq"));
        // A double free is refused without freeing: the block is still there below.
        // SAFETY: as above.
        unsafe { free_handle("ss_free", ss, "ss") };
        assert!(last_error().starts_with("ss_free: ss is not a live rng_seedseq"));
        // Restored, it is a live handle again and is freed for real.
        // SAFETY: as above.
        unsafe { ss.cast::<u64>().write(rng_seedseq::MAGIC) };
        // SAFETY: live again.
        assert_eq!(unsafe { ss_n_children_spawned(ss) }, 0);
        // SAFETY: live, freed once.
        unsafe { free_handle("ss_free", ss, "ss") };
    }

    /// Each handle type refuses the other's tag, and the tags differ from the poison.
    #[test]
    fn the_tags_are_distinct() {
        let tags = [rng_bitgen::MAGIC, rng_seedseq::MAGIC, POISON];
        for (i, a) in tags.iter().enumerate() {
            for b in &tags[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
