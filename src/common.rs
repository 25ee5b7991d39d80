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
