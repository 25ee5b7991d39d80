//! What the fuzz targets check, shared with the regression test: `tests/fuzz/fuzz_targets/*.rs`
//! feed libFuzzer's inputs to `run`, and `tests/fuzz_regressions.rs` replays the committed seeds
//! and crash files through it. Every call goes through the C ABI (`randstreams::ffi`), as a C
//! caller would make it.
//!
//! Beyond "no crash", every target checks the boundary's contract: a failed call returns NULL or
//! a status, leaves the caller's outputs untouched and sets a fresh `rng_last_error` naming the
//! function; a successful one leaves the last error alone, and what it made round-trips (state
//! JSON, binary checkpoint, entropy text) and draws.

#![allow(dead_code)] // each fuzz target uses one entry of TARGETS

use randstreams::ffi::*;
use std::ffi::{CStr, CString, c_char, c_void};
use std::ptr::{null, null_mut};

/// A fuzz target's check of one input (panics on a broken invariant).
pub type Target = fn(&[u8]);

/// Target name and entry point; the names are the directories under `tests/fuzz/seeds` and
/// `tests/fuzz/regressions`, and the cargo-fuzz binaries.
pub const TARGETS: &[(&str, Target)] = &[
    ("ss_new_str", fuzz_ss_new_str),
    ("bitgen_state_json", fuzz_bitgen_state_json),
    ("ss_state_json", fuzz_ss_state_json),
    ("bitgen_checkpoint", fuzz_bitgen_checkpoint),
    ("ss_checkpoint", fuzz_ss_checkpoint),
    ("constructors", fuzz_constructors),
];

// ---------------------------------------------------------------------------------------------
// The last-error protocol

/// Sets the last error to a message no checked call writes, so that a later read shows whether
/// the call in between failed (and wrote a fresh message) or succeeded (and left it alone).
fn mark() {
    // SAFETY: NULL is a documented input.
    assert!(unsafe { bitgen_name(null()) }.is_null());
    assert_eq!(last_error(), "bitgen_name: bg is NULL");
}

