//! Where the kernels draw from: the generator one value at a time ([`Single`]), or, inside a
//! fill, a block of words drawn ahead with the generator's fast `fill_u64` / `fill_u32`
//! ([`Words64`], [`Words32`]).
//!
//! Why a block never changes the stream: for a chunk of `n` outputs the fill draws exactly `n`
//! words ahead, and every output consumes at least one word, so the serial code would have
//! drawn at least those `n` words too, in the same order. The kernel takes words from the
//! block in order (its rejection draws included) and, once the block is used up, from the
//! generator directly. The generator therefore never runs ahead of the serial code, and the
//! chunk ends with the block used up: same values, same final state.

use crate::common::{RawBits, WORD_BLOCK, u64_to_double};

/// A kernel's source of 64-bit words (`next_u64`) and doubles (`next_double`).
pub(crate) trait Draw64 {
    fn u64(&mut self) -> u64;
    fn double(&mut self) -> f64;
}

/// A kernel's source of 32-bit words (`next_u32`).
pub(crate) trait Draw32 {
    fn u32(&mut self) -> u32;
}

/// The generator itself, one draw per call.
pub(crate) struct Single<'a, R: ?Sized>(pub &'a mut R);

impl<R: RawBits + ?Sized> Draw64 for Single<'_, R> {
    #[inline(always)]
    fn u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    #[inline(always)]
    fn double(&mut self) -> f64 {
        self.0.next_double()
    }
}

impl<R: RawBits + ?Sized> Draw32 for Single<'_, R> {
    #[inline(always)]
    fn u32(&mut self) -> u32 {
        self.0.next_u32()
    }
}

/// `next_u64` words drawn ahead, then the generator. A double taken from the block is the
/// generator's `word_double` of one word.
pub(crate) struct Words64<'a, R: ?Sized> {
    g: &'a mut R,
    words: &'a [u64],
    pos: usize,
    map: fn(u64) -> f64,
}

impl<R: RawBits + ?Sized> Draw64 for Words64<'_, R> {
    #[inline(always)]
    fn u64(&mut self) -> u64 {
        match self.words.get(self.pos) {
            Some(&w) => {
                self.pos += 1;
                w
            }
            None => self.g.next_u64(),
        }
    }
    #[inline(always)]
    fn double(&mut self) -> f64 {
        match self.words.get(self.pos) {
            Some(&w) => {
                self.pos += 1;
                (self.map)(w)
            }
            None => self.g.next_double(),
        }
    }
}

/// `next_u32` words drawn ahead (through the generator's `fill_u32`, so NumPy's pending half
/// word is honoured), then the generator.
pub(crate) struct Words32<'a, R: ?Sized> {
    g: &'a mut R,
    words: &'a [u32],
    pos: usize,
}

impl<'a, R: RawBits + ?Sized> Words32<'a, R> {
    /// `words` (drawn ahead from `g`), then `g`.
    #[inline(always)]
    pub(crate) fn new(g: &'a mut R, words: &'a [u32]) -> Self {
        Words32 { g, words, pos: 0 }
    }
}

impl<R: RawBits + ?Sized> Draw32 for Words32<'_, R> {
    #[inline(always)]
    fn u32(&mut self) -> u32 {
        match self.words.get(self.pos) {
            Some(&w) => {
                self.pos += 1;
                w
            }
            None => self.g.next_u32(),
        }
    }
}

