//! `rng_version`, `rng_last_error`, `rng_status_str`.

use super::boundary::last_error_ptr;
use super::*;
use std::ffi::c_char;

/// @brief The library's version, `"MAJOR.MINOR.PATCH"` (a static string). Compare with
///        `RNG_VERSION_STRING` from the header to catch a header/library mismatch.
#[unsafe(no_mangle)]
pub extern "C" fn rng_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// @brief The message of the last failed call on the calling thread (`""` if none has
///        failed). Never NULL. Valid until the next failing call on this thread; successful
///        calls do not clear it.
#[unsafe(no_mangle)]
pub extern "C" fn rng_last_error() -> *const c_char {
    last_error_ptr()
}

/// @brief The name of a status code (`"RNG_OK"`, `"RNG_ERR_NULL_POINTER"`, ...), or
///        `"unknown status"`; a static string, never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn rng_status_str(status: i32) -> *const c_char {
    match status {
        RNG_OK => c"RNG_OK",
        RNG_ERR_NULL_POINTER => c"RNG_ERR_NULL_POINTER",
        RNG_ERR_INVALID_ARGUMENT => c"RNG_ERR_INVALID_ARGUMENT",
        RNG_ERR_UNSUPPORTED => c"RNG_ERR_UNSUPPORTED",
        RNG_ERR_ENTROPY_UNAVAILABLE => c"RNG_ERR_ENTROPY_UNAVAILABLE",
        RNG_ERR_BUFFER_TOO_SMALL => c"RNG_ERR_BUFFER_TOO_SMALL",
        RNG_ERR_INTERNAL => c"RNG_ERR_INTERNAL",
        RNG_WARN_NOT_PSD => c"RNG_WARN_NOT_PSD",
        RNG_ERR_OUT_OF_MEMORY => c"RNG_ERR_OUT_OF_MEMORY",
        _ => c"unknown status",
    }
    .as_ptr()
}
