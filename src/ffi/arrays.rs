//! The parameter arrays of the `rng_<method>_v` functions.

use super::boundary::{Fail, FfiResult, input};

/// The caller's parameter array of one value per element of `out` (empty when `out` is).
/// NULL with elements to fill is refused, and so is an array that shares memory with `out`
/// (it would be read while being written).
///
/// # Safety
/// `p` is NULL or points to `out.len()` readable `T`s.
pub(crate) unsafe fn param<'a, T, O>(p: *const T, out: &[O], what: &str) -> FfiResult<&'a [T]> {
    let n = out.len();
    if n > 0 && !p.is_null() {
        let (a, b) = (p as usize, out.as_ptr() as usize);
        let end = |start: usize, size: usize| start.saturating_add(n.saturating_mul(size));
        let (a_end, b_end) = (end(a, size_of::<T>()), end(b, size_of::<O>()));
        if a < b_end && b < a_end {
            return Err(Fail::invalid(format!("{what} overlaps out")));
        }
    }
    // SAFETY: forwarded contract; `n` elements of `out` fit in memory, so do `n` of `T`
    // (`input` checks the byte count anyway).
    unsafe { input(p, n, what) }
}
