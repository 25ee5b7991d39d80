//! Bounded integers as NumPy's `Generator.integers` draws them: Lemire's multiply-shift
//! rejection on 64-, 32-, 16- and 8-bit words, with 16-bit, 8-bit and bool values carved out of
//! one 32-bit word (`random_bounded_*_fill` and helpers in distributions.c), plus
//! `random_interval`, the masked rejection used by `shuffle`.
//!
//! Every fill draws values in `[off, off + rng]` (wrapping in the word width). The 8-bit, 16-bit
//! and bool fills keep one buffer for the whole fill, as NumPy's fill does, so a fill of n is
//! not n fills of 1.

use super::blocks::{Draw32, Draw64, Single, fill_words32, fill_words64, map_u32, map_u64};
use super::lanes;
use crate::common::RawBits;

/// Conversion of a drawn word to the element type: identity or two's-complement
/// reinterpretation, as NumPy's casts of `off + value` do.
pub trait FromWord<W>: Copy {
    /// The element whose bits are `w`.
    fn from_word(w: W) -> Self;
}

macro_rules! from_word {
    ($w:ty => $($t:ty),*) => {$(
        impl FromWord<$w> for $t {
            #[inline(always)]
            fn from_word(w: $w) -> $t {
                w as $t
            }
        }
    )*};
}
from_word!(u64 => u64, i64);
from_word!(u32 => u32, i32);
from_word!(u16 => u16, i16);
from_word!(u8 => u8, i8);

/// NumPy's `buf`/`bcnt` pair: a 32-bit word handed out 16 bits, 8 bits or 1 bit at a time,
/// lowest bits first. Fresh for every fill.
#[derive(Default)]
struct WordBuffer {
    buf: u32,
    remaining: u32,
}

impl WordBuffer {
    /// `buffered_uint16`: two values per `next_uint32`.
    #[inline(always)]
    fn next_u16<R: RawBits + ?Sized>(&mut self, bitgen: &mut R) -> u16 {
        self.take(bitgen, 16, 1) as u16
    }

    /// `buffered_uint8`: four values per `next_uint32`.
    #[inline(always)]
    fn next_u8<R: RawBits + ?Sized>(&mut self, bitgen: &mut R) -> u8 {
        self.take(bitgen, 8, 3) as u8
    }

    /// The bit part of `buffered_bounded_bool`: 32 values per `next_uint32`.
    #[inline(always)]
    fn next_bit<R: RawBits + ?Sized>(&mut self, bitgen: &mut R) -> bool {
        self.take(bitgen, 1, 31) & 1 != 0
    }

    #[inline(always)]
    fn take<R: RawBits + ?Sized>(&mut self, bitgen: &mut R, bits: u32, per_word_left: u32) -> u32 {
        if self.remaining == 0 {
            self.buf = bitgen.next_u32();
            self.remaining = per_word_left;
        } else {
            self.buf >>= bits;
            self.remaining -= 1;
        }
        self.buf
    }
}

/// `bounded_lemire_uint64`: a value in [0, rng] for rng < 2^64 - 1.
#[inline(always)]
fn lemire_u64<D: Draw64>(d: &mut D, rng: u64) -> u64 {
    let excl = rng + 1;
    let mut m = u128::from(d.u64()) * u128::from(excl);
    let mut leftover = m as u64;
    if leftover < excl {
        // 2^64 mod excl, the size of the biased low region.
        let threshold = (u64::MAX - rng) % excl;
        while leftover < threshold {
            m = u128::from(d.u64()) * u128::from(excl);
            leftover = m as u64;
        }
    }
    (m >> 64) as u64
}

/// `lemire_u64`'s value of its first word when that word is surely accepted (its low product
/// half is at least `rng + 1`, above any threshold); `None` when the full test is needed.
#[inline(always)]
pub(super) fn lemire_u64_first(w: u64, rng: u64) -> Option<u64> {
    let m = u128::from(w) * u128::from(rng + 1);
    (m as u64 > rng).then_some((m >> 64) as u64)
}

