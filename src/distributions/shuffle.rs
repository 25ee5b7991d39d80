//! `Generator.shuffle` and `Generator.permutation` for one-dimensional data
//! (`_shuffle_raw` and `random_interval` in _generator.pyx / distributions.c).

use super::integers::random_interval;
use crate::common::RawBits;

/// Fisher–Yates from the end, as `_shuffle_raw(n, first=1)`: for i = n-1 down to 1, swap
/// element i with element `random_interval(i)`. Fewer than two elements draw nothing.
pub fn shuffle<R: RawBits + ?Sized, T>(bitgen: &mut R, data: &mut [T]) {
    for i in (1..data.len()).rev() {
        let j = random_interval(bitgen, i as u64) as usize;
        data.swap(i, j);
    }
}

/// `permutation(n)` with n = `out.len()`: `arange(n)` shuffled in place.
pub fn permutation<R: RawBits + ?Sized>(bitgen: &mut R, out: &mut [i64]) {
    for (i, o) in out.iter_mut().enumerate() {
        *o = i as i64;
    }
    shuffle(bitgen, out);
}

/// Where the items of an n-d C-contiguous array sit relative to one axis: `outer` blocks (the
/// axes before it) of `len` steps along it, each step `inner` units long (the axes after it,
/// times the units per item).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisLayout {
    /// Product of the extents before the axis.
    pub outer: usize,
    /// The axis' extent.
    pub len: usize,
    /// Units from one step along the axis to the next.
    pub inner: usize,
}

/// Swaps the `inner`-unit blocks starting at `i` and `j` (`j < i`).
#[inline(always)]
fn swap_blocks<T>(data: &mut [T], j: usize, i: usize, inner: usize) {
    let (lo, hi) = data.split_at_mut(i);
    lo[j..j + inner].swap_with_slice(&mut hi[..inner]);
}

/// `shuffle(x, axis)` of an n-d array (NumPy swaps the axis to the front, then for i = len-1
/// down to 1 draws `random_interval(i)` and swaps the two sub-arrays unless they are the same
/// one). An empty array draws nothing, whatever `len` is. With `outer = inner = 1` this is the
/// one-dimensional `shuffle`.
pub fn shuffle_axis<R: RawBits + ?Sized, T>(bitgen: &mut R, data: &mut [T], l: AxisLayout) {
    if data.is_empty() {
        return;
    }
    debug_assert_eq!(data.len(), l.outer * l.len * l.inner);
    if l.inner == 1 && l.outer == 1 {
        return shuffle(bitgen, data);
    }
    let block = l.len * l.inner;
    for i in (1..l.len).rev() {
        let j = random_interval(bitgen, i as u64) as usize;
        if j == i {
            continue;
        }
        for base in (0..l.outer).map(|o| o * block) {
            swap_blocks(data, base + j * l.inner, base + i * l.inner, l.inner);
        }
    }
}

/// `permuted(x, axis)`: each lane along the axis, in C order of the other indices, gets its
/// own Fisher–Yates pass `random_interval(len-1) .. random_interval(1)` (`_shuffle_raw` with
/// `first=0`, whose last step draws nothing). An item is `item` units; `l.inner` counts units.
pub fn permuted_axis<R: RawBits + ?Sized, T>(
    bitgen: &mut R,
    data: &mut [T],
    l: AxisLayout,
    item: usize,
) {
    if data.is_empty() {
        return;
    }
    let block = l.len * l.inner;
    for base in (0..l.outer).map(|o| o * block) {
        for k in (0..l.inner).step_by(item) {
            for i in (1..l.len).rev() {
                let j = random_interval(bitgen, i as u64) as usize;
                if j != i {
                    swap_blocks(data, base + k + j * l.inner, base + k + i * l.inner, item);
                }
            }
        }
    }
}

/// `permutation(x, axis)` of an n-d array into `out` (same layout): a copy shuffled along the
/// axis, which is what NumPy's `arr[..., shuffled arange(len), ...]` gives. An empty n-d array
/// still draws `len - 1` values there (the `arange` is shuffled), so this does too; a
/// one-dimensional `x` of length 0 draws nothing either way.
pub fn permutation_axis<R: RawBits + ?Sized, T: Copy>(
    bitgen: &mut R,
    x: &[T],
    out: &mut [T],
    l: AxisLayout,
) {
    if x.is_empty() {
        for i in (1..l.len).rev() {
            random_interval(bitgen, i as u64);
        }
        return;
    }
    out.copy_from_slice(x);
    shuffle_axis(bitgen, out, l);
}
