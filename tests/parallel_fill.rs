//! `parallel::fill_u64_parallel` and `bitgen_fill_u64_parallel` equal the serial fill: the same
//! values and the same final state for every thread count, from states with a pending 32-bit
//! half word and, for Philox, from every position inside a block; and the error cases.

use randstreams::ffi::{
    RNG_ERR_INVALID_ARGUMENT, RNG_ERR_NULL_POINTER, RNG_ERR_UNSUPPORTED, RNG_OK, bitgen_clone,
    bitgen_fill_u64, bitgen_fill_u64_parallel, bitgen_free, bitgen_new, bitgen_new_user,
    bitgen_next_u32, bitgen_next_u64, bitgen_state_save, rng_bitgen, rng_last_error, ss_free,
    ss_new,
};
use randstreams::parallel::{MIN_CHUNK, fill_u64_chunked, fill_u64_parallel};
use randstreams::{Algorithm, BitGenerator, Core, ErrorKind, Philox, RawBits, SeedSequence};
use std::ffi::{CStr, c_void};
use std::ptr::null_mut;
use std::sync::Arc;

const SKIPPERS: [Algorithm; 3] = [Algorithm::Pcg64, Algorithm::Pcg64Dxsm, Algorithm::Philox];
const SMALL: [usize; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 1000];
/// Large enough for the threshold to allow every thread count up to 8.
const LARGE: [usize; 2] = [100_003, 8 * MIN_CHUNK + 3];

/// `draws` 64-bit draws, then (if `half`) one 32-bit draw, which leaves a pending half word
/// and, for Philox, moves the buffer position.
fn used(alg: Algorithm, draws: usize, half: bool) -> BitGenerator {
    let mut g = BitGenerator::new(alg, Arc::new(SeedSequence::from_u64(20240917)));
    for _ in 0..draws {
        g.next_u64();
    }
    if half {
        g.next_u32();
    }
    g
}

/// Every start state worth checking: fresh; a pending half word after 0..=3 draws (Philox:
/// 3, 2, 1 and 0 values left in the block); Philox with 2 values left and no half word.
fn starts(alg: Algorithm) -> Vec<BitGenerator> {
    let mut v = vec![used(alg, 0, false), used(alg, 2, false)];
    v.extend((0..4).map(|d| used(alg, d, true)));
    v
}

/// The serial reference: values and the generator after.
fn serial(g: &BitGenerator, n: usize) -> (Vec<u64>, BitGenerator) {
    let mut g = g.clone();
    let mut out = vec![0; n];
    g.fill_u64(&mut out);
    (out, g)
}

/// The state and the stream after it agree (next_u32 reads the pending half word first).
fn assert_same(a: &BitGenerator, b: &BitGenerator, what: &str) {
    assert_eq!(a, b, "{what}: state");
    let (mut a, mut b) = (a.clone(), b.clone());
    for _ in 0..9 {
        assert_eq!(a.next_u32(), b.next_u32(), "{what}: next_u32 after");
        assert_eq!(a.next_u64(), b.next_u64(), "{what}: next_u64 after");
    }
}

#[test]
fn chunked_equals_serial_for_every_chunk_count() {
    for alg in SKIPPERS {
        for start in starts(alg) {
            for n in SMALL {
                let (want, after) = serial(&start, n);
                for chunks in 1..=9 {
                    let what = format!("{alg:?} n {n} chunks {chunks} from {:?}", start.core());
                    let mut g = start.clone();
                    let mut out = vec![u64::MAX; n];
                    fill_u64_chunked(&mut g, &mut out, chunks).unwrap();
                    assert_eq!(out, want, "{what}");
                    assert_same(&g, &after, &what);
                }
            }
        }
    }
}

#[test]
fn parallel_equals_serial_for_every_thread_count() {
    for alg in SKIPPERS {
        for (i, start) in starts(alg).into_iter().enumerate() {
            // The large sizes from two starts only, to keep the test quick unoptimised.
            let large: &[usize] = if i == 1 || i == 3 { &LARGE } else { &[] };
            for &n in SMALL.iter().chain(large) {
                let (want, after) = serial(&start, n);
                for threads in 1..=8 {
                    let what = format!("{alg:?} n {n} threads {threads} start {i}");
                    let mut g = start.clone();
                    let mut out = vec![0; n];
                    fill_u64_parallel(&mut g, &mut out, threads).unwrap();
                    assert!(out == want, "{what}: values");
                    assert_same(&g, &after, &what);
                }
            }
        }
    }
}

