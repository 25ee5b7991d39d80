//! NumPy's parameter checks (`check_constraint` in _common.pyx, the bounds checks of
//! `_rand_*` in _bounded_integers.pyx.in), with NumPy's messages followed by the value.

use crate::error::{Error, Result};

/// NumPy's `POISSON_LAM_MAX`: `double(INT64_MAX) - sqrt(INT64_MAX) * 10` = 9.223372006484771e18.
pub(crate) const POISSON_LAM_MAX: f64 = f64::from_bits(0x43df_ffff_fe3b_73a0);

fn fail(message: &str, name: &str, value: f64) -> Error {
    Error::invalid(format!("{message} (got {name} = {value:?})"))
}

/// `CONS_NON_NEGATIVE`: the sign bit is rejected, so -0.0 is too; NaN passes.
pub(crate) fn non_negative(name: &str, value: f64) -> Result<()> {
    if !value.is_nan() && value.is_sign_negative() {
        return Err(fail(&format!("{name} < 0"), name, value));
    }
    Ok(())
}

/// `CONS_POSITIVE`: `value <= 0` is rejected; NaN passes.
pub(crate) fn positive(name: &str, value: f64) -> Result<()> {
    if value <= 0.0 {
        return Err(fail(&format!("{name} <= 0"), name, value));
    }
    Ok(())
}

/// `CONS_BOUNDED_0_1`: [0, 1], NaN rejected.
pub(crate) fn bounded_0_1(name: &str, value: f64) -> Result<()> {
    if !(0.0..=1.0).contains(&value) {
        return Err(fail(
            &format!("{name} < 0, {name} > 1 or {name} is NaN"),
            name,
            value,
        ));
    }
    Ok(())
}

/// `CONS_BOUNDED_GT_0_1`: (0, 1], NaN rejected.
pub(crate) fn bounded_gt_0_1(name: &str, value: f64) -> Result<()> {
    if !(value > 0.0 && value <= 1.0) {
        let message = format!("{name} <= 0, {name} > 1 or {name} contains NaNs");
        return Err(fail(&message, name, value));
    }
    Ok(())
}

/// `CONS_POISSON`: [0, POISSON_LAM_MAX], NaN rejected; the sign test comes first.
pub(crate) fn poisson_lam(name: &str, value: f64) -> Result<()> {
    if value.is_nan() || value < 0.0 {
        return Err(fail(&format!("{name} < 0 or {name} is NaN"), name, value));
    }
    if value > POISSON_LAM_MAX {
        return Err(fail(&format!("{name} value too large"), name, value));
    }
    Ok(())
}

/// `uniform`'s scalar checks on `high - low`: non-finite is NumPy's OverflowError, then
/// `CONS_NON_NEGATIVE`.
pub(crate) fn uniform_range(low: f64, high: f64) -> Result<f64> {
    let range = high - low;
    if !range.is_finite() {
        return Err(Error::invalid(format!(
            "high - low range exceeds valid bounds (got low = {low:?}, high = {high:?})"
        )));
    }
    non_negative("high - low", range)?;
    Ok(range)
}

/// `triangular`'s own checks (not constraint kinds), in NumPy's order: `left > mode`, then
/// `mode > right`, then `left == right`. Comparisons with NaN are false, so NaN passes.
pub(crate) fn triangular(left: f64, mode: f64, right: f64) -> Result<()> {
    let why = if left > mode {
        "left > mode"
    } else if mode > right {
        "mode > right"
    } else if left == right {
        "left == right"
    } else {
        return Ok(());
    };
    Err(Error::invalid(format!(
        "{why} (got left = {left:?}, mode = {mode:?}, right = {right:?})"
    )))
}

/// The scalar-bounds checks of `_rand_<dtype>`: returns `(rng, off)` with the interval
/// `[off, off + rng]` as two's-complement words (to be truncated to the dtype's width).
///
/// `lb..=ub` is the dtype's range. In order, as NumPy: low below the range, closed-interval high
/// above it, then low above high (reported as `high <= 0` / `high < 0` when low is 0).
pub(crate) fn integer_bounds(
    dtype: &str,
    low: i128,
    high: i128,
    endpoint: bool,
    lb: i128,
    ub: i128,
) -> Result<(u64, u64)> {
    let closed_high = if endpoint { high } else { high - 1 };
    let why = if low < lb {
        format!("low is out of bounds for {dtype}")
    } else if closed_high > ub {
        format!("high is out of bounds for {dtype}")
    } else if low > closed_high {
        match (low == 0, endpoint) {
            (true, false) => "high <= 0".to_string(),
            (true, true) => "high < 0".to_string(),
            (false, false) => "low >= high".to_string(),
            (false, true) => "low > high".to_string(),
        }
    } else {
        return Ok(((closed_high - low) as u64, low as u64));
    };
    Err(Error::invalid(format!(
        "{why} (got low = {low}, high = {high}, endpoint = {endpoint}, dtype {dtype})"
    )))
}

