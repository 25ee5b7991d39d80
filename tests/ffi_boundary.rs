//! The C ABI called from Rust with real pointers and buffers, written for Miri
//! (`scripts/ci/miri.sh`): src/ffi is where the crate's `unsafe` is, and Miri checks every pointer
//! it dereferences, every slice it builds from (pointer, length), every handle it frees and every
//! access from several threads. Under plain `cargo test` the same calls run natively.
//!
//! What each call must do is the header's contract: fills equal the Rust API's draws from the
//! same seed (the Rust API is checked against NumPy by tests/golden.rs), `n == 0` succeeds with a
//! NULL buffer and writes nothing, bad input gets a status and a `rng_last_error` message and
//! writes nothing, snprintf-style writers truncate and NUL-terminate, and handles come back from
//! spawn arrays, clones, jumps and checkpoints independent and freeable.
//!
//! Sizes are small so that the whole file takes seconds under Miri.

use randstreams::distributions::Generator;
use randstreams::ffi::*;
use randstreams::{Algorithm, BitGenerator, RawBits, SeedSequence};
use std::ffi::{CStr, CString, c_char, c_void};
use std::ptr::{null, null_mut};
use std::sync::Arc;

const NAMES: [&str; 5] = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"];
const SEED: u64 = 12345;

fn last_error() -> String {
    // SAFETY: rng_last_error never returns NULL; the text lives until this thread's next failure.
    unsafe { CStr::from_ptr(rng_last_error()) }
        .to_str()
        .unwrap()
        .to_owned()
}

/// A fresh failure, so that a later check can tell a new message from an old one.
fn prime_error() -> String {
    // SAFETY: NULL is allowed.
    unsafe { bitgen_free(bitgen_clone(null())) };
    last_error()
}

/// Asserts that `status` is `want` and, for a failure, that the call left a new message
/// mentioning `mentions`.
fn expect(status: i32, want: i32, before: &str, mentions: &str) {
    assert_eq!(status, want, "status (last error: {})", last_error());
    if want != RNG_OK {
        let e = last_error();
        assert_ne!(e, before, "no new rng_last_error");
        assert!(e.contains(mentions), "{e:?} does not mention {mentions:?}");
    }
}

fn new_ss(seed: u64) -> *mut rng_seedseq {
    // SAFETY: one readable word.
    let ss = unsafe { ss_new(&seed, 1) };
    assert!(!ss.is_null());
    ss
}

fn new_bg(name: &str, seed: u64) -> *mut rng_bitgen {
    let ss = new_ss(seed);
    let c = CString::new(name).unwrap();
    // SAFETY: a NUL-terminated name and a live sequence; the generator keeps its own share.
    let bg = unsafe { bitgen_new(c.as_ptr(), ss) };
    // SAFETY: live, not used again.
    unsafe { ss_free(ss) };
    assert!(!bg.is_null(), "{name}: {}", last_error());
    bg
}

fn rust_bg(name: &str, seed: u64) -> BitGenerator {
    let alg = Algorithm::from_name(name).unwrap();
    BitGenerator::new(alg, Arc::new(SeedSequence::from_u64(seed)))
}

