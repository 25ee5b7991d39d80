//! Multi-threaded bulk fills that equal the serial ones: `fill_u64_parallel` writes exactly the
//! values `BitGenerator::fill_u64` would and leaves exactly the same state, for any number of
//! threads.
//!
//! Only generators that can skip ahead cheaply can do this: PCG64 and PCG64DXSM (`advance` by
//! outputs) and Philox (`advance` by blocks of four outputs). The output is cut into contiguous
//! chunks; chunk `c` is filled, with the generator's own `fill_u64`, by a copy of the generator
//! advanced to the chunk's offset, and the generator ends as the copy that filled the last
//! chunk.
//!
//! ```
//! use randstreams::{Algorithm, BitGenerator, SeedSequence, parallel};
//! use std::sync::Arc;
//!
//! let bg = BitGenerator::new(Algorithm::Pcg64, Arc::new(SeedSequence::from_u64(1)));
//! let (mut a, mut b) = (bg.clone(), bg);
//! let (mut x, mut y) = (vec![0u64; 100_000], vec![0u64; 100_000]);
//! parallel::fill_u64_parallel(&mut a, &mut x, 4).unwrap();
//! b.fill_u64(&mut y);
//! assert_eq!((x, a), (y, b));
//! ```

use crate::bitgen::pcg64::Pcg64;
use crate::bitgen::pcg64dxsm::Pcg64Dxsm;
use crate::bitgen::philox::Philox;
use crate::bitgen::{BitGenerator, Core};
use crate::common::RawBits;
use crate::error::{Error, Result};

/// The fewest values `fill_u64_parallel` gives one thread: 65536 (512 KiB of output, roughly
/// 0.1 ms of work for PCG64, several times the cost of starting a thread; measured: two chunks
/// of 32768 were slower than one serial fill). It uses at most `n / MIN_CHUNK` chunks, so below
/// `2 * MIN_CHUNK` values it fills serially on the calling thread.
pub const MIN_CHUNK: usize = 1 << 16;

/// `bg.fill_u64(out)`, computed by up to `threads` threads: the same values and the same final
/// state (pending 32-bit half word included) for every `threads >= 1`.
///
/// Uses `min(threads, max(1, out.len() / MIN_CHUNK))` chunks: the first is filled on the calling
/// thread, each other on a thread of its own (scoped: all have finished when this returns).
///
/// Errors (checked before anything is drawn, also when `out` is empty; `bg` is then unchanged):
/// `threads == 0` is an invalid argument; MT19937 and SFC64, which cannot skip ahead, are
/// unsupported.
pub fn fill_u64_parallel(bg: &mut BitGenerator, out: &mut [u64], threads: usize) -> Result<()> {
    let chunks = threads.min((out.len() / MIN_CHUNK).max(1));
    check(bg, threads)?;
    fill_u64_chunked(bg, out, chunks)
}

/// As `fill_u64_parallel` without the small-size fallback: the output is always cut into
/// `chunks` pieces (fewer when it is too short to give each at least one value, or, for Philox,
/// one block of four), each filled on its own thread. Meant for tests and for callers who
/// choose their own chunking; the result is the same for every `chunks >= 1`.
pub fn fill_u64_chunked(bg: &mut BitGenerator, out: &mut [u64], chunks: usize) -> Result<()> {
    check(bg, chunks)?;
    match bg.core_mut() {
        Core::Pcg64(g) => split_fill(g, out, chunks),
        Core::Pcg64Dxsm(g) => split_fill(g, out, chunks),
        Core::Philox(g) => split_fill(g, out, chunks),
        Core::Mt19937(_) | Core::Sfc64(_) => unreachable!("refused by check"),
    }
    Ok(())
}

fn check(bg: &BitGenerator, threads: usize) -> Result<()> {
    match bg.core() {
        Core::Pcg64(_) | Core::Pcg64Dxsm(_) | Core::Philox(_) => {}
        Core::Mt19937(_) | Core::Sfc64(_) => {
            return Err(Error::unsupported(format!(
                "{} cannot fill in parallel (it cannot skip ahead); only PCG64, PCG64DXSM and \
                 Philox can",
                bg.algorithm().name()
            )));
        }
    }
    if threads == 0 {
        return Err(Error::invalid("threads must be at least 1"));
    }
    Ok(())
}

