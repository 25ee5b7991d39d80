//! `rng_choice`, `rng_bytes` and the shuffles of arrays of any item size and axis: NumPy's
//! `Generator.choice`, `bytes`, `shuffle`, `permutation` and `permuted`, written by hand (they
//! are not fills from scalar parameters, so `methods.toml` does not describe them).
//!
//! Arrays are C-contiguous and described by `ndim`, `shape` (in items) and `itemsize` (bytes).
//! The kernels are generic over the unit they move; the largest of 16, 8, 4, 2 and 1 bytes
//! that divides the item size and the pointers' alignment is used, which changes the speed
//! and never the result.

use super::boundary::{Fail, FfiResult, handle_mut, input, output, status};
use super::{rng_bitgen, with_source};
use crate::distributions::Generator;
use crate::distributions::choice::P_ATOL;
use crate::distributions::shuffle::AxisLayout;
use std::ffi::c_void;

/// `axis=None` for #rng_permuted: the flattened array is shuffled.
pub const RNG_AXIS_NONE: usize = (-1isize) as usize;

/// @brief `Generator(bg).bytes(length)`: `length` random bytes into `out`.
///
/// NumPy's bytes are `integers(0, 2**32, size=(length - 1) // 4 + 1, dtype=np.uint32)` as
/// little-endian bytes, cut to `length`; so the stream advances by whole 32-bit draws (a pending
/// 32-bit half word is used first, as #bitgen_next_u32 does), and **`length == 0` draws one
/// 32-bit value** and writes nothing: the one exception to "a count of 0 draws nothing",
/// because NumPy's `bytes(0)` does it.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `length` writable
/// bytes (it may be NULL when `length` is 0).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_bytes(bg: *mut rng_bitgen, out: *mut u8, length: usize) -> i32 {
    status("rng_bytes", || {
        // SAFETY: forwarded contract.
        let (g, out) = unsafe { (handle_mut(bg, "bg")?, output(out, length, "out")?) };
        with_source!(&mut g.src, s => Generator::new(s).bytes(out));
        Ok(())
    })
}

/// @brief The indices `Generator(bg).choice(a, size=n, replace=replace, p=p, shuffle=shuffle)`
///        picks from `arange(a)`: `n` values in [0, a) into `out`.
///
/// `p` is NULL for the uniform choice, or points to `a` probabilities. NumPy's paths, draws and
/// checks: with replacement, `integers(0, a)` (no `p`) or the search of `random()` draws in
/// `cumsum(p)`; without, the rounds of draws NumPy makes with `p`, and otherwise Floyd's
/// algorithm (then a shuffle when `shuffle`) or, for `a > 10000` and `n > a // (50 if shuffle
/// else 20)`, a partial shuffle of `arange(a)`. Errors, in NumPy's order and words: `a <= 0`
/// unless `n == 0`; a `p` containing NaN, a negative value, or not summing to 1 within
/// `sqrt(DBL_EPSILON)` (Kahan sum); without replacement, `n > a` and fewer than `n` positive
/// entries in `p`. Everything is checked before anything is drawn.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `p` is NULL or points to `a` readable
/// doubles; `out` points to `n` writable values (it may be NULL when `n` is 0).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_choice(
    bg: *mut rng_bitgen,
    a: i64,
    p: *const f64,
    replace: bool,
    shuffle: bool,
    out: *mut i64,
    n: usize,
) -> i32 {
    status("rng_choice", || {
        // SAFETY: forwarded contract.
        let (g, out) = unsafe { (handle_mut(bg, "bg")?, output(out, n, "out")?) };
        let p = if p.is_null() {
            None
        } else {
            let len =
                usize::try_from(a.max(0)).map_err(|_| Fail::invalid("a is too large".into()))?;
            // SAFETY: forwarded contract (`a` doubles).
            Some(unsafe { input(p, len, "p") }?)
        };
        with_source!(&mut g.src, s => Generator::new(s).choice(a, p, replace, shuffle, P_ATOL, out))?;
        Ok(())
    })
}