fn last_error() -> String {
    // SAFETY: never NULL, NUL-terminated, valid until the next failing call.
    let p = rng_last_error();
    assert!(!p.is_null());
    unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

/// After a failed call of `function` (made after `mark`): a fresh, non-empty message that names
/// it, and not the one for a caught panic.
fn failed(function: &str) -> String {
    let e = last_error();
    let message = e
        .strip_prefix(function)
        .and_then(|m| m.strip_prefix(": "))
        .unwrap_or_else(|| panic!("{function} failed; last error {e:?} is not its own"));
    assert!(!message.trim().is_empty(), "{function}: empty message");
    assert!(
        !e.contains("internal error"),
        "{function}: caught panic: {e}"
    );
    message.to_owned()
}

/// After a successful call (made after `mark`): the last error was left alone.
fn succeeded(function: &str) {
    let e = last_error();
    assert_eq!(
        e, "bitgen_name: bg is NULL",
        "{function} succeeded but set {e:?}"
    );
}

/// A status-returning call's result, checked against the protocol; returns the status.
fn status_of(function: &str, status: i32) -> i32 {
    assert_ne!(status, RNG_ERR_INTERNAL, "{function}: {}", last_error());
    if status == RNG_OK {
        succeeded(function);
    } else {
        failed(function);
    }
    status
}

/// A constructor's result checked against the protocol: `Some` handle or `None` after a
/// failure with a fresh message.
fn made<T>(function: &str, p: *mut T) -> Option<*mut T> {
    if p.is_null() {
        failed(function);
        None
    } else {
        succeeded(function);
        Some(p)
    }
}

/// The bytes a C caller holding `data` would pass as a string: up to the first NUL.
fn c_string(data: &[u8]) -> CString {
    let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    CString::new(&data[..end]).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Reading results back through the C ABI (each helper asserts the call's own contract)

type TextFn<T> = unsafe extern "C" fn(*const T, *mut c_char, usize) -> usize;

/// A snprintf-style text getter: the size query, a too-small buffer (truncated, NUL-terminated)
/// and a full one agree.
fn text_of<T>(function: &str, f: TextFn<T>, h: *const T) -> String {
    mark();
    // SAFETY: a live handle; cap 0 allows a NULL buffer.
    let len = unsafe { f(h, null_mut(), 0) };
    succeeded(function);
    assert!(len > 0, "{function}: empty text");
    let mut buf = vec![0x55 as c_char; len + 1];
    // SAFETY: buf has len + 1 bytes.
    assert_eq!(unsafe { f(h, buf.as_mut_ptr(), buf.len()) }, len);
    assert_eq!(buf[len], 0, "{function}: no NUL");
    let bytes: Vec<u8> = buf[..len].iter().map(|&c| c as u8).collect();
    let full = String::from_utf8(bytes).expect("UTF-8 text");
    assert!(!full.contains('\0'));
    let cap = len.div_ceil(2);
    let mut short = vec![0x55 as c_char; cap + 1];
    // SAFETY: short has cap + 1 bytes; we pass cap.
    assert_eq!(unsafe { f(h, short.as_mut_ptr(), cap) }, len);
    let got: Vec<u8> = short[..cap - 1].iter().map(|&c| c as u8).collect();
    assert_eq!(
        got,
        full.as_bytes()[..cap - 1],
        "{function}: truncated text"
    );
    assert_eq!(short[cap - 1], 0, "{function}: truncated text without NUL");
    assert_eq!(short[cap], 0x55, "{function}: wrote past cap");
    full
}

type SaveFn<T> = unsafe extern "C" fn(*const T, *mut u8, usize, *mut usize) -> i32;

/// A binary checkpoint by the size-query protocol; a buffer one byte short is refused with
/// nothing written but the length.
fn save_of<T>(function: &str, f: SaveFn<T>, h: *const T) -> Vec<u8> {
    let mut len = usize::MAX;
    mark();
    // SAFETY: a live handle; NULL buffer with cap 0 is the size query.
    assert_eq!(
        status_of(function, unsafe { f(h, null_mut(), 0, &mut len) }),
        RNG_OK
    );
    assert!(len > 0);
    let mut short = vec![0xa5u8; len - 1];
    let mut len2 = 0;
    mark();
    // SAFETY: short has len - 1 bytes.
    let st = unsafe { f(h, short.as_mut_ptr(), short.len(), &mut len2) };
    assert_eq!(status_of(function, st), RNG_ERR_BUFFER_TOO_SMALL);
    assert_eq!(len2, len);
    assert!(
        short.iter().all(|&b| b == 0xa5),
        "{function}: partial write"
    );
    let mut buf = vec![0u8; len];
    mark();
    // SAFETY: buf has len bytes.
    let st = unsafe { f(h, buf.as_mut_ptr(), buf.len(), &mut len2) };
    assert_eq!(status_of(function, st), RNG_OK);
    buf
}

fn bitgen_json(bg: *const rng_bitgen) -> String {
    text_of("bitgen_state_json", bitgen_state_json, bg)
}

fn ss_json(ss: *const rng_seedseq) -> String {
    text_of("ss_state_json", ss_state_json, ss)
}

fn ss_entropy(ss: *const rng_seedseq) -> String {
    text_of("ss_entropy_str", ss_entropy_str, ss)
}

fn bitgen_save(bg: *const rng_bitgen) -> Vec<u8> {
    save_of("bitgen_state_save", bitgen_state_save, bg)
}

fn ss_save(ss: *const rng_seedseq) -> Vec<u8> {
    save_of("ss_state_save", ss_state_save, ss)
}

fn json_value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("the library wrote valid JSON")
}

fn ss_from_json(text: &str) -> Option<*mut rng_seedseq> {
    let c = CString::new(text).unwrap();
    mark();
    // SAFETY: a NUL-terminated string.
    made("ss_from_state_json", unsafe {
        ss_from_state_json(c.as_ptr())
    })
}

fn bitgen_from_json(text: &str) -> Option<*mut rng_bitgen> {
    let c = CString::new(text).unwrap();
    mark();
    // SAFETY: a NUL-terminated string.
    made("bitgen_from_state_json", unsafe {
        bitgen_from_state_json(c.as_ptr())
    })
}

fn generate_u32(ss: *const rng_seedseq, n: usize) -> Vec<u32> {
    let mut out = vec![0u32; n];
    mark();
    // SAFETY: out has n values.
    let st = unsafe { ss_generate_state_u32(ss, out.as_mut_ptr(), n) };
    assert_eq!(status_of("ss_generate_state_u32", st), RNG_OK);
    out
}

fn spawn_key_of(ss: *const rng_seedseq) -> Vec<u64> {
    // SAFETY: a live handle; cap 0 asks for the length.
    let n = unsafe { ss_spawn_key(ss, null_mut(), 0) };
    let mut key = vec![0u64; n];
    // SAFETY: key has n values.
    assert_eq!(unsafe { ss_spawn_key(ss, key.as_mut_ptr(), n) }, n);
    key
}

// ---------------------------------------------------------------------------------------------
// What a valid handle must do

/// A live generator: its state JSON and binary checkpoint reload to the same state and stream,
/// a clone draws the same values, bulk fills equal single draws.
fn check_bitgen(bg: *mut rng_bitgen) {
    let json = bitgen_json(bg);
    let reloaded = bitgen_from_json(&json).expect("the library's own state JSON loads");
    assert_eq!(bitgen_json(reloaded), json, "state JSON is not a fixpoint");

    let saved = bitgen_save(bg);
    mark();
    // SAFETY: saved is a readable buffer.
    let restored = made("bitgen_state_load", unsafe {
        bitgen_state_load(saved.as_ptr(), saved.len())
    })
    .expect("the library's own checkpoint loads");
    assert_eq!(bitgen_save(restored), saved, "checkpoint is not a fixpoint");
    assert_eq!(bitgen_json(restored), json);

    // SAFETY: live handles throughout; buffers sized as passed.
    unsafe {
        mark();
        let clone = made("bitgen_clone", bitgen_clone(bg)).unwrap();
        let mut bulk = [0u64; 5];
        mark();
        let st = bitgen_fill_u64(clone, bulk.as_mut_ptr(), bulk.len());
        assert_eq!(status_of("bitgen_fill_u64", st), RNG_OK);
        let mut doubles = [0f64; 3];
        mark();
        let st = bitgen_fill_double(restored, doubles.as_mut_ptr(), doubles.len());
        assert_eq!(status_of("bitgen_fill_double", st), RNG_OK);
        for &b in &bulk {
            assert_eq!(
                bitgen_next_u64(reloaded),
                b,
                "reloaded state draws differently"
            );
        }
        for &d in &doubles {
            assert!((0.0..1.0).contains(&d));
        }
        // NULL buffer with n = 0 succeeds and draws nothing.
        mark();
        let st = bitgen_fill_u32(bg, null_mut(), 0);
        assert_eq!(status_of("bitgen_fill_u32", st), RNG_OK);
        assert_eq!(bitgen_json(bg), json, "a fill of 0 values moved the state");
        bitgen_free(clone);
        bitgen_free(reloaded);
        bitgen_free(restored);
    }
}

/// A live seed sequence: its state JSON, binary checkpoint and entropy text rebuild the same
/// sequence (same pool), and spawning extends the key by the counter.
fn check_ss(ss: *mut rng_seedseq) {
    let json = ss_json(ss);
    let state = json_value(&json);
    let pool = state["pool_size"].as_u64().unwrap() as usize;
    // SAFETY: a live handle.
    assert_eq!(unsafe { ss_pool_size(ss) }, pool);
    let words = generate_u32(ss, pool + 3);
    let key = spawn_key_of(ss);
    // SAFETY: a live handle.
    let spawned = unsafe { ss_n_children_spawned(ss) };
    assert_eq!(state["n_children_spawned"].as_u64(), Some(spawned));
    assert_eq!(
        state["spawn_key"],
        serde_json::Value::from(key.clone()),
        "spawn_key readback"
    );

    let reloaded = ss_from_json(&json).expect("the library's own seed-sequence JSON loads");
    assert_eq!(
        ss_json(reloaded),
        json,
        "seed-sequence JSON is not a fixpoint"
    );
    assert_eq!(generate_u32(reloaded, pool + 3), words);

    let saved = ss_save(ss);
    mark();
    // SAFETY: saved is a readable buffer.
    let restored = made("ss_state_load", unsafe {
        ss_state_load(saved.as_ptr(), saved.len())
    })
    .expect("the library's own checkpoint loads");
    assert_eq!(ss_save(restored), saved);
    assert_eq!(ss_json(restored), json);

    // The entropy text, with the other fields, is the full constructor's input.
    let entropy = CString::new(ss_entropy(ss)).unwrap();
    mark();
    // SAFETY: key has key.len() values; entropy is NUL-terminated.
    let rebuilt = made("ss_new_ex", unsafe {
        ss_new_ex(entropy.as_ptr(), key.as_ptr(), key.len(), pool, spawned)
    })
    .expect("the entropy text reads back");
    assert_eq!(ss_json(rebuilt), json);

    // Spawn one child from the reloaded copy (the original's counter stays).
    let mut child = [std::ptr::dangling_mut::<rng_seedseq>()];
    mark();
    // SAFETY: child has one slot.
    let st = unsafe { ss_spawn(reloaded, 1, child.as_mut_ptr()) };
    if spawned == u64::MAX {
        assert_eq!(status_of("ss_spawn", st), RNG_ERR_INVALID_ARGUMENT);
        assert_eq!(
            child[0],
            std::ptr::dangling_mut::<rng_seedseq>(),
            "ss_spawn wrote on failure"
        );
    } else {
        assert_eq!(status_of("ss_spawn", st), RNG_OK);
        let mut want = key.clone();
        want.push(spawned);
        assert_eq!(spawn_key_of(child[0]), want);
        // SAFETY: live handle.
        assert_eq!(unsafe { ss_n_children_spawned(reloaded) }, spawned + 1);
        assert_eq!(unsafe { ss_pool_size(child[0]) }, pool);
        // SAFETY: the child is ours.
        unsafe { ss_free(child[0]) };
    }
    // SAFETY: ours, freed once.
    unsafe {
        ss_free(reloaded);
        ss_free(restored);
        ss_free(rebuilt);
    }
}

// ---------------------------------------------------------------------------------------------
// Targets

/// `ss_new_str`: arbitrary text as entropy.
pub fn fuzz_ss_new_str(data: &[u8]) {
    let c = c_string(data);
    mark();
    // SAFETY: NUL-terminated.
    let Some(ss) = made("ss_new_str", unsafe { ss_new_str(c.as_ptr()) }) else {
        return;
    };
    let text = c.to_str().expect("non-UTF-8 entropy was accepted");
    assert!(
        text.chars()
            .all(|ch| ch.is_whitespace() || ch.is_ascii_hexdigit() || "x[],".contains(ch)),
        "accepted {text:?}, which has characters no integer or list of them has"
    );
    // Small plain numbers must mean what ss_new with one word means.
    let t = text.trim();
    let small = if t.len() <= 19 && t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse::<u64>().ok()
    } else {
        t.strip_prefix("0x")
            .filter(|h| h.len() <= 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u64::from_str_radix(h, 16).ok())
    };
    if let Some(v) = small {
        // SAFETY: one readable value.
        let one = unsafe { ss_new(&v, 1) };
        assert_eq!(ss_entropy(one), v.to_string());
        assert_eq!(generate_u32(one, 8), generate_u32(ss, 8));
        // SAFETY: ours.
        unsafe { ss_free(one) };
    }
    // The printed entropy is canonical: it reads back to itself and the same pool.
    let printed = CString::new(ss_entropy(ss)).unwrap();
    mark();
    // SAFETY: NUL-terminated.
    let again = made("ss_new_str", unsafe { ss_new_str(printed.as_ptr()) })
        .expect("the printed entropy reads back");
    assert_eq!(ss_entropy(again), printed.to_str().unwrap());
    assert_eq!(generate_u32(again, 8), generate_u32(ss, 8));
    // SAFETY: a live handle.
    assert_eq!(unsafe { ss_pool_size(ss) }, 4);
    check_ss(ss);
    // SAFETY: ours.
    unsafe {
        ss_free(again);
        ss_free(ss);
    }
}

/// A generator of algorithm `NAMES[i]` from a fixed seed, to apply `bitgen_set_state_json` to.
fn generator(i: usize) -> *mut rng_bitgen {
    // SAFETY: one readable value; the generator shares the sequence, which we then drop.
    unsafe {
        let ss = ss_new(&7, 1);
        let g = NEW[i].1(ss);
        ss_free(ss);
        assert!(!g.is_null());
        g
    }
}

fn hash(data: &[u8]) -> usize {
    data.iter()
        .fold(0usize, |h, &b| h.wrapping_mul(31).wrapping_add(b.into()))
}

/// `bitgen_from_state_json` and `bitgen_set_state_json`: arbitrary text as NumPy's state dict.
pub fn fuzz_bitgen_state_json(data: &[u8]) {
    let c = c_string(data);
    mark();
    // SAFETY: NUL-terminated.
    let loaded = made("bitgen_from_state_json", unsafe {
        bitgen_from_state_json(c.as_ptr())
    });
    let dump = loaded.map(|bg| bitgen_json(bg));
    if let Some(dump) = &dump {
        // Accepted numbers are plain digits, so the canonical dump is the same JSON value.
        let input = serde_json::from_str::<serde_json::Value>(c.to_str().unwrap());
        assert_eq!(
            input.ok(),
            Some(json_value(dump)),
            "dump differs from input"
        );
    }
    let name = dump
        .as_deref()
        .map(|d| json_value(d)["bit_generator"].as_str().unwrap().to_owned());
    // Setting the state: accepted by the handle of the JSON's algorithm only; a refusal leaves
    // the handle as it was. Tried on that algorithm's handle and on one other the input picks.
    let own = name
        .as_deref()
        .map(|n| NAMES.iter().position(|&x| x == n).unwrap());
    let other = hash(data) % NAMES.len();
    for i in own.into_iter().chain((own != Some(other)).then_some(other)) {
        let g = generator(i);
        let before = bitgen_json(g);
        // SAFETY: a live handle.
        let own = unsafe { CStr::from_ptr(bitgen_name(g)) }.to_str().unwrap();
        mark();
        // SAFETY: live handle, NUL-terminated text.
        let st = unsafe { bitgen_set_state_json(g, c.as_ptr()) };
        if name.as_deref() == Some(own) {
            assert_eq!(status_of("bitgen_set_state_json", st), RNG_OK);
            assert_eq!(Some(bitgen_json(g)), dump);
        } else {
            assert_eq!(
                status_of("bitgen_set_state_json", st),
                RNG_ERR_INVALID_ARGUMENT
            );
            assert_eq!(bitgen_json(g), before, "a refused state changed the handle");
        }
        // SAFETY: ours.
        unsafe { bitgen_free(g) };
    }
    if let Some(bg) = loaded {
        // SAFETY: a live handle.
        let ss = unsafe { bitgen_seedseq(bg) };
        assert!(
            ss.is_null(),
            "a generator from state JSON has no seed sequence"
        );
        check_bitgen(bg);
        // SAFETY: ours.
        unsafe { bitgen_free(bg) };
    }
}

/// `ss_from_state_json`: arbitrary text as NumPy's `SeedSequence.state`.
pub fn fuzz_ss_state_json(data: &[u8]) {
    let c = c_string(data);
    mark();
    // SAFETY: NUL-terminated.
    let Some(ss) = made("ss_from_state_json", unsafe {
        ss_from_state_json(c.as_ptr())
    }) else {
        return;
    };
    let input = serde_json::from_str::<serde_json::Value>(c.to_str().unwrap());
    assert_eq!(
        input.ok(),
        Some(json_value(&ss_json(ss))),
        "dump differs from input"
    );
    check_ss(ss);
    // SAFETY: ours.
    unsafe { ss_free(ss) };
}

const MAGIC: &[u8; 8] = b"RNDSTRM\0";

pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The checkpoint the fuzzer meant: with the first byte odd, the rest is kind, algorithm and
/// flags (12 bytes) and a payload, framed here with magic, version, length and checksum, which
/// mutation alone would almost never get right; with it even, the rest is taken as it is.
fn checkpoint_bytes(data: &[u8]) -> Vec<u8> {
    match data.split_first() {
        Some((mode, rest)) if mode & 1 == 1 && rest.len() >= 12 => {
            let mut v = MAGIC.to_vec();
            v.extend_from_slice(&1u32.to_le_bytes());
            v.extend_from_slice(&rest[..12]);
            v.extend_from_slice(&((rest.len() - 12) as u64).to_le_bytes());
            v.extend_from_slice(&rest[12..]);
            let sum = fnv1a(&v);
            v.extend_from_slice(&sum.to_le_bytes());
            v
        }
        Some((_, rest)) => rest.to_vec(),
        None => Vec::new(),
    }
}

/// The loader rejects damaged copies of an accepted checkpoint (FNV-1a changes with any one
/// byte) and any truncation; `pick` chooses which byte, from the input.
fn check_damage<T>(
    function: &str,
    load: unsafe extern "C" fn(*const u8, usize) -> *mut T,
    good: &[u8],
    pick: usize,
) {
    let mut bad = good.to_vec();
    let i = pick % bad.len();
    bad[i] ^= 1 << (pick % 8);
    for bytes in [&bad[..], &good[..i]] {
        mark();
        // SAFETY: readable buffer.
        assert!(made(function, unsafe { load(bytes.as_ptr(), bytes.len()) }).is_none());
    }
}

/// Checkpoint loading: `load`, then `save` and the checks of the loaded handle; the saved form
/// is canonical (never longer than the input, equal to it when as long) and a fixpoint.
fn checkpoint<T>(
    data: &[u8],
    function: &str,
    load: unsafe extern "C" fn(*const u8, usize) -> *mut T,
    save: impl Fn(*const T) -> Vec<u8>,
    check: impl Fn(*mut T),
    free: unsafe extern "C" fn(*mut T),
) {
    let bytes = checkpoint_bytes(data);
    mark();
    // SAFETY: n == 0 accepts NULL; the NULL path must fail cleanly.
    assert!(made(function, unsafe { load(null(), bytes.len().max(1)) }).is_none());
    mark();
    // SAFETY: a readable buffer (a dangling pointer is fine for n == 0).
    let Some(h) = made(function, unsafe { load(bytes.as_ptr(), bytes.len()) }) else {
        return;
    };
    let saved = save(h.cast_const());
    assert!(saved.len() <= bytes.len(), "save is longer than its input");
    if saved.len() == bytes.len() {
        assert_eq!(
            saved, bytes,
            "a canonical-length checkpoint saved differently"
        );
    }
    mark();
    // SAFETY: readable buffer.
    let again = made(function, unsafe { load(saved.as_ptr(), saved.len()) })
        .expect("the library's own checkpoint loads");
    assert_eq!(save(again.cast_const()), saved);
    check_damage(function, load, &saved, hash(data));
    check(h);
    // SAFETY: ours.
    unsafe {
        free(again);
        free(h);
    }
}

/// `bitgen_state_load`: arbitrary bytes (or payloads, see `checkpoint_bytes`).
pub fn fuzz_bitgen_checkpoint(data: &[u8]) {
    checkpoint(
        data,
        "bitgen_state_load",
        bitgen_state_load,
        bitgen_save,
        |bg| {
            // SAFETY: a live handle.
            let ss = unsafe { bitgen_seedseq(bg) };
            if !ss.is_null() {
                check_ss(ss);
                // SAFETY: ours.
                unsafe { ss_free(ss) };
            }
            check_bitgen(bg);
        },
        bitgen_free,
    );
}

/// `ss_state_load`: arbitrary bytes (or payloads, see `checkpoint_bytes`).
pub fn fuzz_ss_checkpoint(data: &[u8]) {
    checkpoint(
        data,
        "ss_state_load",
        ss_state_load,
        ss_save,
        check_ss,
        ss_free,
    );
}

// ---------------------------------------------------------------------------------------------
// Constructors, driven by a byte stream

/// Hand-rolled decoding of the fuzz input (zeros once it runs out), so the regression test
/// needs no extra crate.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }
    fn u64(&mut self) -> u64 {
        (0..8).fold(0, |v, i| v | u64::from(self.u8()) << (8 * i))
    }
    fn u32(&mut self) -> u32 {
        self.u64() as u32
    }
    fn text(&mut self) -> CString {
        let n = usize::from(self.u8() % 48);
        let take = n.min(self.0.len());
        let (t, rest) = self.0.split_at(take);
        self.0 = rest;
        c_string(t)
    }
}

