//! Test seams: what the integration tests (`tests/*.rs`) and `scripts/bench/kernel_bench` reach
//! that is not part of the API. Compiled only with the feature `test-seams`, which the tests
//! turn on through the crate's dev-dependency on itself (Cargo.toml).
//!
//! - [`SimdPath`], and fills on a given path instead of the selected one, to run every path in
//!   one process: `fill_u64_with` and `fill_double_with` of PCG64, PCG64DXSM and Philox (here),
//!   `fill_raw_with`, `fill_u64_with`, `fill_u32_with` and `twist_with` of MT19937 (in its
//!   module, beside the private kernels they call).
//! - [`Mt19937Blocks`]: MT19937 with the block draws `BitGenerator` gives it.

pub use crate::bitgen::mt19937::blocks::Mt19937Blocks;
pub use crate::simd::SimdPath;
use crate::{Pcg64, Pcg64Dxsm, Philox};

/// `fill_u64_with` and `fill_double_with` for generators whose fills take a path.
macro_rules! fills_on_a_path {
    ($($g:ty),*) => {$(
        impl $g {
            /// `fill_u64` on the kernels of `path` (every path gives the same values; one this
            /// CPU lacks runs portably).
            pub fn fill_u64_with(&mut self, path: SimdPath, out: &mut [u64]) {
                self.fill_u64_on(path, out)
            }

            /// `fill_double` on the kernels of `path`, as `fill_u64_with`.
            pub fn fill_double_with(&mut self, path: SimdPath, out: &mut [f64]) {
                self.fill_double_on(path, out)
            }
        }
    )*};
}
fills_on_a_path!(Pcg64, Pcg64Dxsm, Philox);
