//! One bit-generator type for every algorithm, as NumPy's `bitgen_t`, plus the seed sequence it
//! was made from (shared, for spawning).
//!
//! The algorithm is an enum inside, matched once per call: bulk fills run a loop monomorphised
//! for the algorithm, with no per-value dispatch. The algorithms are the submodules.

mod lcg128;
pub mod mt19937;
pub mod pcg64;
pub mod pcg64dxsm;
pub mod philox;
pub mod sfc64;

use crate::common::{RawBits, impl_rand_core};
use crate::error::{Error, Result};
use crate::seed_sequence::SeedSequence;
use mt19937::Mt19937;
use pcg64::Pcg64;
use pcg64dxsm::Pcg64Dxsm;
use philox::Philox;
use sfc64::Sfc64;
use std::sync::Arc;

/// The five algorithms, named as NumPy's classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algorithm {
    /// `numpy.random.PCG64`
    Pcg64,
    /// `numpy.random.PCG64DXSM`
    Pcg64Dxsm,
    /// `numpy.random.MT19937`
    Mt19937,
    /// `numpy.random.Philox`
    Philox,
    /// `numpy.random.SFC64`
    Sfc64,
}

impl Algorithm {
    /// Every algorithm.
    pub const ALL: [Algorithm; 5] = [
        Algorithm::Pcg64,
        Algorithm::Pcg64Dxsm,
        Algorithm::Mt19937,
        Algorithm::Philox,
        Algorithm::Sfc64,
    ];

    /// NumPy's class name.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Pcg64 => "PCG64",
            Algorithm::Pcg64Dxsm => "PCG64DXSM",
            Algorithm::Mt19937 => "MT19937",
            Algorithm::Philox => "Philox",
            Algorithm::Sfc64 => "SFC64",
        }
    }

    /// The algorithm of a NumPy class name (exact spelling).
    pub fn from_name(name: &str) -> Result<Algorithm> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name() == name)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "unknown bit generator {name:?}: expected one of PCG64, PCG64DXSM, MT19937, Philox, SFC64"
                ))
            })
    }
}

/// The algorithm's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Core {
    /// PCG64
    Pcg64(Pcg64),
    /// PCG64DXSM
    Pcg64Dxsm(Pcg64Dxsm),
    /// MT19937 (boxed: 2.5 KB)
    Mt19937(Box<Mt19937>),
    /// Philox
    Philox(Philox),
    /// SFC64
    Sfc64(Sfc64),
}

/// Runs `$body` with `$g` bound to the concrete generator, so that code inside is compiled once
/// per algorithm.
macro_rules! with_core {
    ($core:expr, $g:ident => $body:expr) => {
        match $core {
            $crate::bitgen::Core::Pcg64($g) => $body,
            $crate::bitgen::Core::Pcg64Dxsm($g) => $body,
            $crate::bitgen::Core::Mt19937($g) => {
                let mut blocks = $crate::bitgen::mt19937::blocks::Mt19937Blocks(&mut **$g);
                let $g = &mut blocks;
                $body
            }
            $crate::bitgen::Core::Philox($g) => $body,
            $crate::bitgen::Core::Sfc64($g) => $body,
        }
    };
}
pub(crate) use with_core;

/// A bit generator of any algorithm, with the seed sequence it was made from, if any.
#[derive(Clone, Debug)]
pub struct BitGenerator {
    core: Core,
    seed_seq: Option<Arc<SeedSequence>>,
}

impl PartialEq for BitGenerator {
    /// Same algorithm and state (the seed sequence is not compared).
    fn eq(&self, other: &Self) -> bool {
        self.core == other.core
    }
}

impl BitGenerator {
    /// `Name(seed_seq)`: the generator shares `seed_seq`, so spawning through it and through the
    /// sequence draw on one counter.
    pub fn new(algorithm: Algorithm, seed_seq: Arc<SeedSequence>) -> BitGenerator {
        let ss = &*seed_seq;
        let core = match algorithm {
            Algorithm::Pcg64 => Core::Pcg64(Pcg64::new(ss)),
            Algorithm::Pcg64Dxsm => Core::Pcg64Dxsm(Pcg64Dxsm::new(ss)),
            Algorithm::Mt19937 => Core::Mt19937(Box::new(Mt19937::new(ss))),
            Algorithm::Philox => Core::Philox(Philox::new(ss)),
            Algorithm::Sfc64 => Core::Sfc64(Sfc64::new(ss)),
        };
        BitGenerator {
            core,
            seed_seq: Some(seed_seq),
        }
    }

    /// A generator from a bare state, with no seed sequence: it cannot spawn.
    pub fn from_core(core: Core) -> BitGenerator {
        BitGenerator {
            core,
            seed_seq: None,
        }
    }

    /// A generator from a state and, optionally, the seed sequence to spawn from (as restored
    /// from a checkpoint).
    pub fn from_parts(core: Core, seed_seq: Option<Arc<SeedSequence>>) -> BitGenerator {
        BitGenerator { core, seed_seq }
    }

    /// Replaces the state, keeping the seed sequence (as NumPy's `state` setter does).
    pub fn set_core(&mut self, core: Core) {
        self.core = core;
    }

    /// The algorithm.
    pub fn algorithm(&self) -> Algorithm {
        match self.core {
            Core::Pcg64(_) => Algorithm::Pcg64,
            Core::Pcg64Dxsm(_) => Algorithm::Pcg64Dxsm,
            Core::Mt19937(_) => Algorithm::Mt19937,
            Core::Philox(_) => Algorithm::Philox,
            Core::Sfc64(_) => Algorithm::Sfc64,
        }
    }

