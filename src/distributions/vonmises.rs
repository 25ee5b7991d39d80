//! The von Mises distribution: NumPy's `random_vonmises`
//! (numpy/random/src/distributions/distributions.c).

use super::normal::random_standard_normal;
use crate::common::RawBits;
use core::f64::consts::PI;

/// `random_vonmises`: NaN without a draw for a NaN `kappa`; a uniform angle (ignoring `mu`)
/// for `kappa < 1e-8`; Best & Fisher's rejection for `kappa <= 1e6`; a normal wrapped by one
/// shift of 2π above.
#[inline]
pub fn random_vonmises<R: RawBits + ?Sized>(bitgen: &mut R, mu: f64, kappa: f64) -> f64 {
    VonMises::new(mu, kappa).sample(bitgen)
}

/// `random_vonmises`'s branch and the values it computes from `kappa` alone, before drawing.
#[derive(Clone, Copy, Debug)]
enum Branch {
    Nan,
    /// `kappa < 1e-8`.
    Uniform,
    /// `1e-8 <= kappa <= 1e6`, with the rejection's `s`.
    Rejection(f64),
    /// `kappa > 1e6`, with `sqrt(1 / kappa)`.
    WrappedNormal(f64),
}

/// `random_vonmises` for one `(mu, kappa)`: the setup computed once, then [`VonMises::sample`]
/// per value (the same operations as NumPy's per-call code, so the same values).
#[derive(Clone, Copy, Debug)]
pub(crate) struct VonMises {
    mu: f64,
    kappa: f64,
    branch: Branch,
}

impl VonMises {
    pub(crate) fn new(mu: f64, kappa: f64) -> Self {
        let branch = if kappa.is_nan() {
            Branch::Nan
        } else if kappa < 1e-8 {
            Branch::Uniform
        } else if kappa < 1e-5 {
            // Second-order Taylor expansion around kappa = 0 (rho is 0 in double below 1.4e-8).
            Branch::Rejection(1. / kappa + kappa)
        } else if kappa <= 1e6 {
            let r = 1.0 + (1.0 + 4.0 * kappa * kappa).sqrt();
            let rho = (r - (2.0 * r).sqrt()) / (2.0 * kappa);
            Branch::Rejection((1.0 + rho * rho) / (2.0 * rho))
        } else {
            Branch::WrappedNormal((1. / kappa).sqrt())
        };
        VonMises { mu, kappa, branch }
    }

    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> f64 {
        let VonMises { mu, kappa, branch } = *self;
        let s = match branch {
            Branch::Nan => return f64::NAN,
            Branch::Uniform => return PI * (2.0 * bitgen.next_double() - 1.0),
            Branch::Rejection(s) => s,
            Branch::WrappedNormal(scale) => {
                let mut result = mu + scale * random_standard_normal(bitgen);
                // One shift each way, not a reduction.
                if result < -PI {
                    result += 2.0 * PI;
                }
                if result > PI {
                    result -= 2.0 * PI;
                }
                return result;
            }
        };
        let w = loop {
            let u = bitgen.next_double();
            let z = (PI * u).cos();
            let w = (1.0 + s * z) / (s + z);
            let y = kappa * (s - w);
            let v = bitgen.next_double();
            // V = 0 is fine: Y / 0 is ±inf, so Y >= 0 accepts and Y < 0 rejects.
            if y * (2.0 - y) - v >= 0.0 || (y / v).ln() + 1.0 - y >= 0.0 {
                break w;
            }
        };
        let u = bitgen.next_double();
        let mut result = w.acos();
        if u < 0.5 {
            result = -result;
        }
        result += mu;
        // Wrap to [-π, π]: fmod of |result| + π, the sign put back.
        let neg = result < 0.0;
        let mut m = result.abs();
        m = (m + PI) % (2.0 * PI) - PI;
        if neg {
            m *= -1.0;
        }
        m
    }
}