/// Fills `out` with one kernel value per element, each consuming at least one `next_u64` word
/// (or `next_double`, when `doubles` says the kernel may take one). `first(w)` is the kernel's
/// fast path on its first word (`None`: rejected, or needs more draws); `lanes` the same on
/// many words at once (see [`run_block`]; [`no_lanes`] for none); `prefetch` says to fetch each
/// block's output lines first ([`prefetch_lines`]), for SIMD lanes that store a block's
/// values in a burst (no gain where the values are stored as they are made); `one` is the whole
/// kernel, which runs from a word `first` rejects. Words come in blocks, unless the kernel
/// takes doubles and the generator's `next_double` is not a function of one word; then every
/// draw goes to the generator.
///
/// Blocks for every generator, for speed: a single draw inside this loop keeps the generator's
/// state in memory, since the kernel's cold slow-path call can reach it, so each step stores and
/// reloads it; that chain ran up to twice as slow, depending on code alignment.
#[inline(always)]
pub(crate) fn fill_words64<R: RawBits + ?Sized, T>(
    g: &mut R,
    doubles: bool,
    out: &mut [T],
    prefetch: bool,
    first: impl Fn(u64) -> Option<T>,
    lanes: impl Fn(&[u64], &mut [T]) -> usize,
    mut one: impl FnMut(&mut Words64<'_, R>) -> T,
) {
    let map = g.word_double();
    let ahead = map.is_some() || !doubles;
    let map = map.unwrap_or(u64_to_double); // only reached through a block, so never a guess
    let mut block = [0u64; WORD_BLOCK];
    let total = out.len();
    for chunk in out.chunks_mut(WORD_BLOCK) {
        if prefetch {
            prefetch_lines(chunk, total);
        }
        let words = &mut block[..if ahead { chunk.len() } else { 0 }];
        g.fill_u64(words);
        let mut slow = |pos| {
            let mut src = Words64 {
                g: &mut *g,
                words,
                pos,
                map,
            };
            let v = one(&mut src);
            (v, src.pos)
        };
        let j = run_block(words, chunk, &first, &lanes, &mut slow);
        // The block is used up; any outputs left draw from the generator.
        let mut src = Words64 {
            g: &mut *g,
            words: &[],
            pos: 0,
            map,
        };
        for o in chunk[j..].iter_mut() {
            *o = one(&mut src);
        }
    }
}

/// As [`fill_words64`], for kernels on `next_u32` words.
#[inline(always)]
pub(crate) fn fill_words32<R: RawBits + ?Sized, T>(
    g: &mut R,
    out: &mut [T],
    prefetch: bool,
    first: impl Fn(u32) -> Option<T>,
    lanes: impl Fn(&[u32], &mut [T]) -> usize,
    mut one: impl FnMut(&mut Words32<'_, R>) -> T,
) {
    let mut block = [0u32; 2 * WORD_BLOCK];
    let total = out.len();
    for chunk in out.chunks_mut(2 * WORD_BLOCK) {
        if prefetch {
            prefetch_lines(chunk, total);
        }
        let words = &mut block[..chunk.len()];
        g.fill_u32(words);
        let mut slow = |pos| {
            let mut src = Words32 {
                g: &mut *g,
                words,
                pos,
            };
            let v = one(&mut src);
            (v, src.pos)
        };
        let j = run_block(words, chunk, &first, &lanes, &mut slow);
        let mut src = Words32 {
            g: &mut *g,
            words: &[],
            pos: 0,
        };
        for o in chunk[j..].iter_mut() {
            *o = one(&mut src);
        }
    }
}

/// Fills `out` for a kernel whose every attempt takes one word when its fast test passes and
/// exactly two when it does not, and may then end with no value (a rejection: the next attempt
/// goes on): NumPy's exponential ziggurat. Which words start attempts follows from the fast
/// tests alone ([`second_words`]), so a block of `N` words runs in passes without a branch per
/// word: `candidates` (a SIMD pass over whole groups; `first` for the rest) writes each word's
/// candidate and sets its bit in `miss` as if it started an attempt; then the attempts that
/// missed run `slow(word, next word)` (a value, and whether it is kept), which no longer wait
/// on each other; then `compact` copies the kept values to the output in order. The one branch
/// per miss left is the loop over them; the one-pass loop ([`run_block`]) mispredicts at every
/// miss and, for the exponential, at half its wedge tests, each after the slow path's latency.
///
/// Each block's output lines are fetched ahead (for outputs of 1 MiB or more: see
/// [`prefetch_lines`]): the compaction stores them in a burst.
///
/// No block draws more words than outputs still owed (a block holds one more, the first word of
/// an attempt begun in the previous block that waits for its second word; that attempt gives at
/// most one value for its two), so the generator never runs ahead of single draws and ends
/// where they leave it.
#[inline(always)]
pub(crate) fn fill_attempts<W, T, const N: usize, const M: usize>(
    out: &mut [T],
    mut fill: impl FnMut(&mut [W]),
    candidates: impl Fn(&[W], &mut [T; N], &mut [u64; M]) -> usize,
    first: impl Fn(W) -> (T, bool),
    slow: impl Fn(W, W) -> (T, bool),
    compact: impl Fn(&[T; N], &[u64; M], usize, &mut [T]) -> usize,
) where
    W: Copy + Default,
    T: Copy + Default,
{
    const { assert!(N == 64 * M) };
    let mut words = [W::default(); N];
    let mut cand = [T::default(); N];
    // Words at the front of `words` carried from the last block: 0, or 1 (a waiting attempt).
    let (mut j, mut carried) = (0, 0);
    while j < out.len() {
        let n = (carried + out.len() - j).min(N);
        prefetch_lines(&out[j..(j + n).min(out.len())], out.len());
        fill(&mut words[carried..n]);
        let block = &words[..n];
        let mut miss = [0u64; M];
        let done = candidates(block, &mut cand, &mut miss);
        for (i, (&w, c)) in block.iter().zip(cand.iter_mut()).enumerate().skip(done) {
            let (x, m) = first(w);
            *c = x;
            miss[i / 64] |= u64::from(m) << (i % 64);
        }
        let mut keep = [0u64; M];
        let (mut carry, mut used) = (false, n);
        for (k, (&m, kept)) in miss.iter().zip(keep.iter_mut()).enumerate() {
            let (second, c) = second_words(m, carry);
            carry = c;
            *kept = !m & !second;
            let mut missed = m & !second;
            while missed != 0 {
                let b = missed.trailing_zeros() as usize;
                missed &= missed - 1;
                let s = 64 * k + b;
                if s + 1 == n {
                    // Its second word is not drawn yet (and the output not done: see below).
                    used = s;
                    break;
                }
                let (v, ok) = slow(block[s], block[s + 1]);
                cand[s] = v;
                *kept |= u64::from(ok) << b;
            }
        }
        j += compact(&cand, &keep, used, &mut out[j..]);
        // A waiting attempt leaves an output owed (so the loop goes on): the block's attempts
        // before it wrote at most one value per word, and one fewer if a carried attempt
        // took two words at the front.
        carried = n - used;
        words[0] = words[n - 1]; // the waiting attempt's word, if any
    }
}

/// Outputs of at least this many bytes are fetched ahead ([`prefetch_lines`]). Smaller ones
/// often sit in the L2 cache already (a call refilling the same buffer), where the prefetches
/// only cost their instructions: 1-5% in cache, measured.
const PREFETCH_BYTES: usize = 1 << 20;

/// Asks the CPU to bring the cache lines of `out` (where a block fill writes next) into the
/// cache, when the whole output of the fill (`total` values) is at least [`PREFETCH_BYTES`].
/// A hint only: nothing reads or writes differently. Why: a block pass stores a block's
/// outputs in one burst; past the caches each store waits for its line, the stores retire in
/// order, and the next block's own stores (its words, on the stack) queue behind them. Lines
/// fetched while the block is computed are there when the burst comes (and a line read with no
/// other core holding it arrives writable).
#[inline(always)]
fn prefetch_lines<T>(out: &[T], total: usize) {
    if total.saturating_mul(size_of::<T>()) < PREFETCH_BYTES {
        return;
    }
    // An element every 64 bytes, and the last one: when `out` does not start on a line
    // boundary, the stride alone misses its last line.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse", not(miri)))]
    for v in out
        .iter()
        .step_by((64 / size_of::<T>()).max(1))
        .chain(out.last())
    {
        // SAFETY: the `cfg` above makes SSE available; a prefetch never faults and changes no
        // memory (the address is inside `out` anyway).
        #[allow(unsafe_code)]
        unsafe {
            core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(
                (v as *const T).cast(),
            )
        };
    }
    let _ = out;
}

/// Runs a kernel over a block of words drawn ahead for `out`: `first` on each word while it
/// accepts, in a tight loop; at a word it rejects, `slow(i)` runs the whole kernel from word
/// `i` and says how many words are then used. Returns how many outputs are written when the
/// block is used up (the rest draw from the generator).
///
/// `lanes(words, out)` goes first at every stretch: it writes `first`'s values for as many
/// leading words as it can (in SIMD groups; it may stop anywhere before a rejected word) and
/// returns how many; the scalar loop takes over from there.
#[inline(always)]
fn run_block<W: Copy, T>(
    words: &[W],
    out: &mut [T],
    first: impl Fn(W) -> Option<T>,
    lanes: impl Fn(&[W], &mut [T]) -> usize,
    mut slow: impl FnMut(usize) -> (T, usize),
) -> usize {
    // `i` words used for `j` outputs; `j <= i`, equal until a kernel takes extra words.
    let (mut i, mut j) = (0, 0);
    while i < words.len() {
        let run = lanes(&words[i..], &mut out[j..]);
        i += run;
        j += run;
        let mut run = 0;
        for (o, &w) in out[j..].iter_mut().zip(&words[i..]) {
            match first(w) {
                Some(v) => *o = v,
                None => break,
            }
            run += 1;
        }
        i += run;
        j += run;
        if i < words.len() {
            // `first` rejected word `i` (so output `j` exists: `j <= i < words.len()`).
            let (v, used) = slow(i);
            out[j] = v;
            i = used;
            j += 1;
        }
    }
    j
}

/// The `lanes` of a kernel without a SIMD fast path.
#[inline(always)]
pub(crate) fn no_lanes<W, T>(_: &[W], _: &mut [T]) -> usize {
    0
}

/// Fills `out` with `f(word)` of one `next_u32` word each.
#[inline(always)]
pub(crate) fn map_u32<R: RawBits + ?Sized, T>(g: &mut R, out: &mut [T], f: impl Fn(u32) -> T) {
    let mut block = [0u32; 2 * WORD_BLOCK];
    for chunk in out.chunks_mut(2 * WORD_BLOCK) {
        let words = &mut block[..chunk.len()];
        g.fill_u32(words);
        for (o, &w) in chunk.iter_mut().zip(words.iter()) {
            *o = f(w);
        }
    }
}

/// Fills `out` with `f(word)` of one `next_u64` word each.
#[inline(always)]
pub(crate) fn map_u64<R: RawBits + ?Sized, T>(g: &mut R, out: &mut [T], f: impl Fn(u64) -> T) {
    let mut block = [0u64; WORD_BLOCK];
    for chunk in out.chunks_mut(WORD_BLOCK) {
        let words = &mut block[..chunk.len()];
        g.fill_u64(words);
        for (o, &w) in chunk.iter_mut().zip(words.iter()) {
            *o = f(w);
        }
    }
}

/// Which words of a 64-word stretch are the second word of an attempt, for kernels whose attempt
/// takes one word when its fast test passes and exactly two when it does not (`miss`: the
/// words whose fast test fails, were they to start an attempt). `carry`: word 0 is the second
/// word of an attempt begun in the previous stretch. Returns the second words and whether the
/// next stretch's word 0 is one.
///
/// Attempts start at word 0 (unless carried) and right after each attempt, so in a run of
/// missing words `a..=b` whose word `a` starts an attempt, the second words are `a+1, a+3, ...`,
/// up to `b+1`: those in `a+1..=b+1` at an odd distance from `a`. For each run, `(m + start) ^ m`
/// sets `a..=b+1` (the add carries through the run); masking with the positions of the other
/// parity than `a` keeps the second words. A run reaching bit 63 from an odd start carries out
/// of the add: its last second word is word 64.
#[inline(always)]
pub(crate) fn second_words(miss: u64, carry: bool) -> (u64, bool) {
    const EVEN: u64 = 0x5555_5555_5555_5555;
    let m = miss & !u64::from(carry);
    let start = m & !(m << 1);
    let (odd_sum, carry_out) = m.overflowing_add(start & !EVEN);
    let even_runs = m.wrapping_add(start & EVEN) ^ m;
    let odd_runs = odd_sum ^ m;
    (
        (even_runs & !EVEN) | (odd_runs & EVEN) | u64::from(carry),
        carry_out,
    )
}

#[cfg(test)]
mod tests {
    use super::second_words;

    /// The attempts walked one word at a time.
    fn walk(miss: u64, carry: bool) -> (u64, bool) {
        let (mut second, mut next) = (0u64, carry);
        for i in 0..64 {
            if next {
                second |= 1 << i;
                next = false;
            } else {
                next = miss >> i & 1 == 1;
            }
        }
        (second, next)
    }

    #[test]
    fn second_words_match_a_walk() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut masks = vec![0, !0, 1, 1 << 63, 0x5555_5555_5555_5555, !0 >> 1, !0 << 1];
        for _ in 0..if cfg!(miri) { 50 } else { 20000 } {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Sparse, dense and mixed masks, so runs of every length and parity occur.
            masks.extend([x, x & x.rotate_left(7), x | x.rotate_left(11), x & (x >> 1)]);
        }
        for m in masks {
            for carry in [false, true] {
                assert_eq!(second_words(m, carry), walk(m, carry), "{m:#x} {carry}");
            }
        }
    }
}
