//! NumPy's `random_hypergeometric` (numpy/random/src/distributions/random_hypergeometric.c):
//! urn sampling with the masked `random_interval` for samples within 10 of either end, else
//! Stadlober's ratio-of-uniforms algorithm HRUA; and the `logfactorial` HRUA needs
//! (numpy/random/src/distributions/logfactorial.c).

use super::integers::random_interval;
use crate::common::RawBits;

/// `logfact`: log(k!) for k = 0, 1, ..., 125, each the correctly rounded double (NumPy's
/// literals; the test below checks their hash).
#[allow(clippy::approx_constant)] // log(2!) is ln 2: kept as a table entry
const LOGFACT: [f64; 126] = [
    0.0,
    0.0,
    0.6931471805599453,
    1.791759469228055,
    3.1780538303479458,
    4.787491742782046,
    6.579251212010101,
    8.525161361065415,
    10.60460290274525,
    12.801827480081469,
    15.104412573075516,
    17.502307845873887,
    19.987214495661885,
    22.552163853123425,
    25.19122118273868,
    27.89927138384089,
    30.671860106080672,
    33.50507345013689,
    36.39544520803305,
    39.339884187199495,
    42.335616460753485,
    45.38013889847691,
    48.47118135183523,
    51.60667556776438,
    54.78472939811232,
    58.00360522298052,
    61.261701761002,
    64.55753862700634,
    67.88974313718154,
    71.25703896716801,
    74.65823634883016,
    78.0922235533153,
    81.55795945611504,
    85.05446701758152,
    88.58082754219768,
    92.1361756036871,
    95.7196945421432,
    99.33061245478743,
    102.96819861451381,
    106.63176026064346,
    110.32063971475739,
    114.0342117814617,
    117.77188139974507,
    121.53308151543864,
    125.3172711493569,
    129.12393363912722,
    132.95257503561632,
    136.80272263732635,
    140.67392364823425,
    144.5657439463449,
    148.47776695177302,
    152.40959258449735,
    156.3608363030788,
    160.3311282166309,
    164.32011226319517,
    168.32744544842765,
    172.3527971391628,
    176.39584840699735,
    180.45629141754378,
    184.53382886144948,
    188.6281734236716,
    192.7390472878449,
    196.86618167289,
    201.00931639928152,
    205.1681994826412,
    209.34258675253685,
    213.53224149456327,
    217.73693411395422,
    221.95644181913033,
    226.1905483237276,
    230.43904356577696,
    234.70172344281826,
    238.97838956183432,
    243.2688490029827,
    247.57291409618688,
    251.8904022097232,
    256.22113555000954,
    260.5649409718632,
    264.9216497985528,
    269.2910976510198,
    273.6731242856937,
    278.0675734403661,
    282.4742926876304,
    286.893133295427,
    291.3239500942703,
    295.76660135076065,
    300.22094864701415,
    304.6868567656687,
    309.1641935801469,
    313.65282994987905,
    318.1526396202093,
    322.66349912672615,
    327.1852877037752,
    331.7178871969285,
    336.26118197919845,
    340.815058870799,
    345.37940706226686,
    349.95411804077025,
    354.5390855194408,
    359.1342053695754,
    363.73937555556347,
    368.35449607240474,
    372.979468885689,
    377.61419787391867,
    382.25858877306,
    386.91254912321756,
    391.5759882173296,
    396.24881705179155,
    400.93094827891576,
    405.6222961611449,
    410.32277652693733,
    415.03230672824964,
    419.7508055995447,
    424.4781934182571,
    429.21439186665157,
    433.9593239950148,
    438.71291418612117,
    443.47508812091894,
    448.2457727453846,
    453.0248962384961,
    457.81238798127816,
    462.6081785268749,
    467.4121995716082,
    472.2243839269806,
    477.04466549258564,
    481.87297922988796,
];