/// The array's layout around `axis`, after checking `shape`, `itemsize` and the byte count:
/// (layout in items, total bytes).
///
/// # Safety
/// `shape` is NULL or points to `ndim` readable values.
unsafe fn layout(
    ndim: usize,
    shape: *const usize,
    itemsize: usize,
    axis: usize,
) -> FfiResult<(AxisLayout, usize)> {
    if itemsize == 0 {
        return Err(Fail::invalid("itemsize is 0".into()));
    }
    if ndim == 0 || axis >= ndim {
        return Err(Fail::invalid(format!(
            "axis {axis} is out of bounds for array of dimension {ndim}"
        )));
    }
    if shape.is_null() {
        return Err(Fail::null("shape"));
    }
    // SAFETY: non-NULL, `ndim` values by the contract.
    let shape = unsafe { input(shape, ndim, "shape") }?;
    let overflow = || {
        Fail::invalid(format!(
            "shape {shape:?} of {itemsize}-byte items does not fit in memory"
        ))
    };
    let prod = |s: &[usize]| s.iter().try_fold(1usize, |acc, &d| acc.checked_mul(d));
    let items = prod(shape).ok_or_else(overflow)?;
    let bytes = items
        .checked_mul(itemsize)
        .filter(|&b| b <= isize::MAX as usize);
    let bytes = bytes.ok_or_else(overflow)?;
    // With no items, the products of parts may still overflow; they are not used then.
    let l = AxisLayout {
        outer: prod(&shape[..axis]).unwrap_or(0),
        len: shape[axis],
        inner: prod(&shape[axis + 1..]).unwrap_or(0),
    };
    Ok((l, bytes))
}

/// The largest unit of 16, 8, 4, 2 and 1 bytes dividing `itemsize` to which every pointer is
/// aligned (16-byte units are pairs of u64, so they need 8-byte alignment).
fn unit(itemsize: usize, ptrs: &[*const c_void]) -> usize {
    [16usize, 8, 4, 2]
        .into_iter()
        .find(|&u| {
            itemsize.is_multiple_of(u)
                && ptrs.iter().all(|p| (*p as usize).is_multiple_of(u.min(8)))
        })
        .unwrap_or(1)
}

/// Runs `$body` with `$d` the caller's `$bytes` bytes at `$p` as a slice of `$u`-byte units.
macro_rules! with_units {
    ($u:expr, $p:expr, $bytes:expr, $what:expr, $d:ident => $body:expr) => {{
        macro_rules! go {
            ($t:ty) => {{
                // SAFETY: the caller's `$bytes` writable bytes at `$p` (NULL only when there
                // are none), aligned to the unit, which `unit` checked.
                let $d = unsafe { output($p.cast::<$t>(), $bytes / size_of::<$t>(), $what) }?;
                $body
            }};
        }
        match $u {
            16 => go!([u64; 2]),
            8 => go!(u64),
            4 => go!(u32),
            2 => go!(u16),
            _ => go!(u8),
        }
    }};
}

/// @brief `Generator(bg).shuffle(x)` of `n` items of `itemsize` bytes in place: a 1-d array of
///        any dtype, or the rows of a C-contiguous n-d array (axis 0).
///
/// NumPy's draws (`random_interval(n-1)` down to `random_interval(1)`); any item size.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (itemsize 0, byte count
///         overflows).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `data` points to `n * itemsize`
/// writable bytes (it may be NULL when that is 0).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_shuffle(
    bg: *mut rng_bitgen,
    data: *mut c_void,
    n: usize,
    itemsize: usize,
) -> i32 {
    // SAFETY: forwarded contract; the shape is one readable value.
    unsafe { shuffle_axis("rng_shuffle", bg, data, 1, &n, itemsize, 0) }
}

/// @brief `Generator(bg).shuffle(x, axis=axis)` of a C-contiguous array of `ndim` dimensions
///        `shape` and items of `itemsize` bytes, in place.
///
/// The sub-arrays along `axis` are reordered by NumPy's draws (`random_interval(len-1)` down to
/// `random_interval(1)`, len = `shape[axis]`), the same permutation as shuffling `arange(len)`.
/// An empty array draws nothing. @return #RNG_OK, #RNG_ERR_NULL_POINTER or
/// #RNG_ERR_INVALID_ARGUMENT (itemsize 0, `axis >= ndim`, byte count overflows).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `shape` points to `ndim` values;
/// `data` points to the array's bytes, writable (it may be NULL when there are none).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_shuffle_axis(
    bg: *mut rng_bitgen,
    data: *mut c_void,
    ndim: usize,
    shape: *const usize,
    itemsize: usize,
    axis: usize,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { shuffle_axis("rng_shuffle_axis", bg, data, ndim, shape, itemsize, axis) }
}

/// `rng_shuffle_axis`, its errors reported as `function`'s.
///
/// # Safety
/// As `rng_shuffle_axis`.
unsafe fn shuffle_axis(
    function: &str,
    bg: *mut rng_bitgen,
    data: *mut c_void,
    ndim: usize,
    shape: *const usize,
    itemsize: usize,
    axis: usize,
) -> i32 {
    status(function, || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle_mut(bg, "bg") }?;
        // SAFETY: forwarded contract.
        let (l, bytes) = unsafe { layout(ndim, shape, itemsize, axis) }?;
        let u = unit(itemsize, &[data.cast_const()]);
        let l = AxisLayout {
            inner: l.inner * (itemsize / u),
            ..l
        };
        // SAFETY: `bytes` writable bytes at `data` by the contract, aligned to the unit.
        with_units!(u, data, bytes, "data", d => {
            with_source!(&mut g.src, s => Generator::new(s).shuffle_axis(d, l));
        });
        Ok(())
    })
}

