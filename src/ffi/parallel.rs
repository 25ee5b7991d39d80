//! `bitgen_fill_u64_parallel`: the multi-threaded bulk fill of `crate::parallel`.

use super::bitgen::fill;
use super::{Source, rng_bitgen, user_unsupported};
use crate::parallel::fill_u64_parallel;

/// @brief #bitgen_fill_u64 on up to `threads` threads: the same `n` values and the same final
///        state (pending 32-bit half word included) as `bitgen_fill_u64(bg, out, n)`, for every
///        `threads >= 1`. PCG64, PCG64DXSM and Philox only.
///
/// The output is cut into contiguous chunks, each filled by a copy of the generator advanced to
/// its offset. Every thread gets at least 65536 values, so fewer than 131072 are filled serially
/// on the calling thread; the calling thread fills the first chunk and the others run on
/// threads started for this call and joined before it returns. The arguments are checked before
/// anything is drawn, also when `n == 0` (then nothing is written and `out` may be NULL).
/// @param threads the most threads to use, the calling one included; at least 1.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER, #RNG_ERR_INVALID_ARGUMENT (`threads == 0`, or the
///         byte count overflows) or #RNG_ERR_UNSUPPORTED (MT19937, SFC64 and user generators,
///         which cannot skip ahead).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_fill_u64_parallel(
    bg: *mut rng_bitgen,
    out: *mut u64,
    n: usize,
    threads: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill("bitgen_fill_u64_parallel", bg, out, n, |s, o| match s {
            Source::Native(b) => Ok(fill_u64_parallel(b, o, threads)?),
            Source::User(_) => Err(user_unsupported("fill in parallel")),
        })
    }
}