/// `lemire_u32`'s counterpart of [`lemire_u64_first`].
#[inline(always)]
pub(super) fn lemire_u32_first(w: u32, rng: u32) -> Option<u32> {
    let m = u64::from(w) * u64::from(rng + 1);
    (m as u32 > rng).then_some((m >> 32) as u32)
}

/// `buffered_bounded_lemire_uint32` (the buffer is unused at this width): [0, rng] for
/// rng < 2^32 - 1, on `next_uint32`.
#[inline(always)]
pub(super) fn lemire_u32<D: Draw32>(d: &mut D, rng: u32) -> u32 {
    let excl = rng + 1;
    let mut m = u64::from(d.u32()) * u64::from(excl);
    let mut leftover = m as u32;
    if leftover < excl {
        let threshold = (u32::MAX - rng) % excl;
        while leftover < threshold {
            m = u64::from(d.u32()) * u64::from(excl);
            leftover = m as u32;
        }
    }
    (m >> 32) as u32
}

/// `buffered_bounded_lemire_uint16`: [0, rng] for rng < 2^16 - 1, on buffered 16-bit draws.
#[inline(always)]
fn lemire_u16<R: RawBits + ?Sized>(bitgen: &mut R, buf: &mut WordBuffer, rng: u16) -> u16 {
    let excl = rng + 1;
    let mut m = u32::from(buf.next_u16(bitgen)) * u32::from(excl);
    let mut leftover = m as u16;
    if leftover < excl {
        let threshold = (u16::MAX - rng) % excl;
        while leftover < threshold {
            m = u32::from(buf.next_u16(bitgen)) * u32::from(excl);
            leftover = m as u16;
        }
    }
    (m >> 16) as u16
}

/// `buffered_bounded_lemire_uint8`: [0, rng] for rng < 2^8 - 1, on buffered 8-bit draws.
#[inline(always)]
fn lemire_u8<R: RawBits + ?Sized>(bitgen: &mut R, buf: &mut WordBuffer, rng: u8) -> u8 {
    let excl = rng + 1;
    let mut m = u16::from(buf.next_u8(bitgen)) * u16::from(excl);
    let mut leftover = m as u8;
    if leftover < excl {
        let threshold = (u8::MAX - rng) % excl;
        while leftover < threshold {
            m = u16::from(buf.next_u8(bitgen)) * u16::from(excl);
            leftover = m as u8;
        }
    }
    (m >> 8) as u8
}

/// `random_bounded_uint64_fill` (Lemire, as `Generator` always uses): rng = 0 draws nothing;
/// rng < 2^32 works on `next_uint32` (rng = 2^32 - 1 takes it raw); rng = 2^64 - 1 takes
/// `next_uint64` raw; anything else is 64-bit Lemire.
///
/// When rng + 1 = 2^k, Lemire's product `w * 2^k >> 64` is `w >> (64 - k)` and its threshold
/// `(2^64 - 2^k) % 2^k` is 0, so it never rejects: the fill shifts instead of multiplying (the
/// same values and draws, faster).
pub fn random_bounded_u64_fill<R, T>(bitgen: &mut R, off: u64, rng: u64, out: &mut [T])
where
    R: RawBits + ?Sized,
    T: FromWord<u64>,
{
    let put = |v: u64| T::from_word(off.wrapping_add(v));
    if rng == 0 {
        out.fill(put(0));
    } else if rng == u64::from(u32::MAX) {
        map_u32(bitgen, out, |w| put(u64::from(w)));
    } else if rng < u64::from(u32::MAX) && (rng + 1).is_power_of_two() {
        let shift = 32 - (rng + 1).trailing_zeros();
        map_u32(bitgen, out, |w| put(u64::from(w >> shift)));
    } else if rng < u64::from(u32::MAX) {
        let rng = rng as u32;
        let put = |v: u32| put(u64::from(v));
        let first = |w| lemire_u32_first(w, rng).map(put);
        fill_words32(
            bitgen,
            out,
            lanes::available(),
            first,
            |w, o| lanes::lemire_u32(w, o, rng, put, first),
            |d| put(lemire_u32(d, rng)),
        );
    } else if rng == u64::MAX {
        map_u64(bitgen, out, put);
    } else if (rng + 1).is_power_of_two() {
        let shift = 64 - (rng + 1).trailing_zeros();
        map_u64(bitgen, out, |w| put(w >> shift));
    } else {
        let first = |w| lemire_u64_first(w, rng).map(put);
        fill_words64(
            bitgen,
            false,
            out,
            lanes::available(),
            first,
            |w, o| lanes::lemire_u64(w, o, rng, put, first),
            |d| put(lemire_u64(d, rng)),
        );
    }
}

