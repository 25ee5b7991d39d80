//! Pieces shared by the bit generators: the raw-output trait and NumPy's 32-bit half buffer.

/// The four outputs NumPy's `bitgen_t` offers, as each algorithm defines them.
///
/// Implemented by every generator so that fill loops can be written once, generically, and
/// monomorphised per algorithm.
pub trait RawBits {
    /// NumPy's `next_uint64`.
    fn next_u64(&mut self) -> u64;
    /// NumPy's `next_uint32`.
    fn next_u32(&mut self) -> u32;
    /// NumPy's `next_double`.
    fn next_double(&mut self) -> f64;
    /// NumPy's `next_raw` (what `random_raw` returns): `next_u64` except for MT19937.
    fn next_raw(&mut self) -> u64 {
        self.next_u64()
    }

    /// `out.len()` calls of `next_u64`. A generator may override this with faster code, which
    /// must give the same values and leave the same state.
    fn fill_u64(&mut self, out: &mut [u64]) {
        for o in out.iter_mut() {
            *o = self.next_u64();
        }
    }

    /// `out.len()` calls of `next_raw` (NumPy's `random_raw(n)`); overridable as `fill_u64`.
    fn fill_raw(&mut self, out: &mut [u64]) {
        for o in out.iter_mut() {
            *o = self.next_raw();
        }
    }

    /// `out.len()` calls of `next_u32`; overridable as `fill_u64` (NumPy's generators split
    /// `fill_u64` words, see [`fill_u32_halves`]).
    fn fill_u32(&mut self, out: &mut [u32]) {
        for o in out.iter_mut() {
            *o = self.next_u32();
        }
    }

    /// `next_double` as a function of the one `next_u64` word it would consume instead, when
    /// it is one (NumPy's five generators: `(x >> 11) * 2^-53`, or MT19937's two 32-bit
    /// halves). Distribution fills then draw words in blocks through `fill_u64` and convert
    /// them; `None` (the default, and for any generator whose `next_double` is its own) keeps
    /// them to one `next_double` at a time.
    fn word_double(&self) -> Option<fn(u64) -> f64> {
        None
    }

    /// `out.len()` calls of `next_double`: by blocks of `fill_u64` words when
    /// [`word_double`](RawBits::word_double) allows, else one at a time.
    fn fill_double(&mut self, out: &mut [f64]) {
        match self.word_double() {
            Some(map) => fill_double_blocks(self, out, map),
            None => {
                for o in out.iter_mut() {
                    *o = self.next_double();
                }
            }
        }
    }
}

/// Words per block when bulk code draws through a stack buffer (2 KiB of `u64`: stays in L1,
/// and makes the per-block call overhead negligible).
pub(crate) const WORD_BLOCK: usize = 256;

/// `fill_double` through blocks of `fill_u64` words, `map` being the generator's
/// `word_double`.
#[inline(always)]
pub(crate) fn fill_double_blocks<G: RawBits + ?Sized>(
    g: &mut G,
    out: &mut [f64],
    map: impl Fn(u64) -> f64,
) {
    let mut words = [0u64; WORD_BLOCK];
    for chunk in out.chunks_mut(WORD_BLOCK) {
        let words = &mut words[..chunk.len()];
        g.fill_u64(words);
        for (o, &w) in chunk.iter_mut().zip(words.iter()) {
            *o = map(w);
        }
    }
}

/// `fill_u32` for a generator with NumPy's `has_uint32`/`uinteger` buffer: a pending half
/// first, then `fill_u64` words split low half first; an odd count leaves the last word's high
/// half pending. The same values and `half` as `out.len()` calls of [`HalfWord::next_u32`].
/// Words are drawn in blocks and split in a second pass (see [`fill_u32_pairs`]).
#[inline(always)]
pub(crate) fn fill_u32_halves(
    half: &mut HalfWord,
    out: &mut [u32],
    mut fill_u64: impl FnMut(&mut [u64]),
) {
    fill_u32_pairs(half, out, |pairs| {
        let mut words = [0u64; WORD_BLOCK];
        for chunk in pairs.chunks_mut(WORD_BLOCK) {
            let words = &mut words[..chunk.len()];
            fill_u64(words);
            for (p, &w) in chunk.iter_mut().zip(words.iter()) {
                *p = [w as u32, (w >> 32) as u32];
            }
        }
    })
}