/// A C string the library wrote, as Rust text.
fn text(p: *const c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: the library's static or thread-local NUL-terminated text.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

#[test]
fn raw_fills_match_the_rust_api_and_refuse_bad_buffers() {
    for name in NAMES {
        let bg = new_bg(name, SEED);
        let mut twin = rust_bg(name, SEED);
        // SAFETY (whole block): `bg` is live and used by this thread only; every buffer has at
        // least the length passed with it, and NULL only goes with the NULL checks.
        unsafe {
            assert_eq!(text(bitgen_name(bg)), name);

            let mut u64s = [0u64; 5];
            expect(bitgen_fill_u64(bg, u64s.as_mut_ptr(), 5), RNG_OK, "", "");
            for v in u64s {
                assert_eq!(v, twin.next_u64(), "{name}");
            }
            // An odd number of 32-bit words leaves a half word pending in both.
            let mut u32s = [0u32; 3];
            expect(bitgen_fill_u32(bg, u32s.as_mut_ptr(), 3), RNG_OK, "", "");
            for v in u32s {
                assert_eq!(v, twin.next_u32(), "{name}");
            }
            assert_eq!(bitgen_next_u32(bg), twin.next_u32());
            let mut dbl = [0f64; 2];
            expect(bitgen_fill_double(bg, dbl.as_mut_ptr(), 2), RNG_OK, "", "");
            assert_eq!(dbl, [twin.next_double(), twin.next_double()]);
            let mut raw = [0u64; 3];
            expect(bitgen_random_raw(bg, raw.as_mut_ptr(), 3), RNG_OK, "", "");
            for v in raw {
                assert_eq!(v, twin.next_raw(), "{name}");
            }
            assert_eq!(bitgen_next_u64(bg), twin.next_u64());
            assert_eq!(bitgen_next_double(bg), twin.next_double());

            // n == 0: success, nothing written, NULL allowed, nothing drawn.
            expect(bitgen_fill_u64(bg, null_mut(), 0), RNG_OK, "", "");
            expect(bitgen_fill_u32(bg, null_mut(), 0), RNG_OK, "", "");
            expect(bitgen_fill_double(bg, null_mut(), 0), RNG_OK, "", "");
            expect(bitgen_random_raw(bg, null_mut(), 0), RNG_OK, "", "");
            let mut keep = [7u64; 1];
            expect(bitgen_fill_u64(bg, keep.as_mut_ptr(), 0), RNG_OK, "", "");
            assert_eq!(keep, [7]);

            // NULL buffer with n > 0, NULL handle, a count too large for memory: refused.
            let e = prime_error();
            expect(
                bitgen_fill_u64(bg, null_mut(), 4),
                RNG_ERR_NULL_POINTER,
                &e,
                "out",
            );
            let e = prime_error();
            let mut one = [7u64; 1];
            expect(
                bitgen_fill_u64(null_mut(), one.as_mut_ptr(), 1),
                RNG_ERR_NULL_POINTER,
                &e,
                "bg",
            );
            let e = prime_error();
            expect(
                bitgen_fill_u64(bg, one.as_mut_ptr(), usize::MAX),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "out",
            );
            assert_eq!(one, [7], "a failed fill wrote");
            // Nothing was drawn by any of that.
            assert_eq!(bitgen_next_u64(bg), twin.next_u64(), "{name}");
            bitgen_free(bg);
        }
    }
}

#[test]
fn distributions_match_the_rust_api_and_refuse_bad_parameters() {
    for name in NAMES {
        let bg = new_bg(name, SEED + 1);
        let mut twin = rust_bg(name, SEED + 1);
        let mut dist = Generator::new(&mut twin);
        // SAFETY (whole block): as in the raw-fill test.
        unsafe {
            let mut x = [0f64; 4];
            let mut want = [0f64; 4];
            expect(rng_standard_normal(bg, x.as_mut_ptr(), 4), RNG_OK, "", "");
            dist.fill_standard_normal(&mut want);
            assert_eq!(x, want, "{name} standard_normal");
            expect(rng_normal(bg, 1.0, 2.0, x.as_mut_ptr(), 4), RNG_OK, "", "");
            dist.fill_normal(1.0, 2.0, &mut want).unwrap();
            assert_eq!(x, want, "{name} normal");
            expect(rng_random(bg, x.as_mut_ptr(), 4), RNG_OK, "", "");
            dist.fill_random(&mut want);
            assert_eq!(x, want, "{name} random");
            expect(
                rng_standard_gamma(bg, 2.5, x.as_mut_ptr(), 4),
                RNG_OK,
                "",
                "",
            );
            dist.fill_standard_gamma(2.5, &mut want).unwrap();
            assert_eq!(x, want, "{name} standard_gamma");
            let mut y = 0.0;
            expect(rng_next_uniform(bg, -1.0, 1.0, &mut y), RNG_OK, "", "");
            assert_eq!(y, dist.next_uniform(-1.0, 1.0).unwrap());

            let mut f = [0f32; 3];
            let mut want_f = [0f32; 3];
            expect(rng_random_f32(bg, f.as_mut_ptr(), 3), RNG_OK, "", "");
            dist.fill_random_f32(&mut want_f);
            assert_eq!(f, want_f, "{name} random_f32");

            let mut ints = [0i64; 5];
            let mut want_i = [0i64; 5];
            expect(
                rng_integers_i64(bg, -5, 5, true, ints.as_mut_ptr(), 5),
                RNG_OK,
                "",
                "",
            );
            dist.fill_integers_i64(-5, 5, true, &mut want_i).unwrap();
            assert_eq!(ints, want_i, "{name} integers");
            let mut small = [0u8; 5];
            let mut want_s = [0u8; 5];
            expect(
                rng_integers_u8(bg, 0, 200, false, small.as_mut_ptr(), 5),
                RNG_OK,
                "",
                "",
            );
            dist.fill_integers_u8(0, 200, false, &mut want_s).unwrap();
            assert_eq!(small, want_s, "{name} integers u8");
            let mut perm = [0i64; 6];
            let mut want_p = [0i64; 6];
            expect(rng_permutation(bg, perm.as_mut_ptr(), 6), RNG_OK, "", "");
            dist.fill_permutation(&mut want_p);
            assert_eq!(perm, want_p, "{name} permutation");
            let mut data = [1.5f64, 2.5, 3.5, 4.5];
            let mut want_d = data;
            expect(rng_shuffle_f64(bg, data.as_mut_ptr(), 4), RNG_OK, "", "");
            dist.shuffle(&mut want_d);
            assert_eq!(data, want_d, "{name} shuffle");
            let mut counts = [0i64; 2];
            let mut want_c = [0i64; 2];
            expect(
                rng_binomial(bg, 10, 0.3, counts.as_mut_ptr(), 2),
                RNG_OK,
                "",
                "",
            );
            dist.fill_binomial(10, 0.3, &mut want_c).unwrap();
            assert_eq!(counts, want_c, "{name} binomial");
            expect(rng_poisson(bg, 4.0, counts.as_mut_ptr(), 2), RNG_OK, "", "");
            dist.fill_poisson(4.0, &mut want_c).unwrap();
            assert_eq!(counts, want_c, "{name} poisson");

            // Count 0: NULL allowed, nothing drawn.
            expect(rng_standard_normal(bg, null_mut(), 0), RNG_OK, "", "");
            expect(
                rng_integers_i64(bg, 0, 3, false, null_mut(), 0),
                RNG_OK,
                "",
                "",
            );
            expect(rng_permutation(bg, null_mut(), 0), RNG_OK, "", "");
            expect(rng_shuffle_i64(bg, null_mut(), 0), RNG_OK, "", "");

            // Rejected parameters and NULL outputs: a status, a message, nothing written.
            let mut keep = [9.0f64; 2];
            let e = prime_error();
            expect(
                rng_normal(bg, 0.0, -1.0, keep.as_mut_ptr(), 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "scale",
            );
            let e = prime_error();
            expect(
                rng_standard_gamma(bg, -2.0, keep.as_mut_ptr(), 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "shape",
            );
            assert_eq!(keep, [9.0, 9.0]);
            let mut keep_i = [9i64; 1];
            let e = prime_error();
            expect(
                rng_integers_i64(bg, 5, 5, false, keep_i.as_mut_ptr(), 1),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "high",
            );
            assert_eq!(keep_i, [9]);
            let e = prime_error();
            expect(
                rng_next_normal(bg, 0.0, 1.0, null_mut()),
                RNG_ERR_NULL_POINTER,
                &e,
                "out",
            );
            let e = prime_error();
            assert_eq!(rng_next_standard_normal(null_mut()), 0.0);
            assert_ne!(last_error(), e);

            // Whatever was refused drew nothing: both streams continue together.
            assert_eq!(rng_next_standard_normal(bg), dist.next_standard_normal());
            assert_eq!(bitgen_next_u64(bg), dist.bit_generator_mut().next_u64());
            bitgen_free(bg);
        }
    }
}

#[test]
fn vector_valued_methods_match_the_rust_api_and_refuse_bad_input() {
    use randstreams::distributions::multivariate::MvhgMethod;
    for name in NAMES {
        let bg = new_bg(name, SEED + 2);
        let mut twin = rust_bg(name, SEED + 2);
        let mut dist = Generator::new(&mut twin);
        // SAFETY (whole block): as in the raw-fill test; every input array is as long as the
        // count passed with it, every output holds n * k values.
        unsafe {
            let p = [0.2, 0.3, 0.5];
            let (mut got, mut want) = ([0i64; 6], [0i64; 6]);
            expect(
                rng_multinomial(bg, 50, p.as_ptr(), 3, got.as_mut_ptr(), 2),
                RNG_OK,
                "",
                "",
            );
            dist.fill_multinomial(50, &p, &mut want).unwrap();
            assert_eq!(got, want, "{name} multinomial");
            let ns = [7i64, 1000];
            let p2 = [0.5, 0.5, 0.0, 0.1, 0.1, 0.8];
            expect(
                rng_multinomial_v(bg, ns.as_ptr(), p2.as_ptr(), 3, got.as_mut_ptr(), 2),
                RNG_OK,
                "",
                "",
            );
            dist.fill_multinomial_v(&ns, &p2, 3, &mut want).unwrap();
            assert_eq!(got, want, "{name} multinomial_v");
            let alpha = [0.05, 0.0, 0.02];
            let (mut x, mut y) = ([0f64; 6], [0f64; 6]);
            expect(
                rng_dirichlet(bg, alpha.as_ptr(), 3, x.as_mut_ptr(), 2),
                RNG_OK,
                "",
                "",
            );
            dist.fill_dirichlet(&alpha, &mut y).unwrap();
            assert_eq!(x, y, "{name} dirichlet");
            let colors = [3i64, 2, 5];
            for (m, method) in [
                (c"count", MvhgMethod::Count),
                (c"marginals", MvhgMethod::Marginals),
            ] {
                expect(
                    rng_multivariate_hypergeometric(
                        bg,
                        colors.as_ptr(),
                        3,
                        6,
                        m.as_ptr(),
                        got.as_mut_ptr(),
                        2,
                    ),
                    RNG_OK,
                    "",
                    "",
                );
                dist.fill_multivariate_hypergeometric(&colors, 6, method, &mut want)
                    .unwrap();
                assert_eq!(got, want, "{name} multivariate_hypergeometric");
            }

            // Zero rows and empty parameter arrays: NULL buffers are fine, nothing drawn.
            expect(
                rng_multinomial(bg, 5, p.as_ptr(), 3, null_mut(), 0),
                RNG_OK,
                "",
                "",
            );
            expect(rng_dirichlet(bg, null(), 0, null_mut(), 5), RNG_OK, "", "");
            expect(
                rng_multivariate_hypergeometric(bg, null(), 0, 0, c"count".as_ptr(), null_mut(), 4),
                RNG_OK,
                "",
                "",
            );

            // Refused: nothing written, nothing drawn.
            let keep = [-7i64; 6];
            got = keep;
            let e = prime_error();
            expect(
                rng_multinomial(bg, 5, p.as_ptr(), 0, got.as_mut_ptr(), 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "pvals must have",
            );
            let e = prime_error();
            expect(
                rng_multinomial(bg, 5, null(), 3, got.as_mut_ptr(), 2),
                RNG_ERR_NULL_POINTER,
                &e,
                "pvals",
            );
            let e = prime_error();
            let bad = [0.6, 0.6, 0.0];
            expect(
                rng_multinomial(bg, 5, bad.as_ptr(), 3, got.as_mut_ptr(), 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "sum(pvals[:-1]) > 1.0",
            );
            let e = prime_error();
            expect(
                rng_multinomial_v(bg, null(), p2.as_ptr(), 3, got.as_mut_ptr(), 2),
                RNG_ERR_NULL_POINTER,
                &e,
                "ntrials",
            );
            let e = prime_error();
            let neg = [0.5, -1.0, 1.0];
            expect(
                rng_dirichlet(bg, neg.as_ptr(), 3, x.as_mut_ptr(), 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "alpha < 0",
            );
            let e = prime_error();
            expect(
                rng_multivariate_hypergeometric(
                    bg,
                    colors.as_ptr(),
                    3,
                    4,
                    null(),
                    got.as_mut_ptr(),
                    2,
                ),
                RNG_ERR_NULL_POINTER,
                &e,
                "method",
            );
            let e = prime_error();
            expect(
                rng_multivariate_hypergeometric(
                    bg,
                    colors.as_ptr(),
                    3,
                    4,
                    c"Count".as_ptr(),
                    got.as_mut_ptr(),
                    2,
                ),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "method must be",
            );
            let e = prime_error();
            expect(
                rng_multinomial(bg, 5, p.as_ptr(), 3, got.as_mut_ptr(), usize::MAX / 2),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "out",
            );
            assert_eq!(got, keep);
            assert_eq!(x, y);
            assert_eq!(bitgen_next_u64(bg), dist.bit_generator_mut().next_u64());
            bitgen_free(bg);
        }
    }
}

#[test]
fn seed_sequences_spawn_arrays_and_text_writers() {
    // SAFETY (whole block): every pointer is a live handle from this library, a NUL-terminated
    // string, or a buffer at least as long as the length passed with it.
    unsafe {
        let words = [SEED, 1 << 40];
        let ss = ss_new(words.as_ptr(), 2);
        let from_text = ss_new_str(c"[12345, 1099511627776]".as_ptr());
        assert!(!ss.is_null() && !from_text.is_null());
        let (mut a, mut b) = ([0u32; 6], [0u32; 6]);
        expect(ss_generate_state_u32(ss, a.as_mut_ptr(), 6), RNG_OK, "", "");
        expect(
            ss_generate_state_u32(from_text, b.as_mut_ptr(), 6),
            RNG_OK,
            "",
            "",
        );
        assert_eq!(a, b);
        let mut want = [0u32; 6];
        SeedSequence::from_u64s(&words).generate_state_u32(&mut want);
        assert_eq!(a, want);
        let mut w64 = [0u64; 3];
        expect(
            ss_generate_state_u64(ss, w64.as_mut_ptr(), 3),
            RNG_OK,
            "",
            "",
        );
        assert_eq!(w64[0], u64::from(a[0]) | (u64::from(a[1]) << 32));
        expect(ss_generate_state_u64(ss, null_mut(), 0), RNG_OK, "", "");
        assert_eq!(ss_pool_size(ss), 4);

        // Spawn into an array; each child is a live handle with key (i,).
        let mut kids = [null_mut::<rng_seedseq>(); 3];
        expect(ss_spawn(ss, 3, kids.as_mut_ptr()), RNG_OK, "", "");
        assert_eq!(ss_n_children_spawned(ss), 3);
        for (i, &k) in kids.iter().enumerate() {
            let mut key = [u64::MAX; 2];
            assert_eq!(ss_spawn_key(k, null_mut(), 0), 1, "length query");
            assert_eq!(ss_spawn_key(k, key.as_mut_ptr(), 2), 1);
            assert_eq!(key, [i as u64, u64::MAX], "one element written");
            let rebuilt = ss_new_ex(c"[12345, 1099511627776]".as_ptr(), key.as_ptr(), 1, 4, 0);
            assert!(same_state(k, rebuilt));
            ss_free(rebuilt);
        }
        // A grandchild's key is longer than a 1-element buffer: truncated, full length returned.
        let mut grandchild = null_mut();
        expect(ss_spawn(kids[2], 1, &mut grandchild), RNG_OK, "", "");
        let mut key = [u64::MAX; 1];
        assert_eq!(ss_spawn_key(grandchild, key.as_mut_ptr(), 1), 2);
        assert_eq!(key, [2]);
        for k in kids.into_iter().chain([grandchild]) {
            ss_free(k);
        }
        expect(ss_spawn(ss, 0, null_mut()), RNG_OK, "", "");
        let e = prime_error();
        expect(
            ss_spawn(ss, 2, null_mut()),
            RNG_ERR_NULL_POINTER,
            &e,
            "children",
        );
        assert_eq!(ss_n_children_spawned(ss), 3, "a refused spawn counted");

        // snprintf semantics: the full length, at most cap - 1 bytes and a NUL.
        let full = "[12345, 1099511627776]";
        assert_eq!(ss_entropy_str(ss, null_mut(), 0), full.len());
        for cap in [1usize, 2, 5, full.len(), full.len() + 1, full.len() + 8] {
            let mut buf = vec![b'#' as c_char; cap + 2];
            assert_eq!(ss_entropy_str(ss, buf.as_mut_ptr(), cap), full.len());
            let written = cap.min(full.len() + 1) - 1;
            let got: Vec<u8> = buf[..written].iter().map(|&c| c as u8).collect();
            assert_eq!(got, &full.as_bytes()[..written], "cap {cap}");
            assert_eq!(buf[written], 0, "cap {cap}: NUL");
            assert!(
                buf[cap..].iter().all(|&c| c == b'#' as c_char),
                "cap {cap}: overrun"
            );
        }

        // JSON and binary checkpoints of the sequence, spawn counter included.
        let len = ss_state_json(ss, null_mut(), 0);
        let mut json = vec![0 as c_char; len + 1];
        assert_eq!(ss_state_json(ss, json.as_mut_ptr(), json.len()), len);
        let back = ss_from_state_json(json.as_ptr());
        assert!(!back.is_null(), "{}", last_error());
        assert_eq!(ss_n_children_spawned(back), 3);
        assert!(same_state(ss, back));
        ss_free(back);
        let mut size = 0usize;
        expect(ss_state_save(ss, null_mut(), 0, &mut size), RNG_OK, "", "");
        let mut bytes = vec![0u8; size];
        let e = prime_error();
        expect(
            ss_state_save(ss, bytes.as_mut_ptr(), size - 1, &mut size),
            RNG_ERR_BUFFER_TOO_SMALL,
            &e,
            "",
        );
        expect(
            ss_state_save(ss, bytes.as_mut_ptr(), size, &mut size),
            RNG_OK,
            "",
            "",
        );
        let loaded = ss_state_load(bytes.as_ptr(), bytes.len());
        assert!(same_state(ss, loaded));
        let e = prime_error();
        assert!(ss_state_load(bytes.as_ptr(), bytes.len() - 1).is_null());
        assert_ne!(last_error(), e);
        ss_free(loaded);

        // Bad text: NULL, with a message.
        for bad in [c"-1", c"[1, [2]]", c"twelve", c""] {
            let e = prime_error();
            assert!(ss_new_str(bad.as_ptr()).is_null(), "{bad:?}");
            assert_ne!(last_error(), e);
        }
        let e = prime_error();
        assert!(ss_new_str(null()).is_null());
        assert!(last_error().contains("entropy") && last_error() != e);
        let e = prime_error();
        assert!(ss_new_ex(c"1".as_ptr(), null(), 0, 3, 0).is_null());
        assert!(last_error().contains("pool_size") && last_error() != e);
        let e = prime_error();
        assert!(ss_new(null(), 2).is_null());
        assert_ne!(last_error(), e);
        let empty = ss_new(null(), 0);
        assert!(!empty.is_null());
        let os = ss_new_os();
        assert!(!os.is_null());
        for h in [ss, from_text, empty, os, null_mut()] {
            ss_free(h);
        }
    }
}

/// Whether two live sequences give the same first 8 state words.
///
/// # Safety
/// Both are live handles.
unsafe fn same_state(a: *const rng_seedseq, b: *const rng_seedseq) -> bool {
    let (mut x, mut y) = ([0u32; 8], [1u32; 8]);
    // SAFETY: the caller's contract; 8-word buffers.
    unsafe {
        ss_generate_state_u32(a, x.as_mut_ptr(), 8) == RNG_OK
            && ss_generate_state_u32(b, y.as_mut_ptr(), 8) == RNG_OK
            && x == y
    }
}

#[test]
fn generator_handles_spawn_clone_jump_and_checkpoint() {
    for name in NAMES {
        let bg = new_bg(name, SEED + 2);
        let twin = rust_bg(name, SEED + 2);
        // SAFETY (whole block): live handles, buffers of the lengths passed.
        unsafe {
            let mut kids = [null_mut::<rng_bitgen>(); 2];
            expect(bitgen_spawn(bg, 2, kids.as_mut_ptr()), RNG_OK, "", "");
            let mut want = twin.spawn(2).unwrap();
            for (k, w) in kids.iter().zip(&mut want) {
                assert_eq!(bitgen_next_u64(*k), w.next_u64(), "{name} spawned child");
            }
            let ss = bitgen_seedseq(bg);
            assert_eq!(ss_n_children_spawned(ss), 2);
            ss_free(ss);
            for k in kids {
                bitgen_free(k);
            }

            let clone = bitgen_clone(bg);
            assert_eq!(bitgen_next_u64(clone), bitgen_next_u64(bg));
            bitgen_free(clone);

            // The state as JSON: size query, truncation, round trip, set_state.
            let len = bitgen_state_json(bg, null_mut(), 0);
            assert!(len > 0);
            let mut short = [b'#' as c_char; 8];
            assert_eq!(bitgen_state_json(bg, short.as_mut_ptr(), 4), len);
            assert_eq!(short[3], 0);
            assert_eq!(short[4], b'#' as c_char);
            let mut json = vec![0 as c_char; len + 1];
            assert_eq!(bitgen_state_json(bg, json.as_mut_ptr(), json.len()), len);
            let restored = bitgen_from_state_json(json.as_ptr());
            assert!(!restored.is_null(), "{name}: {}", last_error());
            let other = new_bg(name, SEED + 3);
            expect(bitgen_set_state_json(other, json.as_ptr()), RNG_OK, "", "");
            let a = bitgen_next_u64(bg);
            assert_eq!(bitgen_next_u64(restored), a);
            assert_eq!(bitgen_next_u64(other), a);
            let e = prime_error();
            expect(
                bitgen_set_state_json(other, c"{\"bit_generator\": 1}".as_ptr()),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "",
            );
            bitgen_free(restored);
            bitgen_free(other);

            // The binary checkpoint.
            let mut size = 0usize;
            expect(
                bitgen_state_save(bg, null_mut(), 0, &mut size),
                RNG_OK,
                "",
                "",
            );
            let mut bytes = vec![0u8; size];
            expect(
                bitgen_state_save(bg, bytes.as_mut_ptr(), size, &mut size),
                RNG_OK,
                "",
                "",
            );
            let e = prime_error();
            expect(
                bitgen_state_save(bg, bytes.as_mut_ptr(), size, null_mut()),
                RNG_ERR_NULL_POINTER,
                &e,
                "out_len",
            );
            let loaded = bitgen_state_load(bytes.as_ptr(), bytes.len());
            assert!(!loaded.is_null(), "{name}: {}", last_error());
            assert_eq!(bitgen_next_u64(loaded), bitgen_next_u64(bg));
            bytes[size / 2] ^= 1;
            let e = prime_error();
            assert!(bitgen_state_load(bytes.as_ptr(), bytes.len()).is_null());
            assert_ne!(last_error(), e);
            bitgen_free(loaded);

            // Jumps and advances, where the algorithm has them (MT19937's jump polynomial is
            // too slow for Miri; tests/golden.rs checks it natively).
            let jumped = match name {
                "PCG64" => pcg64_jumped(bg, 2),
                "PCG64DXSM" => pcg64dxsm_jumped(bg, 2),
                "Philox" => philox_jumped(bg, 2),
                "MT19937" if !cfg!(miri) => mt19937_jumped(bg, 1),
                _ => null_mut(),
            };
            if !jumped.is_null() {
                let mut out = [0u64; 2];
                expect(bitgen_fill_u64(jumped, out.as_mut_ptr(), 2), RNG_OK, "", "");
                let e = prime_error();
                let mut none = null_mut();
                expect(
                    bitgen_spawn(jumped, 1, &mut none),
                    RNG_ERR_UNSUPPORTED,
                    &e,
                    "",
                );
                assert!(none.is_null());
            }
            bitgen_free(jumped);
            let delta = [3u64, 0, 0, 0];
            let advanced = match name {
                "PCG64" => pcg64_advance(bg, delta.as_ptr()),
                "PCG64DXSM" => pcg64dxsm_advance(bg, delta.as_ptr()),
                "Philox" => philox_advance(bg, delta.as_ptr()),
                _ => {
                    let e = prime_error();
                    expect(
                        pcg64_advance(bg, delta.as_ptr()),
                        RNG_ERR_UNSUPPORTED,
                        &e,
                        "",
                    );
                    RNG_OK
                }
            };
            assert_eq!(advanced, RNG_OK);
            let e = prime_error();
            expect(pcg64_advance(bg, null()), RNG_ERR_NULL_POINTER, &e, "delta");

            // NULL children array with n > 0; n == 0 with NULL is fine.
            let e = prime_error();
            expect(
                bitgen_spawn(bg, 1, null_mut()),
                RNG_ERR_NULL_POINTER,
                &e,
                "children",
            );
            expect(bitgen_spawn(bg, 0, null_mut()), RNG_OK, "", "");
            bitgen_free(bg);
        }
    }
}

#[test]
fn keyed_legacy_and_named_constructors() {
    // SAFETY (whole block): buffers of the documented lengths, NUL-terminated names.
    unsafe {
        let key = [1u64, 2];
        let counter = [3u64, 0, 0, 0];
        let p = philox_new_key(key.as_ptr(), counter.as_ptr());
        let q = philox_new_key(key.as_ptr(), null());
        assert!(!p.is_null() && !q.is_null());
        let e = prime_error();
        assert!(philox_new_key(null(), null()).is_null());
        assert!(last_error().contains("key") && last_error() != e);
        let m = mt19937_new_legacy(5489);
        let seeds = [1u32, 2, 3];
        let ma = mt19937_new_legacy_array(seeds.as_ptr(), 3);
        assert!(!m.is_null() && !ma.is_null());
        let e = prime_error();
        assert!(mt19937_new_legacy_array(null(), 2).is_null());
        assert_ne!(last_error(), e);
        // The reference MT19937's first output for init_genrand(5489).
        assert_eq!(bitgen_next_u32(m), 3_499_211_612);
        for (ctor, name) in [
            (pcg64_new as unsafe extern "C" fn(_) -> _, "PCG64"),
            (pcg64dxsm_new, "PCG64DXSM"),
            (mt19937_new, "MT19937"),
            (philox_new, "Philox"),
            (sfc64_new, "SFC64"),
        ] {
            let ss = new_ss(SEED);
            let g = ctor(ss);
            ss_free(ss);
            assert_eq!(text(bitgen_name(g)), name);
            assert_eq!(bitgen_next_u64(g), rust_bg(name, SEED).next_u64());
            bitgen_free(g);
            let e = prime_error();
            assert!(ctor(null_mut()).is_null());
            assert_ne!(last_error(), e);
        }
        let ss = new_ss(SEED);
        let e = prime_error();
        assert!(
            bitgen_new(c"pcg64".as_ptr(), ss).is_null(),
            "names are case-sensitive"
        );
        assert!(last_error().contains("pcg64") && last_error() != e);
        let e = prime_error();
        assert!(bitgen_new(null(), ss).is_null());
        assert_ne!(last_error(), e);
        ss_free(ss);
        for g in [p, q, m, ma] {
            bitgen_free(g);
        }
        assert_eq!(text(rng_version()), env!("CARGO_PKG_VERSION"));
        assert_eq!(
            text(rng_status_str(RNG_ERR_BUFFER_TOO_SMALL)),
            "RNG_ERR_BUFFER_TOO_SMALL"
        );
        assert_eq!(text(rng_status_str(-3)), "unknown status");
    }
}

/// A caller's generator state: a counter stepped by the callbacks.
struct Counter {
    next: u64,
    calls: u32,
}

unsafe extern "C" fn counter_u64(state: *mut c_void) -> u64 {
    // SAFETY: the state given to bitgen_new_user is a live, unshared Counter.
    let c = unsafe { &mut *state.cast::<Counter>() };
    c.calls += 1;
    c.next = c
        .next
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    c.next
}

unsafe extern "C" fn half_double(_state: *mut c_void) -> f64 {
    0.5
}

#[test]
fn user_generators_call_back_with_their_state() {
    let mut state = Counter { next: 1, calls: 0 };
    let mut mirror = Counter { next: 1, calls: 0 };
    let sp = (&raw mut state).cast::<c_void>();
    // SAFETY (whole block): `state` outlives the handles; the callbacks only touch it.
    unsafe {
        let next_u64: unsafe extern "C" fn(*mut c_void) -> u64 = counter_u64;
        let g = bitgen_new_user(sp, Some(next_u64), None, None);
        assert!(!g.is_null());
        let mut out = [0u64; 3];
        expect(bitgen_fill_u64(g, out.as_mut_ptr(), 3), RNG_OK, "", "");
        let mp = (&raw mut mirror).cast::<c_void>();
        assert_eq!(out, [counter_u64(mp), counter_u64(mp), counter_u64(mp)]);
        // NumPy's 32-bit rule: the low half, then the high half of one 64-bit draw.
        let w = counter_u64(mp);
        assert_eq!(bitgen_next_u32(g), w as u32);
        assert_eq!(bitgen_next_u32(g), (w >> 32) as u32);
        let mut x = [0f64; 2];
        expect(rng_standard_normal(g, x.as_mut_ptr(), 2), RNG_OK, "", "");
        assert!(x.iter().all(|v| v.is_finite()));
        let e = prime_error();
        assert!(bitgen_clone(g).is_null());
        assert!(last_error().contains("user") && last_error() != e);
        let e = prime_error();
        assert_eq!(bitgen_state_json(g, null_mut(), 0), 0);
        assert_ne!(last_error(), e);
        bitgen_free(g);

        let next_double: unsafe extern "C" fn(*mut c_void) -> f64 = half_double;
        let h = bitgen_new_user(sp, Some(next_u64), None, Some(next_double));
        assert_eq!(bitgen_next_double(h), 0.5);
        bitgen_free(h);
        let e = prime_error();
        assert!(bitgen_new_user(sp, None, None, None).is_null());
        assert!(last_error().contains("next_u64") && last_error() != e);
    }
    // 3 words, one for the two halves, at least one per normal: all counted in `state`.
    assert!(state.calls >= 6, "{} calls", state.calls);
}

/// A raw handle that may cross threads: the library documents sharing a seed sequence.
#[derive(Clone, Copy)]
struct Shared(*mut rng_seedseq);
// SAFETY: README "Guarantees": a seed sequence handle may be spawned through from any thread.
unsafe impl Send for Shared {}

#[test]
fn a_shared_sequence_spawns_from_several_threads() {
    let root = Shared(new_ss(SEED));
    let (threads, per) = if cfg!(miri) { (3, 2) } else { (8, 50) };
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            std::thread::spawn(move || {
                let root = root;
                let mut keys = Vec::new();
                // Every thread also sees its own error message, whatever the others do.
                let name = CString::new(format!("NoSuch{t}")).unwrap();
                for _ in 0..per {
                    let mut kid = null_mut();
                    // SAFETY: the shared root stays live until all threads are joined.
                    unsafe {
                        assert_eq!(ss_spawn(root.0, 1, &mut kid), RNG_OK);
                        let mut key = [0u64; 1];
                        assert_eq!(ss_spawn_key(kid, key.as_mut_ptr(), 1), 1);
                        keys.push(key[0]);
                        let g = sfc64_new(kid);
                        ss_free(kid);
                        let mut out = [0u64; 2];
                        assert_eq!(bitgen_fill_u64(g, out.as_mut_ptr(), 2), RNG_OK);
                        bitgen_free(g);
                        assert!(bitgen_new(name.as_ptr(), root.0).is_null());
                    }
                    assert!(last_error().contains(name.to_str().unwrap()));
                }
                keys
            })
        })
        .collect();
    let mut keys: Vec<u64> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    keys.sort_unstable();
    let n = (threads * per) as u64;
    assert_eq!(keys, (0..n).collect::<Vec<_>>(), "each key exactly once");
    // SAFETY: live, then freed once.
    unsafe {
        assert_eq!(ss_n_children_spawned(root.0), n);
        ss_free(root.0);
    }
}

#[test]
fn parallel_fill_equals_the_serial_fill() {
    // Below 2 * 65536 values the fill is serial; above, threads of its own (a few seconds of
    // Miri time per 100k values, so only the serial path there).
    let sizes: &[usize] = if cfg!(miri) {
        &[0, 7]
    } else {
        &[0, 7, 3 * 65536 + 5]
    };
    for &n in sizes {
        let a = new_bg("Philox", SEED);
        let b = new_bg("Philox", SEED);
        let mut par = vec![0u64; n];
        let mut ser = vec![1u64; n];
        // SAFETY: live handles, buffers of n values.
        unsafe {
            expect(
                bitgen_fill_u64_parallel(a, par.as_mut_ptr(), n, 4),
                RNG_OK,
                "",
                "",
            );
            expect(bitgen_fill_u64(b, ser.as_mut_ptr(), n), RNG_OK, "", "");
            assert_eq!(par, ser);
            assert_eq!(bitgen_next_u64(a), bitgen_next_u64(b));
            let e = prime_error();
            expect(
                bitgen_fill_u64_parallel(a, par.as_mut_ptr(), n, 0),
                RNG_ERR_INVALID_ARGUMENT,
                &e,
                "threads",
            );
            bitgen_free(a);
            bitgen_free(b);
        }
    }
}

/// rng_bytes, rng_choice and the shuffles: the Rust API's results from the same seed, through
/// every unit the items can be moved in (aligned and one byte off), and bad input refused with
/// nothing written.
#[test]
fn choice_bytes_and_shuffles_match_the_rust_api() {
    use randstreams::distributions::choice::P_ATOL;
    use randstreams::distributions::shuffle::AxisLayout;
    let bg = new_bg("PCG64", SEED);
    let mut rust = rust_bg("PCG64", SEED);
    let p = [0.1, 0.0, 0.3, 0.6, 0.0];

    let mut got = [0u8; 7];
    let mut want = [0u8; 7];
    // SAFETY: a live handle; 7 writable bytes; a length of 0 with NULL.
    unsafe {
        expect(rng_bytes(bg, got.as_mut_ptr(), 7), RNG_OK, "", "");
        expect(rng_bytes(bg, null_mut(), 0), RNG_OK, "", "");
    }
    Generator::new(&mut rust).bytes(&mut want);
    Generator::new(&mut rust).bytes(&mut []);
    assert_eq!(got, want);

    for (a, pp, replace, shuffle, n) in [
        (1000i64, None, true, true, 9usize),
        (5, Some(&p[..]), true, true, 9),
        (5, Some(&p[..]), false, true, 3),
        (300, None, false, false, 20),
        (20000, None, false, true, 500),
    ] {
        let mut got = vec![0i64; n];
        let mut want = vec![0i64; n];
        let ptr = pp.map_or(null(), |q| q.as_ptr());
        // SAFETY: a live handle; p has a values; n writable values.
        let st = unsafe { rng_choice(bg, a, ptr, replace, shuffle, got.as_mut_ptr(), n) };
        expect(st, RNG_OK, "", "");
        Generator::new(&mut rust)
            .choice(a, pp, replace, shuffle, P_ATOL, &mut want)
            .unwrap();
        assert_eq!(got, want, "choice({a}, {n}, {replace}, {shuffle})");
    }

    // 3 x 4 items of 8 bytes along axis 1: as u64 units, and one byte off alignment as bytes.
    let shape = [3usize, 4];
    let src: Vec<u8> = (0..96u8).collect();
    let mut buf = [0u8; 97];
    for offset in [0usize, 1] {
        for op in 0..3 {
            let mut rust = rust.clone();
            // SAFETY: a live handle.
            let twin = unsafe { bitgen_clone(bg) };
            let data = &mut buf[offset..offset + 96];
            data.copy_from_slice(&src);
            let mut out = vec![0u8; 96];
            let d = data.as_mut_ptr().cast::<c_void>();
            // SAFETY: a live handle; 96 bytes at d and out; 2 shape values.
            let st = unsafe {
                match op {
                    0 => rng_shuffle_axis(twin, d, 2, shape.as_ptr(), 8, 1),
                    1 => rng_permuted(twin, d, 2, shape.as_ptr(), 8, 1),
                    _ => rng_permutation_axis(
                        twin,
                        d,
                        out.as_mut_ptr().cast(),
                        2,
                        shape.as_ptr(),
                        8,
                        1,
                    ),
                }
            };
            expect(st, RNG_OK, "", "");
            let mut w = src.clone();
            let l = AxisLayout {
                outer: 3,
                len: 4,
                inner: 8,
            };
            let mut g = Generator::new(&mut rust);
            match op {
                0 => g.shuffle_axis(&mut w, l),
                1 => g.permuted_axis(&mut w, l, 8),
                _ => {
                    let x = w.clone();
                    g.permutation_axis(&x, &mut w, l);
                }
            }
            let result = if op == 2 {
                &out[..]
            } else {
                &buf[offset..offset + 96]
            };
            assert_eq!(result, &w[..], "op {op}, offset {offset}");
            // SAFETY: a live handle from bitgen_clone, freed once.
            unsafe { bitgen_free(twin) };
        }
    }

    // Bad input: a status, a message, nothing written.
    let mut out = [7i64; 4];
    let before = prime_error();
    // SAFETY: a live handle; 4 writable values.
    let st = unsafe { rng_choice(bg, 5, p.as_ptr(), false, true, out.as_mut_ptr(), 4) };
    expect(
        st,
        RNG_ERR_INVALID_ARGUMENT,
        &before,
        "Fewer non-zero entries in p than size",
    );
    assert_eq!(out, [7; 4]);
    let before = prime_error();
    let mut items = [1u32, 2, 3];
    // SAFETY: as above; itemsize 0 is refused before the data is touched.
    let st = unsafe { rng_shuffle(bg, items.as_mut_ptr().cast(), 3, 0) };
    expect(
        st,
        RNG_ERR_INVALID_ARGUMENT,
        &before,
        "rng_shuffle: itemsize is 0",
    );
    assert_eq!(items, [1, 2, 3]);
    // SAFETY: a live handle, freed once.
    unsafe { bitgen_free(bg) };
}