/// `logfactorial`: log(k!) for k ≥ 0, from the table below 126, else Stirling's series
/// truncated after the 1/k³ term (in doubles: `360.0 * k * k` is `(360.0 * k) * k`).
#[inline]
pub(crate) fn logfactorial(k: i64) -> f64 {
    const HALFLN2PI: f64 = 0.9189385332046728;
    if k < LOGFACT.len() as i64 {
        return LOGFACT[k as usize];
    }
    let k = k as f64;
    (k + 0.5) * k.ln() - k + (HALFLN2PI + (1.0 / k) * (1.0 / 12.0 - 1.0 / (360.0 * k * k)))
}

/// `random_hypergeometric`, with HRUA's setup computed once: `Hypergeometric::new(good, bad,
/// sample)` then `sample` per value gives NumPy's values. good, bad and sample are ≥ 0 with
/// good + bad ≥ sample and no overflow (checked by the caller).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Hypergeometric {
    /// `hypergeometric_sample`: sample < 10 or sample > good + bad - 10.
    Urn { good: i64, bad: i64, sample: i64 },
    /// `hypergeometric_hrua`.
    Hrua(Hrua),
}

impl Hypergeometric {
    pub(crate) fn new(good: i64, bad: i64, sample: i64) -> Self {
        if sample >= 10 && sample <= good + bad - 10 {
            Hypergeometric::Hrua(Hrua::new(good, bad, sample))
        } else {
            Hypergeometric::Urn { good, bad, sample }
        }
    }

    /// One value.
    #[inline]
    pub(crate) fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        match *self {
            Hypergeometric::Urn { good, bad, sample } => urn(bitgen, good, bad, sample),
            Hypergeometric::Hrua(ref hrua) => hrua.sample(bitgen),
        }
    }
}

/// `random_hypergeometric(bitgen, good, bad, sample)` for one value (setup included).
pub fn random_hypergeometric<R: RawBits + ?Sized>(
    bitgen: &mut R,
    good: i64,
    bad: i64,
    sample: i64,
) -> i64 {
    Hypergeometric::new(good, bad, sample).sample(bitgen)
}

/// `hypergeometric_sample`: draw items one by one (`random_interval` on the items left), the
/// complement when more than half the urn is sampled; stops early once no good item or only
/// good items are left, so good = 0 or bad = 0 draws nothing.
#[inline]
fn urn<R: RawBits + ?Sized>(bitgen: &mut R, good: i64, bad: i64, sample: i64) -> i64 {
    let total = good + bad;
    let complement = sample > total / 2;
    let mut computed_sample = if complement { total - sample } else { sample };
    let mut remaining_total = total;
    let mut remaining_good = good;
    while computed_sample > 0 && remaining_good > 0 && remaining_total > remaining_good {
        // random_interval's range is inclusive: [0, remaining_total - 1].
        remaining_total -= 1;
        if (random_interval(bitgen, remaining_total as u64) as i64) < remaining_good {
            remaining_good -= 1;
        }
        computed_sample -= 1;
    }
    if remaining_total == remaining_good {
        // Only good items are left.
        remaining_good -= computed_sample;
    }
    if complement {
        remaining_good
    } else {
        good - remaining_good
    }
}

/// `lf(k) + lf(mn - k) + lf(n - k) + lf(mx - n + k)`, lf = logfactorial, summed left to right:
/// the log of the hypergeometric pmf's denominator at k, up to a constant (HRUA's g at the
/// mode, and its `gp`).
#[inline]
fn log_denominator(mingoodbad: i64, maxgoodbad: i64, computed_sample: i64, k: i64) -> f64 {
    logfactorial(k)
        + logfactorial(mingoodbad - k)
        + logfactorial(computed_sample - k)
        + logfactorial(maxgoodbad - computed_sample + k)
}

/// 2·sqrt(2/e)
const D1: f64 = 1.7155277699214135;
/// 3 - 2·sqrt(3/e)
const D2: f64 = 0.8989161620588988;

/// The setup of `hypergeometric_hrua` (Stadlober, "The ratio of uniforms approach for
/// generating discrete random variates", J. Comput. Appl. Math. 31, 1990), which depends on
/// the parameters only. Names follow Stadlober's as NumPy's do.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hrua {
    good: i64,
    bad: i64,
    sample: i64,
    /// min(sample, good + bad - sample)
    computed_sample: i64,
    mingoodbad: i64,
    maxgoodbad: i64,
    a: f64,
    b: f64,
    h: f64,
    g: f64,
}