/// `random_bounded_uint32_fill`: rng = 0 draws nothing, rng = 2^32 - 1 takes `next_uint32` raw,
/// otherwise 32-bit Lemire (a shift for rng + 1 = 2^k, as in [`random_bounded_u64_fill`]).
pub fn random_bounded_u32_fill<R, T>(bitgen: &mut R, off: u32, rng: u32, out: &mut [T])
where
    R: RawBits + ?Sized,
    T: FromWord<u32>,
{
    let put = |v: u32| T::from_word(off.wrapping_add(v));
    if rng == 0 {
        out.fill(put(0));
    } else if rng == u32::MAX {
        map_u32(bitgen, out, put);
    } else if (rng + 1).is_power_of_two() {
        let shift = 32 - (rng + 1).trailing_zeros();
        map_u32(bitgen, out, |w| put(w >> shift));
    } else {
        let first = |w| lemire_u32_first(w, rng).map(put);
        fill_words32(
            bitgen,
            out,
            lanes::available(),
            first,
            |w, o| lanes::lemire_u32(w, o, rng, put, first),
            |d| put(lemire_u32(d, rng)),
        );
    }
}

/// `random_bounded_uint16_fill`: 16-bit halves of `next_uint32` words, low half first, one
/// buffer for the whole fill.
pub fn random_bounded_u16_fill<R, T>(bitgen: &mut R, off: u16, rng: u16, out: &mut [T])
where
    R: RawBits + ?Sized,
    T: FromWord<u16>,
{
    let put = |o: &mut T, v: u16| *o = T::from_word(off.wrapping_add(v));
    let mut buf = WordBuffer::default();
    if rng == 0 {
        out.iter_mut().for_each(|o| put(o, 0));
    } else if rng == u16::MAX {
        out.iter_mut().for_each(|o| put(o, buf.next_u16(bitgen)));
    } else {
        out.iter_mut()
            .for_each(|o| put(o, lemire_u16(bitgen, &mut buf, rng)));
    }
}

/// `random_bounded_uint8_fill`: bytes of `next_uint32` words, lowest first, one buffer for the
/// whole fill.
pub fn random_bounded_u8_fill<R, T>(bitgen: &mut R, off: u8, rng: u8, out: &mut [T])
where
    R: RawBits + ?Sized,
    T: FromWord<u8>,
{
    let put = |o: &mut T, v: u8| *o = T::from_word(off.wrapping_add(v));
    let mut buf = WordBuffer::default();
    if rng == 0 {
        out.iter_mut().for_each(|o| put(o, 0));
    } else if rng == u8::MAX {
        out.iter_mut().for_each(|o| put(o, buf.next_u8(bitgen)));
    } else {
        out.iter_mut()
            .for_each(|o| put(o, lemire_u8(bitgen, &mut buf, rng)));
    }
}

/// `random_bounded_bool_fill`: `off` when rng = 0 (no draw), otherwise one bit per value,
/// least significant first, 32 per `next_uint32` (`off` is then 0 and is ignored, as in NumPy).
pub fn random_bounded_bool_fill<R: RawBits + ?Sized>(
    bitgen: &mut R,
    off: bool,
    rng: bool,
    out: &mut [bool],
) {
    if !rng {
        out.fill(off);
        return;
    }
    let mut buf = WordBuffer::default();
    out.iter_mut().for_each(|o| *o = buf.next_bit(bitgen));
}