/// @brief `Generator(bg).permutation(x, axis=axis)` of a C-contiguous array `x` (`ndim`
///        dimensions `shape`, items of `itemsize` bytes) into `out`, of the same shape.
///
/// `out` is `x` with its sub-arrays along `axis` in a random order: NumPy's draws
/// (`random_interval(len-1)` down to `random_interval(1)`), which NumPy makes even when the
/// array is empty (shape (5, 0), axis 0: four draws), and so does this. `x` and `out` must
/// not overlap. @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT
/// (itemsize 0, `axis >= ndim`, byte count overflows).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `shape` points to `ndim` values;
/// `x` and `out` point to the array's bytes, readable and writable (either may be NULL when
/// there are none).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_permutation_axis(
    bg: *mut rng_bitgen,
    x: *const c_void,
    out: *mut c_void,
    ndim: usize,
    shape: *const usize,
    itemsize: usize,
    axis: usize,
) -> i32 {
    status("rng_permutation_axis", || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle_mut(bg, "bg") }?;
        // SAFETY: forwarded contract.
        let (l, bytes) = unsafe { layout(ndim, shape, itemsize, axis) }?;
        let u = unit(itemsize, &[x, out.cast_const()]);
        let l = AxisLayout {
            inner: l.inner * (itemsize / u),
            ..l
        };
        macro_rules! go {
            ($t:ty) => {{
                let n = bytes / size_of::<$t>();
                // SAFETY: `bytes` bytes at `x` and `out` by the contract, aligned to the unit;
                // they do not overlap.
                let (x, o) = unsafe { (input(x.cast::<$t>(), n, "x")?, output(out.cast::<$t>(), n, "out")?) };
                with_source!(&mut g.src, s => Generator::new(s).permutation_axis(x, o, l));
            }};
        }
        match u {
            16 => go!([u64; 2]),
            8 => go!(u64),
            4 => go!(u32),
            2 => go!(u16),
            _ => go!(u8),
        }
        Ok(())
    })
}

/// @brief `Generator(bg).permuted(x, axis=axis, out=x)` of a C-contiguous array (`ndim`
///        dimensions `shape`, items of `itemsize` bytes), in place.
///
/// `axis` = #RNG_AXIS_NONE (NumPy's `axis=None`) shuffles the flattened array as #rng_shuffle
/// of all its items (for NumPy's own `permuted(x)` of an F-contiguous `x` pass the shape
/// reversed: NumPy shuffles in memory order). Otherwise each lane along `axis`, in C order of
/// the other indices, gets its own shuffle (`random_interval(len-1)` down to
/// `random_interval(1)`). @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT
/// (itemsize 0, `axis >= ndim` and not #RNG_AXIS_NONE, byte count overflows).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `shape` points to `ndim` values;
/// `data` points to the array's bytes, writable (it may be NULL when there are none).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn rng_permuted(
    bg: *mut rng_bitgen,
    data: *mut c_void,
    ndim: usize,
    shape: *const usize,
    itemsize: usize,
    axis: usize,
) -> i32 {
    status("rng_permuted", || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle_mut(bg, "bg") }?;
        let all = axis == RNG_AXIS_NONE;
        // A 0-d array is one item; its flattened shuffle draws nothing.
        let (l, bytes) = if all && ndim == 0 {
            // SAFETY: a one-value shape.
            unsafe { layout(1, &1, itemsize, 0) }?
        } else {
            // SAFETY: forwarded contract.
            unsafe { layout(ndim, shape, itemsize, if all { 0 } else { axis }) }?
        };
        let u = unit(itemsize, &[data.cast_const()]);
        let per = itemsize / u;
        let l = if all {
            AxisLayout {
                outer: 1,
                len: bytes / itemsize,
                inner: per,
            }
        } else {
            AxisLayout {
                inner: l.inner * per,
                ..l
            }
        };
        // SAFETY: `bytes` writable bytes at `data` by the contract, aligned to the unit.
        with_units!(u, data, bytes, "data", d => {
            with_source!(&mut g.src, s => {
                let mut r = Generator::new(s);
                if all { r.shuffle_axis(d, l) } else { r.permuted_axis(d, l, per) }
            });
        });
        Ok(())
    })
}