/// NumPy's `next_uint32` over `out`: a pending half first, then whole words as pairs of halves
/// (`fill_pairs` writes each word's low half, then its high half); an odd count takes one word
/// more and leaves its high half pending. Every word leaves its high half in `uinteger`, which
/// taking it only marks as used (NumPy's state shows the stale value, so it must match too).
#[inline(always)]
pub(crate) fn fill_u32_pairs(
    half: &mut HalfWord,
    mut out: &mut [u32],
    mut fill_pairs: impl FnMut(&mut [[u32; 2]]),
) {
    if half.has_uint32 {
        let Some((first, rest)) = out.split_first_mut() else {
            return;
        };
        *first = half.uinteger;
        half.has_uint32 = false;
        out = rest;
    }
    let (pairs, tail) = out.as_chunks_mut::<2>();
    fill_pairs(pairs);
    if let Some(&[_, high]) = pairs.last() {
        half.uinteger = high;
    }
    if let [last] = tail {
        let mut word = [[0u32; 2]];
        fill_pairs(&mut word);
        let [[low, high]] = word;
        *last = low;
        half.uinteger = high;
        half.has_uint32 = true;
    }
}

/// A mutable reference draws from the generator it points to, so distribution code generic over
/// `RawBits` can borrow a concrete generator and still be monomorphised for it.
impl<R: RawBits + ?Sized> RawBits for &mut R {
    #[inline(always)]
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
    #[inline(always)]
    fn next_u32(&mut self) -> u32 {
        (**self).next_u32()
    }
    #[inline(always)]
    fn next_double(&mut self) -> f64 {
        (**self).next_double()
    }
    #[inline(always)]
    fn next_raw(&mut self) -> u64 {
        (**self).next_raw()
    }
    fn fill_u64(&mut self, out: &mut [u64]) {
        (**self).fill_u64(out)
    }
    fn fill_raw(&mut self, out: &mut [u64]) {
        (**self).fill_raw(out)
    }
    fn fill_u32(&mut self, out: &mut [u32]) {
        (**self).fill_u32(out)
    }
    #[inline(always)]
    fn word_double(&self) -> Option<fn(u64) -> f64> {
        (**self).word_double()
    }
    fn fill_double(&mut self, out: &mut [f64]) {
        (**self).fill_double(out)
    }
}

/// `(x >> 11) * 2^-53`, NumPy's `uint64_to_double`.
#[inline(always)]
pub(crate) fn u64_to_double(x: u64) -> f64 {
    (x >> 11) as f64 * (1.0 / 9007199254740992.0)
}

/// NumPy's `has_uint32`/`uinteger` pair: a 64-bit draw serves two `next_uint32` calls, low half
/// first. Only `next_uint32` reads or fills it; 64-bit draws leave a pending half untouched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HalfWord {
    /// NumPy's `has_uint32`.
    pub has_uint32: bool,
    /// NumPy's `uinteger`.
    pub uinteger: u32,
}

impl HalfWord {
    #[inline(always)]
    pub(crate) fn next_u32(&mut self, draw: impl FnOnce() -> u64) -> u32 {
        if self.has_uint32 {
            self.has_uint32 = false;
            return self.uinteger;
        }
        let x = draw();
        self.has_uint32 = true;
        self.uinteger = (x >> 32) as u32;
        x as u32
    }

    pub(crate) fn clear(&mut self) {
        *self = HalfWord::default();
    }
}

/// `fill_u32` and `word_double` for a generator with NumPy's `half: HalfWord` and
/// `next_double = (next_u64 >> 11) * 2^-53`; goes inside its `impl RawBits` block.
macro_rules! numpy_word_blocks {
    () => {
        fn fill_u32(&mut self, out: &mut [u32]) {
            let mut half = self.half;
            $crate::common::fill_u32_halves(&mut half, out, |w| self.fill_u64(w));
            self.half = half;
        }

        #[inline(always)]
        fn word_double(&self) -> Option<fn(u64) -> f64> {
            Some($crate::common::u64_to_double)
        }
    };
}
pub(crate) use numpy_word_blocks;

/// Implements rand_core's `TryRng` (and so `Rng`) for a generator through its `RawBits` outputs.
/// `next_u32` is NumPy's buffered `next_uint32`; bytes come from `next_u64` words, little-endian.
macro_rules! impl_rand_core {
    ($t:ty) => {
        impl rand_core::TryRng for $t {
            type Error = core::convert::Infallible;
            #[inline]
            fn try_next_u32(&mut self) -> core::result::Result<u32, Self::Error> {
                Ok($crate::common::RawBits::next_u32(self))
            }
            #[inline]
            fn try_next_u64(&mut self) -> core::result::Result<u64, Self::Error> {
                Ok($crate::common::RawBits::next_u64(self))
            }
            fn try_fill_bytes(&mut self, dst: &mut [u8]) -> core::result::Result<(), Self::Error> {
                rand_core::utils::fill_bytes_via_next_word(dst, || {
                    Ok::<u64, Self::Error>($crate::common::RawBits::next_u64(self))
                })
            }
        }
    };
}
pub(crate) use impl_rand_core;
