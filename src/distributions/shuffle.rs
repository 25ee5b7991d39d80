//! `Generator.shuffle` and `Generator.permutation` for one-dimensional data
//! (`_shuffle_raw` and `random_interval` in _generator.pyx / distributions.c).

use super::blocks::{Draw32, Words32};
use super::integers::random_interval;
use crate::common::RawBits;

/// Indices per block of [`intervals`].
const BLOCK: usize = 256;

/// `random_interval(i)` for each i of `maxes` in order (each at least 1 and below 2^32), into
/// `out`. One `next_uint32` word is drawn ahead per value, which never runs ahead of the
/// serial draws, since every value takes at least one word (blocks.rs); the rest of a
/// rejection comes from the block, then the generator.
#[inline(always)]
fn intervals<R: RawBits + ?Sized>(
    bitgen: &mut R,
    maxes: impl Iterator<Item = u32>,
    out: &mut [usize],
) {
    let mut words = [0u32; BLOCK];
    let words = &mut words[..out.len()];
    bitgen.fill_u32(words);
    let mut src = Words32::new(bitgen, words);
    for (o, max) in out.iter_mut().zip(maxes) {
        let mask = u32::MAX >> max.leading_zeros();
        *o = loop {
            let v = src.u32() & mask;
            if v <= max {
                break v as usize;
            }
        };
    }
}

/// Calls `swap(i, random_interval(i))` for i = `top` down to 1: the draws in blocks (see
/// [`intervals`]) while i fits in 32 bits, then each swap of a block.
#[inline(always)]
fn for_each_interval<R: RawBits + ?Sized>(
    bitgen: &mut R,
    top: usize,
    mut swap: impl FnMut(usize, usize),
) {
    let mut i = top;
    while i as u64 > u64::from(u32::MAX) {
        let j = random_interval(bitgen, i as u64) as usize;
        swap(i, j);
        i -= 1;
    }
    let mut js = [0usize; BLOCK];
    while i >= 1 {
        let k = i.min(BLOCK);
        intervals(bitgen, (0..k).map(|t| (i - t) as u32), &mut js[..k]);
        for (t, &j) in js[..k].iter().enumerate() {
            swap(i - t, j);
        }
        i -= k;
    }
}

/// Fisher–Yates from the end, as `_shuffle_raw(n, first=1)`: for i = n-1 down to 1, swap
/// element i with element `random_interval(i)`. Fewer than two elements draw nothing.
pub fn shuffle<R: RawBits + ?Sized, T>(bitgen: &mut R, data: &mut [T]) {
    if data.len() < 2 {
        return;
    }
    for_each_interval(bitgen, data.len() - 1, |i, j| data.swap(i, j));
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
    if inner == 1 {
        data.swap(i, j);
    } else {
        let (lo, hi) = data.split_at_mut(i);
        lo[j..j + inner].swap_with_slice(&mut hi[..inner]);
    }
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
    if l.len < 2 {
        return;
    }
    for_each_interval(bitgen, l.len - 1, |i, j| {
        if j != i {
            for base in (0..l.outer).map(|o| o * block) {
                swap_blocks(data, base + j * l.inner, base + i * l.inner, l.inner);
            }
        }
    });
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
    if l.len < 2 {
        return;
    }
    for base in (0..l.outer).map(|o| o * block) {
        for k in (0..l.inner).step_by(item) {
            let lane = base + k;
            for_each_interval(bitgen, l.len - 1, |i, j| {
                if j != i {
                    swap_blocks(data, lane + j * l.inner, lane + i * l.inner, item);
                }
            });
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
        if l.len >= 2 {
            for_each_interval(bitgen, l.len - 1, |_, _| {});
        }
        return;
    }
    out.copy_from_slice(x);
    shuffle_axis(bitgen, out, l);
}
