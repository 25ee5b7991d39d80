//! `Generator.choice` (the indices it picks) and `Generator.bytes` (_generator.pyx).

use super::blocks::{Draw32, Words32};
use super::checks::kahan_sum;
use super::integers::{lemire_u32, random_bounded_u64_fill, random_bounded_uint64};
use crate::common::RawBits;
use crate::error::{Error, Result};
use std::collections::TryReserveError;

/// `bytes(out.len())`: `integers(0, 2**32, size=(length - 1) // 4 + 1, dtype=np.uint32)` as
/// little-endian bytes, cut to `length`. The division truncates (Cython's `cdivision`), so
/// `bytes(0)` draws one word too and writes nothing.
pub fn bytes<R: RawBits + ?Sized>(bitgen: &mut R, out: &mut [u8]) {
    let mut word = [0u32; 1];
    if out.is_empty() {
        bitgen.fill_u32(&mut word);
        return;
    }
    // Whole words through the block fill, then the last partial word.
    let mut block = [0u32; 256];
    let whole = out.len() / 4;
    for words in out[..whole * 4].chunks_mut(4 * block.len()) {
        let w = &mut block[..words.len() / 4];
        bitgen.fill_u32(w);
        for (dst, x) in words.chunks_exact_mut(4).zip(w.iter()) {
            dst.copy_from_slice(&x.to_le_bytes());
        }
    }
    let tail = &mut out[whole * 4..];
    if !tail.is_empty() {
        bitgen.fill_u32(&mut word);
        let n = tail.len();
        tail.copy_from_slice(&word[0].to_le_bytes()[..n]);
    }
}

/// `sqrt(finfo(float64).eps)`: how far from 1 a float64 `p` may sum.
pub const P_ATOL: f64 = 1.4901161193847656e-08;

/// `choice`'s checks, in NumPy's order and with its messages, before anything is drawn. `p`
/// is `Some` when given (it then has `a` elements); `n` is the sample size.
pub(crate) fn check(a: i64, p: Option<&[f64]>, replace: bool, n: usize, atol: f64) -> Result<()> {
    if a <= 0 && n != 0 {
        return Err(Error::invalid(format!(
            "a must be a positive integer unless no samples are taken (got a = {a}, size = {n})"
        )));
    }
    if let Some(p) = p {
        if a < 0 || p.len() as u64 != a as u64 {
            return Err(Error::invalid(format!(
                "a and p must have same size (got a = {a}, len(p) = {})",
                p.len()
            )));
        }
        let sum = kahan_sum(p);
        if sum.is_nan() {
            return Err(Error::invalid("Probabilities contain NaN"));
        }
        if let Some(i) = p.iter().position(|&x| x < 0.0) {
            return Err(Error::invalid(format!(
                "Probabilities are not non-negative (got p[{i}] = {:?})",
                p[i]
            )));
        }
        if (sum - 1.0).abs() > atol {
            return Err(Error::invalid(format!(
                "Probabilities do not sum to 1. See Notes section of docstring for more \
                 information. (got sum(p) = {sum:?})"
            )));
        }
    }
    if !replace {
        if n as u64 > a.max(0) as u64 {
            return Err(Error::invalid(format!(
                "Cannot take a larger sample than population when replace is False (got a = \
                 {a}, size = {n})"
            )));
        }
        if let Some(p) = p {
            let nonzero = p.iter().filter(|&&x| x > 0.0).count();
            if nonzero < n {
                return Err(Error::invalid(format!(
                    "Fewer non-zero entries in p than size (got {nonzero} non-zero entries, \
                     size = {n})"
                )));
            }
        }
    }
    Ok(())
}

fn out_of_memory(what: &str, _: TryReserveError) -> Error {
    Error::invalid(format!("choice: cannot allocate {what}"))
}

/// `cdf = cumsum(p); cdf /= cdf[-1]` (sequential sums, then one division each).
fn cdf(p: &[f64], cdf: &mut Vec<f64>) {
    cdf.clear();
    let mut s = 0.0;
    cdf.extend(p.iter().map(|&x| {
        s += x;
        s
    }));
    if let Some(&last) = cdf.last() {
        cdf.iter_mut().for_each(|c| *c /= last);
    }
}

/// `cdf.searchsorted(u, side='right')`: the first i with `cdf[i] > u`.
#[inline]
fn search_right(cdf: &[f64], u: f64) -> i64 {
    cdf.partition_point(|&c| c <= u) as i64
}