/// `CONS_POSITIVE_NOT_NAN`: NaN first (`must not be NaN`), then `value <= 0`.
pub(crate) fn positive_not_nan(name: &str, value: f64) -> Result<()> {
    if value.is_nan() {
        return Err(fail(&format!("{name} must not be NaN"), name, value));
    }
    positive(name, value)
}

/// `CONS_BOUNDED_LT_0_1`: [0, 1), NaN rejected; -0.0 passes.
pub(crate) fn bounded_lt_0_1(name: &str, value: f64) -> Result<()> {
    if !(0.0..1.0).contains(&value) {
        let message = format!("{name} < 0, {name} >= 1 or {name} is NaN");
        return Err(fail(&message, name, value));
    }
    Ok(())
}

/// `CONS_GT_1`: above 1, NaN rejected.
pub(crate) fn gt_1(name: &str, value: f64) -> Result<()> {
    if value > 1.0 {
        return Ok(());
    }
    Err(fail(&format!("{name} <= 1 or {name} is NaN"), name, value))
}

/// `negative_binomial`'s checks: `n` is `CONS_POSITIVE_NOT_NAN`, `p` `CONS_BOUNDED_GT_0_1`, then
/// the largest Poisson mean it could ask for, `(1 - p) / p * (n + 10 * sqrt(n))`, must not
/// exceed [`POISSON_LAM_MAX`] (NaN, from n = inf and p = 1, passes). Returns the gamma scale
/// `(1 - p) / p`.
pub(crate) fn negative_binomial(n: f64, p: f64) -> Result<f64> {
    positive_not_nan("n", n)?;
    bounded_gt_0_1("p", p)?;
    let scale = (1.0 - p) / p;
    if scale * (n + 10.0 * n.sqrt()) > POISSON_LAM_MAX {
        return Err(Error::invalid(format!(
            "n too large or p too small, see Generator.negative_binomial Notes \
             (got n = {n:?}, p = {p:?})"
        )));
    }
    Ok(scale)
}

/// NumPy's `hypergeometric` limit: ngood and nbad below 10^9.
const HYPERGEOM_MAX: i64 = 1_000_000_000;

/// `hypergeometric`'s scalar checks in NumPy's order: ngood and nbad below 10^9, then
/// `ngood + nbad < nsample` (an int64 sum, which wraps), then `CONS_NON_NEGATIVE` on ngood,
/// nbad and nsample.
pub(crate) fn hypergeometric(ngood: i64, nbad: i64, nsample: i64) -> Result<()> {
    // Formatted only on failure: single draws run these checks every call.
    let fail = |why: String| {
        Error::invalid(format!(
            "{why} (got ngood = {ngood}, nbad = {nbad}, nsample = {nsample})"
        ))
    };
    if ngood >= HYPERGEOM_MAX || nbad >= HYPERGEOM_MAX {
        return Err(fail(format!(
            "both ngood and nbad must be less than {HYPERGEOM_MAX}"
        )));
    }
    if ngood.wrapping_add(nbad) < nsample {
        return Err(fail("ngood + nbad < nsample".to_string()));
    }
    for (name, value) in [("ngood", ngood), ("nbad", nbad), ("nsample", nsample)] {
        if value < 0 {
            return Err(Error::invalid(format!("{name} < 0 (got {name} = {value})")));
        }
    }
    Ok(())
}

/// NumPy's `kahan_sum` (numpy/random/_common.pyx): a compensated sum, 0 for no values; `choice`
/// and `multinomial` check their probabilities' sums with it.
pub(crate) fn kahan_sum(x: &[f64]) -> f64 {
    let Some((&first, rest)) = x.split_first() else {
        return 0.0;
    };
    let (mut sum, mut c) = (first, 0.0);
    for &v in rest {
        let y = v - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}
