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