/// `_shuffle_int(n, first)`: for i = n-1 down to `first` (at least 1), swap `data[i]` with
/// `data[random_bounded_uint64(i)]` (Lemire, unlike `shuffle`'s masked draws). Below 2^32 the
/// 32-bit words come in blocks, one drawn ahead per value: each value takes at least one
/// (i >= 1), so the generator never runs ahead of the serial draws (blocks.rs).
fn shuffle_int<R: RawBits + ?Sized>(bitgen: &mut R, data: &mut [i64], first: usize) {
    const BLOCK: usize = 256;
    debug_assert!(first >= 1);
    let mut i = data.len();
    while i > first && (i - 1) as u64 > u64::from(u32::MAX) {
        i -= 1;
        let j = random_bounded_uint64(bitgen, i as u64) as usize;
        data.swap(i, j);
    }
    let mut words = [0u32; BLOCK];
    let mut js = [0usize; BLOCK];
    while i > first {
        let k = (i - first).min(BLOCK);
        let words = &mut words[..k];
        bitgen.fill_u32(words);
        let mut src = Words32::new(&mut *bitgen, words);
        for (t, j) in js[..k].iter_mut().enumerate() {
            let rng = (i - 1 - t) as u32;
            *j = if rng == u32::MAX {
                src.u32() as usize
            } else {
                lemire_u32(&mut src, rng) as usize
            };
        }
        for (t, &j) in js[..k].iter().enumerate() {
            data.swap(i - 1 - t, j);
        }
        i -= k;
    }
}

/// NumPy's `_gen_mask`: the smallest all-ones mask not below `max`.
fn gen_mask(max: u64) -> u64 {
    if max == 0 {
        0
    } else {
        u64::MAX >> max.leading_zeros()
    }
}

/// Floyd's algorithm as `choice` runs it, then (with `shuffle`) `_shuffle_int(size, 1)`. The
/// selected set is NumPy's open-addressing table (it decides membership only, not draws).
fn floyd<R: RawBits + ?Sized>(
    bitgen: &mut R,
    pop: u64,
    shuffle: bool,
    out: &mut [i64],
) -> Result<()> {
    let size = out.len() as u64;
    let mask = gen_mask((1.2 * size as f64) as u64);
    let mut set: Vec<u64> = Vec::new();
    set.try_reserve_exact((mask + 1) as usize)
        .map_err(|e| out_of_memory("Floyd's table", e))?;
    set.resize((mask + 1) as usize, u64::MAX);
    for (o, j) in out.iter_mut().zip(pop - size..pop) {
        let val = random_bounded_uint64(bitgen, j);
        let mut loc = (val & mask) as usize;
        while set[loc] != u64::MAX && set[loc] != val {
            loc = (loc + 1) & mask as usize;
        }
        let pick = if set[loc] == u64::MAX {
            val
        } else {
            loc = (j & mask) as usize;
            while set[loc] != u64::MAX {
                loc = (loc + 1) & mask as usize;
            }
            j
        };
        set[loc] = pick;
        *o = pick as i64;
    }
    if shuffle {
        shuffle_int(bitgen, out, 1);
    }
    Ok(())
}

/// The indices `choice(a, size=out.len(), replace, p, shuffle=shuffle)` picks, after
/// [`check`] with `atol`.
pub(crate) fn choice<R: RawBits + ?Sized>(
    bitgen: &mut R,
    a: i64,
    p: Option<&[f64]>,
    replace: bool,
    shuffle: bool,
    out: &mut [i64],
) -> Result<()> {
    let n = out.len();
    if n == 0 {
        return Ok(());
    }
    let pop = a as u64; // a > 0 after the checks
    match (replace, p) {
        (true, None) => random_bounded_u64_fill(bitgen, 0, pop - 1, out),
        (true, Some(p)) => {
            let mut c = Vec::new();
            c.try_reserve_exact(p.len())
                .map_err(|e| out_of_memory("the cdf", e))?;
            cdf(p, &mut c);
            for o in out.iter_mut() {
                *o = search_right(&c, bitgen.next_double());
            }
        }
        (false, Some(p)) => {
            // The rounds loop: draw the shortfall, zero the probabilities found so far,
            // renormalise, keep each new index at its first occurrence.
            let mut w = Vec::new();
            let mut c = Vec::new();
            let mut seen = Vec::new();
            let mut x = Vec::new();
            w.try_reserve_exact(p.len())
                .and_then(|()| c.try_reserve_exact(p.len()))
                .and_then(|()| seen.try_reserve_exact(p.len()))
                .and_then(|()| x.try_reserve_exact(n))
                .map_err(|e| out_of_memory("the working copy of p", e))?;
            w.extend_from_slice(p);
            seen.resize(p.len(), false);
            let mut found = 0;
            while found < n {
                x.clear();
                x.extend((found..n).map(|_| bitgen.next_double()));
                cdf(&w, &mut c);
                let start = found;
                for &u in &x {
                    let i = search_right(&c, u) as usize;
                    if !seen[i] {
                        seen[i] = true;
                        out[found] = i as i64;
                        found += 1;
                    }
                }
                for &i in &out[start..found] {
                    w[i as usize] = 0.0;
                }
            }
        }
        (false, None) => {
            let cutoff = if shuffle { 50 } else { 20 };
            let size = n as u64;
            if pop > 10000 && size > pop / cutoff {
                // Tail shuffle of arange(pop): its last `size` entries.
                let mut idx: Vec<i64> = Vec::new();
                idx.try_reserve_exact(pop as usize)
                    .map_err(|e| out_of_memory("arange(a)", e))?;
                idx.extend(0..a);
                let first = (pop - size).max(1) as usize;
                shuffle_int(bitgen, &mut idx, first);
                out.copy_from_slice(&idx[(pop - size) as usize..]);
            } else {
                floyd(bitgen, pop, shuffle, out)?;
            }
        }
    }
    Ok(())
}