#[test]
fn philox_counter_carries_across_words() {
    // Chunks start 2^64 - 1 blocks and more past counter 0: the skip must carry into word 1.
    let start = BitGenerator::from_core(Core::Philox(Philox::from_key(
        [3, 4],
        [u64::MAX - 5, u64::MAX, 0, 0],
    )));
    for n in [40, 1001] {
        let (want, after) = serial(&start, n);
        for chunks in 1..=8 {
            let mut g = start.clone();
            let mut out = vec![0; n];
            fill_u64_chunked(&mut g, &mut out, chunks).unwrap();
            assert_eq!(out, want, "n {n} chunks {chunks}");
            assert_same(&g, &after, "carry");
        }
    }
}

#[test]
fn core_errors_leave_generator_and_output_alone() {
    for alg in [Algorithm::Mt19937, Algorithm::Sfc64] {
        for n in [0, 5, LARGE[1]] {
            let start = used(alg, 1, true);
            let mut g = start.clone();
            let mut out = vec![7; n];
            let e = fill_u64_parallel(&mut g, &mut out, 4).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Unsupported);
            assert!(e.message().contains(alg.name()), "{}", e.message());
            assert_eq!(
                e.kind(),
                fill_u64_chunked(&mut g, &mut out, 4).unwrap_err().kind()
            );
            assert_eq!(g, start);
            assert!(out.iter().all(|&v| v == 7));
        }
    }
    for alg in SKIPPERS {
        for n in [0, 5] {
            let start = used(alg, 1, true);
            let mut g = start.clone();
            let mut out = vec![7; n];
            let e = fill_u64_parallel(&mut g, &mut out, 0).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidArgument);
            let e = fill_u64_chunked(&mut g, &mut out, 0).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidArgument);
            assert_eq!(g, start);
            assert!(out.iter().all(|&v| v == 7));
        }
    }
}

// --- Through the C function -----------------------------------------------------------------

struct Handle(*mut rng_bitgen);

impl Drop for Handle {
    fn drop(&mut self) {
        unsafe { bitgen_free(self.0) }
    }
}

impl Handle {
    fn new(alg: Algorithm, draws: usize, half: bool) -> Handle {
        let name = std::ffi::CString::new(alg.name()).unwrap();
        unsafe {
            let ss = ss_new([20240917u64].as_ptr(), 1);
            let bg = bitgen_new(name.as_ptr(), ss);
            ss_free(ss);
            assert!(!bg.is_null());
            for _ in 0..draws {
                bitgen_next_u64(bg);
            }
            if half {
                bitgen_next_u32(bg);
            }
            Handle(bg)
        }
    }

    fn clone(&self) -> Handle {
        Handle(unsafe { bitgen_clone(self.0) })
    }

    fn state(&self) -> Vec<u8> {
        let mut len = 0usize;
        let mut buf = vec![0u8; 4096];
        let st = unsafe { bitgen_state_save(self.0, buf.as_mut_ptr(), buf.len(), &mut len) };
        assert_eq!(st, RNG_OK);
        buf.truncate(len);
        buf
    }
}

fn last_error() -> String {
    unsafe { CStr::from_ptr(rng_last_error()) }
        .to_string_lossy()
        .into_owned()
}