/// What `ss_new_str` must make of the same numbers: NumPy's int for one u64 word, else a list.
fn list_text<T: ToString>(words: &[T]) -> CString {
    let items: Vec<String> = words.iter().map(T::to_string).collect();
    CString::new(format!("[{}]", items.join(", "))).unwrap()
}

fn same_sequence(a: *const rng_seedseq, b: *const rng_seedseq) {
    assert_eq!(ss_json(a), ss_json(b));
    assert_eq!(generate_u32(a, 9), generate_u32(b, 9));
}

/// A pointer to `v`'s values, or NULL for an empty `v` when `null_if_empty`.
fn ptr_or_null<T>(v: &[T], null_if_empty: bool) -> *const T {
    if v.is_empty() && null_if_empty {
        null()
    } else {
        v.as_ptr()
    }
}

unsafe extern "C" fn counter_u64(state: *mut c_void) -> u64 {
    // SAFETY: the state is the u64 the target passed.
    let s = unsafe { &mut *(state as *mut u64) };
    *s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
    *s
}

const NAMES: [&str; 5] = ["PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"];
type NewFn = unsafe extern "C" fn(*mut rng_seedseq) -> *mut rng_bitgen;
const NEW: [(&str, NewFn); 5] = [
    ("pcg64_new", pcg64_new),
    ("pcg64dxsm_new", pcg64dxsm_new),
    ("mt19937_new", mt19937_new),
    ("philox_new", philox_new),
    ("sfc64_new", sfc64_new),
];