    /// The algorithm's state.
    pub fn core(&self) -> &Core {
        &self.core
    }

    /// The algorithm's state, mutable.
    pub fn core_mut(&mut self) -> &mut Core {
        &mut self.core
    }

    /// The seed sequence this generator was made from (`None` for Philox from a key, legacy
    /// MT19937 and `jumped` results).
    pub fn seed_seq(&self) -> Option<&Arc<SeedSequence>> {
        self.seed_seq.as_ref()
    }

    /// Fills `out` with `next_u64` values: exactly `out.len()` single draws.
    pub fn fill_u64(&mut self, out: &mut [u64]) {
        with_core!(&mut self.core, g => g.fill_u64(out))
    }

    /// Fills `out` with `next_u32` values.
    pub fn fill_u32(&mut self, out: &mut [u32]) {
        with_core!(&mut self.core, g => g.fill_u32(out))
    }

    /// Fills `out` with `next_double` values.
    pub fn fill_double(&mut self, out: &mut [f64]) {
        with_core!(&mut self.core, g => g.fill_double(out))
    }

    /// NumPy's `random_raw(len(out))`.
    pub fn random_raw(&mut self, out: &mut [u64]) {
        with_core!(&mut self.core, g => g.fill_raw(out))
    }

    /// NumPy's `spawn(n)`: `n` generators of the same algorithm from `seed_seq.spawn(n)`.
    /// Refused for a generator without a seed sequence, where NumPy would silently use OS
    /// entropy or raise.
    pub fn spawn(&self, n: usize) -> Result<Vec<BitGenerator>> {
        let ss = self.seed_seq.as_ref().ok_or_else(|| {
            Error::unsupported(format!(
                "this {} has no seed sequence to spawn from (it was made from a key, a legacy seed, \
                 a state or by jumped()); spawn from a seed sequence instead",
                self.algorithm().name()
            ))
        })?;
        Ok(ss
            .spawn(n)?
            .into_iter()
            .map(|child| BitGenerator::new(self.algorithm(), Arc::new(child)))
            .collect())
    }

    /// NumPy's `jumped(jumps)` for MT19937, PCG64, PCG64DXSM and Philox: a new generator, far
    /// ahead, with no seed sequence (NumPy gives it a fresh OS-entropy one; we refuse to spawn).
    pub fn jumped(&self, jumps: u64) -> Result<BitGenerator> {
        let core = match &self.core {
            Core::Pcg64(g) => Core::Pcg64(g.jumped(u128::from(jumps))),
            Core::Pcg64Dxsm(g) => Core::Pcg64Dxsm(g.jumped(u128::from(jumps))),
            Core::Philox(g) => Core::Philox(g.jumped(u128::from(jumps))),
            Core::Mt19937(g) => {
                if jumps > i64::MAX as u64 {
                    return Err(Error::invalid(format!(
                        "MT19937 jumped({jumps}): NumPy takes at most 2^63-1 jumps"
                    )));
                }
                Core::Mt19937(Box::new(g.jumped(jumps)))
            }
            Core::Sfc64(_) => {
                return Err(Error::unsupported(
                    "SFC64 has no jumped(); use spawn for parallel streams",
                ));
            }
        };
        Ok(BitGenerator::from_core(core))
    }

    /// NumPy's `advance(delta)`, `delta` as little-endian 64-bit words: PCG64 and PCG64DXSM use
    /// the low 128 bits (NumPy masks the rest) in outputs; Philox uses all 256 bits, in blocks
    /// of four outputs.
    pub fn advance(&mut self, delta: [u64; 4]) -> Result<()> {
        let low = u128::from(delta[0]) | (u128::from(delta[1]) << 64);
        match &mut self.core {
            Core::Pcg64(g) => g.advance(low),
            Core::Pcg64Dxsm(g) => g.advance(low),
            Core::Philox(g) => g.advance(delta),
            _ => {
                return Err(Error::unsupported(format!(
                    "{} has no advance(); only PCG64, PCG64DXSM and Philox do",
                    self.algorithm().name()
                )));
            }
        }
        Ok(())
    }
}

impl RawBits for BitGenerator {
    #[inline]
    fn next_u64(&mut self) -> u64 {
        with_core!(&mut self.core, g => g.next_u64())
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        with_core!(&mut self.core, g => g.next_u32())
    }

    #[inline]
    fn next_double(&mut self) -> f64 {
        with_core!(&mut self.core, g => g.next_double())
    }

    #[inline]
    fn next_raw(&mut self) -> u64 {
        with_core!(&mut self.core, g => g.next_raw())
    }

    fn fill_u64(&mut self, out: &mut [u64]) {
        BitGenerator::fill_u64(self, out)
    }

    fn fill_raw(&mut self, out: &mut [u64]) {
        self.random_raw(out)
    }

    fn fill_u32(&mut self, out: &mut [u32]) {
        BitGenerator::fill_u32(self, out)
    }

    fn word_double(&self) -> Option<fn(u64) -> f64> {
        match &self.core {
            Core::Mt19937(_) => Some(mt19937::blocks::mt_word_double),
            _ => Some(crate::common::u64_to_double),
        }
    }

    fn fill_double(&mut self, out: &mut [f64]) {
        BitGenerator::fill_double(self, out)
    }
}

impl_rand_core!(BitGenerator);