impl Hrua {
    fn new(good: i64, bad: i64, sample: i64) -> Self {
        let popsize = good + bad;
        let computed_sample = sample.min(popsize - sample);
        let mingoodbad = good.min(bad);
        let maxgoodbad = good.max(bad);
        let p = mingoodbad as f64 / popsize as f64;
        let q = maxgoodbad as f64 / popsize as f64;
        // The mean plus 1/2, and the variance (int64 operands converted one at a time, as C).
        let a = computed_sample as f64 * p + 0.5;
        let var = (popsize - computed_sample) as f64 * computed_sample as f64 * p * q
            / (popsize - 1) as f64;
        let c = (var + 0.5).sqrt();
        // h is 2·s_hat, the width of the table-mountain hat.
        let h = D1 * c + D2;
        // The mode; the quotient is below 2^31, so the cast is exact.
        let m = ((computed_sample + 1) as f64 * (mingoodbad + 1) as f64 / (popsize + 2) as f64)
            .floor() as i64;
        let g = log_denominator(mingoodbad, maxgoodbad, computed_sample, m);
        // C's MIN(int64 + 1, double) compares and yields doubles: the support's end, or 16
        // standard deviations past the mean.
        let support = (computed_sample.min(mingoodbad) + 1) as f64;
        let tail = (a + 16.0 * c).floor();
        let b = if support < tail { support } else { tail };
        Hrua {
            good,
            bad,
            sample,
            computed_sample,
            mingoodbad,
            maxgoodbad,
            a,
            b,
            h,
            g,
        }
    }

    /// Two uniforms per attempt (U, then V), then NumPy's squeeze tests in order.
    #[inline]
    fn sample<R: RawBits + ?Sized>(&self, bitgen: &mut R) -> i64 {
        let Hrua {
            good,
            bad,
            sample,
            computed_sample,
            mingoodbad,
            maxgoodbad,
            a,
            b,
            h,
            g,
        } = *self;
        let mut k = loop {
            let u = bitgen.next_double();
            let v = bitgen.next_double();
            let x = a + h * (v - 0.5) / u;
            // NumPy's fast rejection is `X < 0.0 || X >= b`, which lets NaN through (U = 0 and
            // V = 0.5 exactly, probability 2^-106) to index its table out of bounds; NaN is
            // rejected here.
            if !(x >= 0.0 && x < b) {
                continue;
            }
            // 0 ≤ X < b ≤ 2^31: the cast is exact.
            let k = x.floor() as i64;
            let t = g - log_denominator(mingoodbad, maxgoodbad, computed_sample, k);
            // Fast acceptance, fast rejection, then the exact test.
            if u * (4.0 - u) - 3.0 <= t {
                break k;
            }
            if u * (u - t) >= 1.0 {
                continue;
            }
            if 2.0 * u.ln() <= t {
                break k;
            }
        };
        if good > bad {
            k = computed_sample - k;
        }
        if computed_sample < sample {
            k = good - k;
        }
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    /// The table is NumPy's: the SHA-256 prefix of its 126 little-endian doubles as recorded
    /// from NumPy 2.4.6's numpy/random/src/distributions/logfactorial.c.
    #[test]
    fn logfact_table_is_numpys() {
        let bytes: Vec<u8> = LOGFACT.iter().flat_map(|v| v.to_le_bytes()).collect();
        let prefix: String = Sha256::digest(&bytes)[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(prefix, "701d2129400310ed");
    }

    /// Where Stirling's series takes over, log(126!) is log(125!) + log 126 to a few ulps.
    #[test]
    fn logfactorial_series_continues_the_table() {
        let (last, next) = (logfactorial(125), logfactorial(126));
        assert_eq!(last, LOGFACT[125]);
        let log126 = 126f64.ln();
        assert!((next - last - log126).abs() <= 2.0 * f64::EPSILON * next);
    }
}