/// Up to eight constructor calls with arguments from `data`.
pub fn fuzz_constructors(data: &[u8]) {
    let mut b = Bytes(data);
    for _ in 0..8 {
        if b.0.is_empty() {
            break;
        }
        // SAFETY: every pointer passed below points to as many values as its count says.
        unsafe { construct(&mut b) }
    }
}

unsafe fn construct(b: &mut Bytes) {
    let op = b.u8();
    // SAFETY (whole function): every buffer passed is a live Vec/array of the length given.
    unsafe {
        match op % 10 {
            0 => {
                let words: Vec<u64> = (0..b.u8() % 9).map(|_| b.u64()).collect();
                mark();
                let ss = made(
                    "ss_new",
                    ss_new(ptr_or_null(&words, op & 16 != 0), words.len()),
                )
                .expect("ss_new takes any words");
                let text = match words[..] {
                    [one] => CString::new(one.to_string()).unwrap(),
                    _ => list_text(&words),
                };
                let by_text = ss_new_str(text.as_ptr());
                same_sequence(ss, by_text);
                check_ss(ss);
                ss_free(by_text);
                ss_free(ss);
            }
            1 => {
                let words: Vec<u32> = (0..b.u8() % 9).map(|_| b.u32()).collect();
                mark();
                let ss = made(
                    "ss_new_u32",
                    ss_new_u32(ptr_or_null(&words, op & 16 != 0), words.len()),
                )
                .expect("ss_new_u32 takes any words");
                let text = list_text(&words);
                let by_text = ss_new_str(text.as_ptr());
                same_sequence(ss, by_text);
                ss_free(by_text);
                ss_free(ss);
            }
            2 => {
                let entropy = (op & 16 == 0).then(|| b.text());
                let key: Vec<u64> = (0..b.u8() % 5).map(|_| b.u64()).collect();
                // A NULL key with a non-zero count must be refused.
                let null_key = op & 32 != 0;
                let pool_size = b.u64() as usize;
                let spawned = b.u64();
                let e_ptr = entropy.as_ref().map_or(null(), |e| e.as_ptr());
                let k_ptr = if null_key { null() } else { key.as_ptr() };
                mark();
                let made_ss = made(
                    "ss_new_ex",
                    ss_new_ex(e_ptr, k_ptr, key.len(), pool_size, spawned),
                );
                if pool_size < 4 || (null_key && !key.is_empty()) {
                    assert!(made_ss.is_none());
                }
                let Some(ss) = made_ss else { return };
                assert_eq!(ss_pool_size(ss), pool_size);
                assert_eq!(ss_n_children_spawned(ss), spawned);
                assert_eq!(spawn_key_of(ss), key);
                if let Some(e) = &entropy {
                    let plain = ss_new_str(e.as_ptr());
                    assert!(
                        !plain.is_null(),
                        "ss_new_ex took entropy ss_new_str refuses"
                    );
                    assert_eq!(ss_entropy(ss), ss_entropy(plain));
                    ss_free(plain);
                }
                check_ss(ss);
                ss_free(ss);
            }
            3 => {
                mark();
                let ss = made("ss_new_os", ss_new_os()).expect("OS entropy");
                let e = ss_entropy(ss);
                assert!(
                    e.bytes().all(|c| c.is_ascii_digit()) && e.len() <= 39,
                    "{e}"
                );
                assert_eq!(ss_pool_size(ss), 4);
                ss_free(ss);
            }
            4 => {
                let name = b.text();
                let seed = b.u64();
                let ss = if op & 16 != 0 {
                    null_mut()
                } else {
                    ss_new(&seed, 1)
                };
                mark();
                let bg = made("bitgen_new", bitgen_new(name.as_ptr(), ss));
                let known = NAMES.iter().position(|n| n.as_bytes() == name.as_bytes());
                match (bg, known) {
                    (Some(bg), Some(i)) => {
                        assert!(!ss.is_null());
                        let (f, new) = NEW[i];
                        mark();
                        let direct = made(f, new(ss)).unwrap();
                        assert_eq!(bitgen_json(bg), bitgen_json(direct));
                        assert_eq!(CStr::from_ptr(bitgen_name(bg)).to_bytes(), name.as_bytes());
                        let back = bitgen_seedseq(bg);
                        same_sequence(back, ss);
                        check_bitgen(bg);
                        ss_free(back);
                        bitgen_free(direct);
                        bitgen_free(bg);
                    }
                    (None, _) => {
                        assert!(
                            ss.is_null() || known.is_none(),
                            "bitgen_new refused a valid call"
                        );
                        let (f, new) = NEW[usize::from(op >> 5) % 5];
                        mark();
                        let g = new(ss);
                        assert_eq!(made(f, g).is_some(), !ss.is_null());
                        bitgen_free(g);
                    }
                    (Some(_), None) => panic!("bitgen_new accepted {name:?}"),
                }
                ss_free(ss);
            }
            5 => {
                let key = [b.u64(), b.u64()];
                let counter = [b.u64(), b.u64(), b.u64(), b.u64()];
                let c_ptr = if op & 16 != 0 {
                    null()
                } else {
                    counter.as_ptr()
                };
                let k_ptr = if op & 32 != 0 { null() } else { key.as_ptr() };
                mark();
                let bg = made("philox_new_key", philox_new_key(k_ptr, c_ptr));
                assert_eq!(bg.is_some(), !k_ptr.is_null());
                let Some(bg) = bg else { return };
                let state = json_value(&bitgen_json(bg));
                assert_eq!(state["state"]["key"], serde_json::Value::from(key.to_vec()));
                let want = if c_ptr.is_null() { [0; 4] } else { counter };
                assert_eq!(
                    state["state"]["counter"],
                    serde_json::Value::from(want.to_vec())
                );
                jumps(bg, "philox_jumped", philox_jumped, b.u64());
                check_bitgen(bg);
                bitgen_free(bg);
            }
            6 => {
                mark();
                let bg = made("mt19937_new_legacy", mt19937_new_legacy(b.u32())).unwrap();
                // An MT19937 jump costs a millisecond, a third of a second under the fuzzer's
                // instrumentation: about one op in forty jumps, and by 0 or 1.
                if op & 64 != 0 && op & 128 != 0 {
                    jumps(bg, "mt19937_jumped", mt19937_jumped, b.u64() % 2);
                }
                check_bitgen(bg);
                bitgen_free(bg);
            }
            7 => {
                let seeds: Vec<u32> = (0..b.u8() % 9).map(|_| b.u32()).collect();
                let p = ptr_or_null(&seeds, op & 16 != 0);
                mark();
                let bg = made(
                    "mt19937_new_legacy_array",
                    mt19937_new_legacy_array(p, seeds.len()),
                );
                assert_eq!(bg.is_some(), !seeds.is_empty());
                if let Some(bg) = bg {
                    check_bitgen(bg);
                    bitgen_free(bg);
                }
            }
            8 => {
                let mut state = b.u64();
                let f = (op & 16 == 0)
                    .then_some(counter_u64 as unsafe extern "C" fn(*mut c_void) -> u64);
                mark();
                let bg = made(
                    "bitgen_new_user",
                    bitgen_new_user((&raw mut state).cast(), f, None, None),
                );
                assert_eq!(bg.is_some(), f.is_some());
                let Some(bg) = bg else { return };
                let mut expect = state;
                let mut out = [0u64; 3];
                mark();
                assert_eq!(
                    status_of("bitgen_fill_u64", bitgen_fill_u64(bg, out.as_mut_ptr(), 3)),
                    RNG_OK
                );
                for o in out {
                    assert_eq!(o, counter_u64((&raw mut expect).cast()));
                }
                // A user generator has no state to save or clone.
                mark();
                assert_eq!(bitgen_state_json(bg, null_mut(), 0), 0);
                failed("bitgen_state_json");
                mark();
                assert!(made("bitgen_clone", bitgen_clone(bg)).is_none());
                bitgen_free(bg);
            }
            _ => {
                // Spawning: children from a sequence whose counter comes from the input, so
                // that overflow is reached.
                let n = usize::from(b.u8() % 5);
                let spawned = b.u64();
                let seed = b.u64();
                let entropy = list_text(&[seed]);
                let ss = ss_new_ex(entropy.as_ptr(), null(), 0, 4, spawned);
                let (f, new) = NEW[usize::from(op >> 5) % 5];
                mark();
                let bg = made(f, new(ss)).unwrap();
                let mut kids = vec![std::ptr::dangling_mut::<rng_bitgen>(); n];
                mark();
                let st = status_of("bitgen_spawn", bitgen_spawn(bg, n, kids.as_mut_ptr()));
                if spawned.checked_add(n as u64).is_none() {
                    assert_eq!(st, RNG_ERR_INVALID_ARGUMENT);
                    assert!(
                        kids.iter()
                            .all(|&k| k == std::ptr::dangling_mut::<rng_bitgen>())
                    );
                    assert_eq!(ss_n_children_spawned(ss), spawned);
                } else {
                    assert_eq!(st, RNG_OK);
                    assert_eq!(ss_n_children_spawned(ss), spawned + n as u64);
                    for (i, &k) in kids.iter().enumerate() {
                        let kss = bitgen_seedseq(k);
                        assert_eq!(spawn_key_of(kss), [spawned + i as u64]);
                        check_bitgen(k);
                        ss_free(kss);
                        bitgen_free(k);
                    }
                }
                bitgen_free(bg);
                ss_free(ss);
            }
        }
    }
}

/// `<alg>_jumped`: a new handle with the state moved on, the original untouched; a handle of
/// another algorithm is refused.
unsafe fn jumps(
    bg: *mut rng_bitgen,
    function: &str,
    f: unsafe extern "C" fn(*const rng_bitgen, u64) -> *mut rng_bitgen,
    n: u64,
) {
    let before = bitgen_json(bg);
    mark();
    // SAFETY: a live handle.
    let j = made(function, unsafe { f(bg, n) }).expect("jumped");
    assert_eq!(bitgen_json(bg), before);
    if n == 0 {
        // Philox's jump empties its buffer, but 0 jumps must not move the state itself.
        let (a, c) = (json_value(&before), json_value(&bitgen_json(j)));
        assert_eq!(a["state"], c["state"], "{function}(0) moved the state");
    }
    check_bitgen(j);
    // SAFETY: ours.
    unsafe { bitgen_free(j) };
    // SAFETY: a live SFC64 handle.
    unsafe {
        let ss = ss_new(&1, 1);
        let other = sfc64_new(ss);
        mark();
        assert!(made(function, f(other, n)).is_none());
        bitgen_free(other);
        ss_free(ss);
    }
}