/// A generator that a copy can skip ahead in.
trait Skip: RawBits + Clone + Send {
    /// Chunk boundaries (after `lead`) are multiples of this many values.
    const STEP: usize;

    /// How many values must be drawn serially first so that the rest starts on a `STEP`
    /// boundary (Philox: what is left in the current block).
    fn lead(&self) -> usize {
        0
    }

    /// Moves `k` values ahead, `k` a multiple of `STEP`, from a state where `lead()` is 0,
    /// keeping the pending half word (which `fill_u64` never touches, but `advance` drops).
    fn skip(&mut self, k: usize);
}

impl Skip for Pcg64 {
    const STEP: usize = 1;
    fn skip(&mut self, k: usize) {
        let half = self.half;
        self.advance(k as u128);
        self.half = half;
    }
}

impl Skip for Pcg64Dxsm {
    const STEP: usize = 1;
    fn skip(&mut self, k: usize) {
        let half = self.half;
        self.advance(k as u128);
        self.half = half;
    }
}

impl Skip for Philox {
    const STEP: usize = 4;
    fn lead(&self) -> usize {
        4usize.saturating_sub(self.buffer_pos)
    }
    fn skip(&mut self, k: usize) {
        debug_assert!(k.is_multiple_of(4) && self.lead() == 0);
        let half = self.half;
        // With an empty buffer the next block is counter + 1; after `advance` by k/4 blocks it is
        // counter + k/4 + 1, the block holding value k. `advance` empties the buffer, which the
        // chunk's first draw refills.
        self.advance([(k / 4) as u64, 0, 0, 0]);
        self.half = half;
    }
}

/// Fills `out` from `g` in up to `chunks` pieces, on scoped threads; `g` ends as after a serial
/// `g.fill_u64(out)`.
fn split_fill<G: Skip>(g: &mut G, out: &mut [u64], chunks: usize) {
    let lead = g.lead().min(out.len());
    let (head, rest) = out.split_at_mut(lead);
    g.fill_u64(head);
    if rest.is_empty() {
        return;
    }
    // Values per chunk: a multiple of STEP, so every chunk after the first starts on a boundary.
    let per = rest.len().div_ceil(G::STEP).div_ceil(chunks) * G::STEP;
    if per >= rest.len() {
        g.fill_u64(rest);
        return;
    }
    let start = g.clone();
    std::thread::scope(|s| {
        let mut pieces = rest.chunks_mut(per);
        let first = pieces.next().expect("rest is not empty");
        let workers: Vec<_> = pieces
            .enumerate()
            .map(|(i, piece)| {
                let mut h = start.clone();
                s.spawn(move || {
                    h.skip((i + 1) * per);
                    h.fill_u64(piece);
                    h
                })
            })
            .collect();
        g.fill_u64(first);
        // The generator that filled the last chunk is in the serial fill's final state.
        for w in workers {
            *g = w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::HalfWord;
    use crate::seed_sequence::SeedSequence;

    fn check_all<G: Skip + PartialEq + std::fmt::Debug>(g: &G) {
        // Miri runs a few of each (its threads are slow), enough to check the scoped threads.
        let (lens, chunk_counts): (&[usize], &[usize]) = if cfg!(miri) {
            (&[0, 1, 5, 31], &[1, 2, 3, 9])
        } else {
            (
                &[0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 100],
                &[1, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        };
        for &n in lens {
            let mut serial = g.clone();
            let mut want = vec![0; n];
            serial.fill_u64(&mut want);
            for &chunks in chunk_counts {
                let mut par = g.clone();
                let mut got = vec![0; n];
                split_fill(&mut par, &mut got, chunks);
                assert_eq!(got, want, "n {n} chunks {chunks}");
                assert_eq!(par, serial, "n {n} chunks {chunks}");
            }
        }
    }

    #[test]
    fn pcg_with_pending_half() {
        let ss = SeedSequence::from_u64(5);
        let mut g = Pcg64::new(&ss);
        g.next_u32();
        assert!(g.half.has_uint32);
        check_all(&g);
        let mut d = Pcg64Dxsm::new(&ss);
        d.next_u32();
        check_all(&d);
    }

    #[test]
    fn philox_every_buffer_position() {
        let mut g = Philox::new(&SeedSequence::from_u64(5));
        g.half = HalfWord {
            has_uint32: true,
            uinteger: 7,
        };
        for _ in 0..5 {
            check_all(&g);
            g.next_u64();
        }
    }
}
