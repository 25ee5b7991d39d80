//! randstreams: NumPy's `SeedSequence` and bit generators (MT19937, PCG64, PCG64DXSM, Philox,
//! SFC64), bit-identical to NumPy 2.x, for Rust and, through `src/ffi`, for C and everything
//! that calls C.
//!
//! ```
//! use randstreams::{Algorithm, BitGenerator, RawBits, SeedSequence};
//! use std::sync::Arc;
//!
//! // numpy: [PCG64(s).random_raw() for s in SeedSequence(12345).spawn(2)]
//! let root = Arc::new(SeedSequence::from_u64(12345));
//! let parent = BitGenerator::new(Algorithm::Pcg64, root.clone());
//! let mut children = parent.spawn(2).unwrap();
//! let first = children[0].next_u64();
//! # let _ = first;
//! assert_eq!(root.n_children_spawned(), 2); // the generator shares the sequence's counter
//! ```
//!
//! All algorithm modules are safe Rust; every `unsafe` lives in `ffi`, except the calls that
//! enter code compiled for AVX2/BMI2/FMA (`simd::run_avx2`) or AVX-512 (`bitgen::lcg128`,
//! `distributions::lanes`) after checking the CPU, those two modules' reinterpretation of
//! 512-bit vectors as arrays of words (and the exponential's table gathers in the latter), the
//! cache-line prefetch hint of the block fills (`distributions::blocks::prefetch_lines`), and
//! the LAPACK calls of `multivariate_normal` (`linalg`).

#![deny(unsafe_code)]

pub mod bitgen;
pub mod common;
pub mod distributions;
pub mod error;
mod linalg;
pub mod parallel;
pub mod seed_sequence;
mod simd;
pub mod state;

#[allow(unsafe_code)]
pub mod ffi;

#[cfg(feature = "test-seams")]
pub mod seams;

pub use bitgen::mt19937::Mt19937;
pub use bitgen::pcg64::Pcg64;
pub use bitgen::pcg64dxsm::Pcg64Dxsm;
pub use bitgen::philox::Philox;
pub use bitgen::sfc64::Sfc64;
pub use bitgen::{Algorithm, BitGenerator, Core};
pub use common::RawBits;
pub use error::{Error, ErrorKind, Result};
pub use seed_sequence::{Entropy, SeedSequence};