#[test]
fn c_function_equals_serial_fill() {
    for alg in SKIPPERS {
        for (draws, half) in [
            (0, false),
            (2, false),
            (0, true),
            (1, true),
            (2, true),
            (3, true),
        ] {
            let start = Handle::new(alg, draws, half);
            // Under Miri (scripts/ci/miri.sh), which checks the pointers of this C entry point, a
            // few small sizes and thread counts: the large sizes take minutes there (its
            // threads are checked by src/parallel.rs's tests), and below them every thread
            // count fills serially.
            let (small, large): (&[usize], &[usize]) = if cfg!(miri) {
                (&[0, 1, 5, 17], &[])
            } else if (draws, half) == (1, true) {
                (&SMALL, &LARGE)
            } else {
                (&SMALL, &[])
            };
            for &n in small.iter().chain(large) {
                let serial = start.clone();
                let mut want = vec![0u64; n];
                assert_eq!(
                    unsafe { bitgen_fill_u64(serial.0, want.as_mut_ptr(), n) },
                    RNG_OK
                );
                let thread_counts = if cfg!(miri) { 1..=2 } else { 1..=8 };
                for threads in thread_counts {
                    let what = format!("{alg:?} n {n} threads {threads} ({draws}, {half})");
                    let par = start.clone();
                    let mut got = vec![0u64; n];
                    let st =
                        unsafe { bitgen_fill_u64_parallel(par.0, got.as_mut_ptr(), n, threads) };
                    assert_eq!(st, RNG_OK, "{what}");
                    assert!(got == want, "{what}: values");
                    assert_eq!(par.state(), serial.state(), "{what}: state");
                    let (a, b) = (par.clone(), serial.clone());
                    for _ in 0..5 {
                        unsafe {
                            assert_eq!(bitgen_next_u32(a.0), bitgen_next_u32(b.0), "{what}");
                            assert_eq!(bitgen_next_u64(a.0), bitgen_next_u64(b.0), "{what}");
                        }
                    }
                }
            }
        }
    }
}

unsafe extern "C" fn counting(state: *mut c_void) -> u64 {
    let c = unsafe { &mut *(state as *mut u64) };
    *c += 1;
    *c
}

#[test]
fn c_function_errors() {
    let mut out = [7u64; 5];
    unsafe {
        // NULL handle; NULL output with n > 0; NULL output with n == 0 is fine.
        let st = bitgen_fill_u64_parallel(null_mut(), out.as_mut_ptr(), 5, 2);
        assert_eq!(st, RNG_ERR_NULL_POINTER);
        assert!(last_error().starts_with("bitgen_fill_u64_parallel: "));
        let g = Handle::new(Algorithm::Pcg64, 1, true);
        let before = g.state();
        assert_eq!(
            bitgen_fill_u64_parallel(g.0, null_mut(), 5, 2),
            RNG_ERR_NULL_POINTER
        );
        assert_eq!(bitgen_fill_u64_parallel(g.0, null_mut(), 0, 2), RNG_OK);
        // threads == 0, also with n == 0.
        for n in [0, 5] {
            let st = bitgen_fill_u64_parallel(g.0, out.as_mut_ptr(), n, 0);
            assert_eq!(st, RNG_ERR_INVALID_ARGUMENT);
            assert!(last_error().contains("threads"), "{}", last_error());
        }
        // A byte count that overflows.
        let st = bitgen_fill_u64_parallel(g.0, out.as_mut_ptr(), usize::MAX, 2);
        assert_eq!(st, RNG_ERR_INVALID_ARGUMENT);
        assert_eq!(g.state(), before);
        assert_eq!(out, [7; 5]);

        // Algorithms that cannot skip ahead.
        for alg in [Algorithm::Mt19937, Algorithm::Sfc64] {
            let h = Handle::new(alg, 1, true);
            let before = h.state();
            for n in [0, 5] {
                let st = bitgen_fill_u64_parallel(h.0, out.as_mut_ptr(), n, 2);
                assert_eq!(st, RNG_ERR_UNSUPPORTED, "{alg:?}");
                let e = last_error();
                assert!(
                    e.starts_with("bitgen_fill_u64_parallel: ") && e.contains(alg.name()),
                    "{e}"
                );
            }
            assert_eq!(h.state(), before);
            assert_eq!(out, [7; 5]);
        }

        // A user generator.
        let mut count = 0u64;
        let user = Handle(bitgen_new_user(
            (&mut count as *mut u64).cast(),
            Some(counting),
            None,
            None,
        ));
        assert!(!user.0.is_null());
        let st = bitgen_fill_u64_parallel(user.0, out.as_mut_ptr(), 5, 2);
        assert_eq!(st, RNG_ERR_UNSUPPORTED);
        assert!(
            last_error().contains("user bit generator"),
            "{}",
            last_error()
        );
        assert_eq!(count, 0);
        assert_eq!(out, [7; 5]);
        drop(user);
    }
}
