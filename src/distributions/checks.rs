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
