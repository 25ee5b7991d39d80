//! The array-parameter fills (`Generator::fill_<name>_v`) on the Rust API: NumPy's values for
//! broadcast calls (worked out by NumPy 2.4.6 and written here), their relation to the scalar
//! fills, and their refusals. The C, C++, Fortran and Python tests and the golden and live
//! `distv` vectors check every method against NumPy; these pin the Rust surface.

use randstreams::distributions::Generator;
use randstreams::{Pcg64, SeedSequence};

fn pcg(seed: u64) -> Generator<Pcg64> {
    Generator::new(Pcg64::new(&SeedSequence::from_u64(seed)))
}

#[test]
fn normal_v_is_numpys_broadcast_call() {
    // numpy: Generator(PCG64(12345)).normal([10, 0, -5], [2, 1, 0.5])
    let mut out = [0.0; 3];
    pcg(12345)
        .fill_normal_v(&[10.0, 0.0, -5.0], &[2.0, 1.0, 0.5], &mut out)
        .unwrap();
    assert_eq!(
        out,
        [7.152349927090738, 1.2637284581291104, -5.435330868979543]
    );
    let mut one = [0.0; 1];
    let mut g = pcg(12345);
    g.fill_normal(10.0, 2.0, &mut one).unwrap();
    let z1 = g.next_normal(0.0, 1.0).unwrap();
    let z2 = g.next_normal(-5.0, 0.5).unwrap();
    assert_eq!(out, [one[0], z1, z2]);
}

#[test]
fn constant_arrays_equal_the_scalar_fill_packed_integers_too() {
    let n = 101;
    let (mut a, mut b) = (vec![0u8; n], vec![0u8; n]);
    pcg(7)
        .fill_integers_u8_v(&vec![3; n], &vec![200; n], false, &mut a)
        .unwrap();
    pcg(7).fill_integers_u8(3, 200, false, &mut b).unwrap();
    assert_eq!(a, b);
    let (mut a, mut b) = (vec![0.0; n], vec![0.0; n]);
    pcg(7)
        .fill_gamma_v(&vec![0.7; n], &vec![2.0; n], &mut a)
        .unwrap();
    pcg(7).fill_gamma(0.7, 2.0, &mut b).unwrap();
    assert_eq!(a, b);
}

#[test]
fn packed_integers_share_one_buffer_across_elements() {
    // numpy: Generator(PCG64(5)).integers([0, 0, 7, 0], [10, 255, 8, 3], dtype=np.uint8) is
    // [6, 228, 7, 2]: the elements take bytes of shared 32-bit words (the third, a range of one,
    // takes none), so the values differ from four scalar calls, which each start a word.
    let mut v = [0u8; 4];
    let mut g = pcg(5);
    g.fill_integers_u8_v(&[0, 0, 7, 0], &[10, 0xff, 8, 3], false, &mut v)
        .unwrap();
    let mut singles = [0u8; 4];
    let mut h = pcg(5);
    for (k, (l, hi)) in [(0u8, 10u8), (0, 0xff), (7, 8), (0, 3)]
        .into_iter()
        .enumerate()
    {
        singles[k] = h.next_integers_u8(l, hi, false).unwrap();
    }
    assert_eq!(v, [6, 228, 7, 2]);
    assert_ne!(v, singles);
}

#[test]
fn refusals_name_the_element_and_draw_nothing() {
    let mut g = pcg(1);
    let before = g.clone();
    let mut out = [9.0; 4];
    let e = g
        .fill_normal_v(&[0.0; 4], &[1.0, 1.0, -0.5, 1.0], &mut out)
        .unwrap_err();
    assert_eq!(e.message(), "scale < 0 (got scale[2] = -0.5)");
    // NumPy's array check for lam: "too large" first, which a NaN fails.
    let mut k = [0i64; 2];
    let e = g.fill_poisson_v(&[1.0, f64::NAN], &mut k).unwrap_err();
    assert_eq!(e.message(), "lam value too large (got lam[1] = NaN)");
    // Every low 0: NumPy's "high <= 0"; otherwise "low >= high".
    let e = g
        .fill_integers_i64_v(&[0, 0], &[5, 0], false, &mut k)
        .unwrap_err();
    assert!(
        e.message()
            .starts_with("high <= 0 (got low[1] = 0, high[1] = 0"),
        "{}",
        e.message()
    );
    let e = g
        .fill_integers_i64_v(&[1, 0], &[5, 0], false, &mut k)
        .unwrap_err();
    assert!(e.message().starts_with("low >= high"), "{}", e.message());
    let e = g.fill_normal_v(&[0.0; 3], &[1.0; 4], &mut out).unwrap_err();
    assert_eq!(e.message(), "loc has 3 values for 4 outputs");
    assert_eq!(out, [9.0; 4]);
    assert_eq!(g, before);
    g.fill_normal_v(&[], &[], &mut []).unwrap();
    assert_eq!(g, before);
}

/// The C forms: parameter arrays read as given, NULL refused unless n = 0, an array sharing
/// memory with `out` refused, a rejected element reported with its index; nothing written on
/// failure. (Also run under Miri: scripts/ci/miri.sh.)
#[test]
fn c_forms_read_their_arrays_safely() {
    use randstreams::ffi::*;
    use std::ffi::CStr;
    use std::ptr::{null, null_mut};
    let last = || {
        // SAFETY: the library's last-error text, NUL-terminated.
        unsafe { CStr::from_ptr(rng_last_error()) }
            .to_string_lossy()
            .into_owned()
    };
    let seed = 3u64;
    // SAFETY: one readable word; the handles are live until freed below and used by this
    // thread only; every buffer holds the counts passed with it.
    unsafe {
        let ss = ss_new(&seed, 1);
        let bg = pcg64_new(ss);
        let twin = bitgen_clone(bg);
        let (loc, scale) = ([1.0, 2.0, 3.0], [0.5, 1.0, 2.0]);
        let (mut out, mut want) = ([0.0; 3], [0.0; 3]);
        assert_eq!(
            rng_normal_v(bg, loc.as_ptr(), scale.as_ptr(), out.as_mut_ptr(), 3),
            RNG_OK
        );
        for k in 0..3 {
            assert_eq!(
                rng_next_normal(twin, loc[k], scale[k], &mut want[k]),
                RNG_OK
            );
        }
        assert_eq!(out, want);
        assert_eq!(rng_normal_v(bg, null(), null(), null_mut(), 0), RNG_OK);
        let keep = [7.0; 3];
        out = keep;
        let st = rng_normal_v(bg, null(), scale.as_ptr(), out.as_mut_ptr(), 3);
        assert_eq!(
            (st, last()),
            (RNG_ERR_NULL_POINTER, "rng_normal_v: loc is NULL".into())
        );
        let st = rng_normal_v(bg, out.as_ptr(), scale.as_ptr(), out.as_mut_ptr().add(1), 2);
        assert_eq!(
            (st, last()),
            (
                RNG_ERR_INVALID_ARGUMENT,
                "rng_normal_v: loc overlaps out".into()
            )
        );
        let bad = [0.5, -0.0, 1.0];
        let st = rng_normal_v(bg, loc.as_ptr(), bad.as_ptr(), out.as_mut_ptr(), 3);
        assert_eq!(st, RNG_ERR_INVALID_ARGUMENT);
        assert_eq!(last(), "rng_normal_v: scale < 0 (got scale[1] = -0.0)");
        assert_eq!(out, keep);
        assert_eq!(bitgen_next_u64(bg), bitgen_next_u64(twin));
        bitgen_free(twin);
        bitgen_free(bg);
        ss_free(ss);
    }
}