/// `random_interval`: a value in [0, max] by masked rejection (the smallest all-ones mask ≥
/// max), on `next_uint32` when max < 2^32, else on `next_uint64`. max = 0 draws nothing.
#[inline]
pub fn random_interval<R: RawBits + ?Sized>(bitgen: &mut R, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = u64::MAX >> max.leading_zeros();
    if max <= u64::from(u32::MAX) {
        loop {
            let v = u64::from(bitgen.next_u32()) & mask;
            if v <= max {
                return v;
            }
        }
    } else {
        loop {
            let v = bitgen.next_u64() & mask;
            if v <= max {
                return v;
            }
        }
    }
}

/// `random_bounded_uint64(bitgen, 0, rng, 0, use_masked=false)`, one value in [0, rng] as
/// `choice` draws it: nothing for rng = 0; `next_uint32` raw for rng = 2^32 - 1 and 32-bit
/// Lemire below; `next_uint64` raw for rng = 2^64 - 1 and 64-bit Lemire otherwise.
#[inline]
pub fn random_bounded_uint64<R: RawBits + ?Sized>(bitgen: &mut R, rng: u64) -> u64 {
    if rng == 0 {
        0
    } else if rng == u64::from(u32::MAX) {
        u64::from(bitgen.next_u32())
    } else if rng < u64::from(u32::MAX) {
        u64::from(lemire_u32(&mut Single(bitgen), rng as u32))
    } else if rng == u64::MAX {
        bitgen.next_u64()
    } else {
        lemire_u64(&mut Single(bitgen), rng)
    }
}

/// `random_bounded_uint64` for one value (the broadcast path of `_rand_int64`/`_rand_uint64`):
/// the same width rules as [`random_bounded_u64_fill`], one value at a time.
#[inline]
pub(crate) fn bounded_u64_one<R: RawBits + ?Sized>(bitgen: &mut R, off: u64, rng: u64) -> u64 {
    off.wrapping_add(random_bounded_uint64(bitgen, rng))
}

/// `random_buffered_bounded_uint32` for one value (its buffer is unused at this width).
#[inline]
pub(crate) fn bounded_u32_one<R: RawBits + ?Sized>(bitgen: &mut R, off: u32, rng: u32) -> u32 {
    let v = if rng == 0 {
        0
    } else if rng == u32::MAX {
        bitgen.next_u32()
    } else {
        lemire_u32(&mut Single(bitgen), rng)
    };
    off.wrapping_add(v)
}

/// The one `buf`/`bcnt` pair of NumPy's broadcast loop for 16-bit, 8-bit and bool values
/// (`_rand_<dtype>_broadcast` in _bounded_integers.pyx.in): it lives across the elements of a
/// call, so an element's value depends on how many chunks the elements before it took.
#[derive(Default)]
pub(crate) struct Buffered(WordBuffer);

impl Buffered {
    /// `random_buffered_bounded_uint16`: rng = 0 takes no chunk.
    #[inline]
    pub(crate) fn u16<R: RawBits + ?Sized>(&mut self, bitgen: &mut R, off: u16, rng: u16) -> u16 {
        let v = match rng {
            0 => 0,
            u16::MAX => self.0.next_u16(bitgen),
            _ => lemire_u16(bitgen, &mut self.0, rng),
        };
        off.wrapping_add(v)
    }

    /// `random_buffered_bounded_uint8`: rng = 0 takes no chunk.
    #[inline]
    pub(crate) fn u8<R: RawBits + ?Sized>(&mut self, bitgen: &mut R, off: u8, rng: u8) -> u8 {
        let v = match rng {
            0 => 0,
            u8::MAX => self.0.next_u8(bitgen),
            _ => lemire_u8(bitgen, &mut self.0, rng),
        };
        off.wrapping_add(v)
    }

    /// `random_buffered_bounded_bool`: `off` when rng = 0 (no chunk), else one bit.
    #[inline]
    pub(crate) fn bool<R: RawBits + ?Sized>(
        &mut self,
        bitgen: &mut R,
        off: bool,
        rng: bool,
    ) -> bool {
        if rng { self.0.next_bit(bitgen) } else { off }
    }
}
