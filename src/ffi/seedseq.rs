//! `ss_*`: NumPy's `SeedSequence` from C.

use super::boundary::{
    free_handle, handle, input, into_handle, output, status, text, value, write_text,
};
use super::rng_seedseq;
use crate::seed_sequence::{DEFAULT_POOL_SIZE, Entropy, SeedSequence};
use std::ffi::c_char;
use std::ptr::null_mut;
use std::sync::Arc;

fn new_handle(ss: SeedSequence) -> *mut rng_seedseq {
    into_handle(rng_seedseq { ss: Arc::new(ss) })
}

/// @brief `SeedSequence([e0, e1, ...])`; with `n == 1`, `SeedSequence(e0)` (the same numbers).
///
/// @param entropy `n` integers below 2^64 (NULL allowed when `n == 0`: `SeedSequence([])`).
/// @return a new handle, owned by the caller (release with #ss_free), or NULL on failure
///         (see #rng_last_error).
///
/// # Safety
/// `entropy` points to `n` readable values (or `n == 0`).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_new(entropy: *const u64, n: usize) -> *mut rng_seedseq {
    value("ss_new", null_mut(), || {
        // SAFETY: forwarded contract.
        let words = unsafe { input(entropy, n, "entropy") }?;
        Ok(new_handle(SeedSequence::from_u64s(words)))
    })
}

/// @brief `SeedSequence(np.array(words, dtype=np.uint32))`.
///
/// @return a new handle owned by the caller (release with #ss_free), or NULL on failure.
///
/// # Safety
/// `words` points to `n` readable values (or `n == 0`).
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_new_u32(words: *const u32, n: usize) -> *mut rng_seedseq {
    value("ss_new_u32", null_mut(), || {
        // SAFETY: forwarded contract.
        let words = unsafe { input(words, n, "words") }?;
        Ok(new_handle(SeedSequence::from_u32_words(words)))
    })
}

/// @brief `SeedSequence(entropy)` for entropy written as text.
///
/// @param entropy a non-negative integer of any size, decimal or `0x`-hex
///        (`"12345"`, `"0x8c3c010cb4754c905776bdac5ee7501"`), or a list of them in brackets
///        (`"[3, 0x8c3c010cb4754c905776bdac5ee7501]"`, `"[]"`): what the same int or list of
///        ints means to NumPy. Negative numbers, nested lists and other text are rejected.
/// @return a new handle owned by the caller (release with #ss_free), or NULL on failure.
///
/// # Safety
/// `entropy` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_new_str(entropy: *const c_char) -> *mut rng_seedseq {
    value("ss_new_str", null_mut(), || {
        // SAFETY: forwarded contract.
        let t = unsafe { text(entropy, "entropy") }?;
        Ok(new_handle(SeedSequence::new(Entropy::parse(t)?)))
    })
}

/// @brief `SeedSequence()`: 128 bits of entropy from the operating system.
///
/// Log #ss_entropy_str of the result to be able to replay the run.
/// @return a new handle owned by the caller (release with #ss_free), or NULL when the OS gives
///         no entropy (#RNG_ERR_ENTROPY_UNAVAILABLE).
#[unsafe(no_mangle)]
#[must_use]
pub extern "C" fn ss_new_os() -> *mut rng_seedseq {
    value("ss_new_os", null_mut(), || {
        Ok(new_handle(SeedSequence::from_os_entropy(
            DEFAULT_POOL_SIZE,
        )?))
    })
}

/// @brief The full constructor: `SeedSequence(entropy, spawn_key=(k0, ...),
///        pool_size=pool_size, n_children_spawned=n_children_spawned)`.
///
/// @param entropy text as for #ss_new_str, or NULL for OS entropy (`pool_size * 32` bits, as
///        NumPy).
/// @param spawn_key `n_key` key elements (NULL allowed when `n_key == 0`).
/// @param pool_size the number of 32-bit words in the pool, 4 to 1024 (NumPy's default is 4;
///        NumPy has no maximum, but mixing a pool costs `pool_size²`).
/// @return a new handle owned by the caller (release with #ss_free), or NULL on failure.
///
/// # Safety
/// `entropy` is NULL or a NUL-terminated string; `spawn_key` points to `n_key` readable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_new_ex(
    entropy: *const c_char,
    spawn_key: *const u64,
    n_key: usize,
    pool_size: usize,
    n_children_spawned: u64,
) -> *mut rng_seedseq {
    value("ss_new_ex", null_mut(), || {
        // SAFETY: forwarded contract.
        let key = unsafe { input(spawn_key, n_key, "spawn_key") }?;
        let ss = if entropy.is_null() {
            let os = SeedSequence::from_os_entropy(pool_size)?;
            SeedSequence::with_options(os.entropy().clone(), key, pool_size, n_children_spawned)?
        } else {
            // SAFETY: forwarded contract.
            let e = Entropy::parse(unsafe { text(entropy, "entropy") }?)?;
            SeedSequence::with_options(e, key, pool_size, n_children_spawned)?
        };
        Ok(new_handle(ss))
    })
}

/// @brief `ss.spawn(n)`: writes `n` new child handles to `children` and advances the spawn
///        counter by `n`.
///
/// Each child is owned by the caller (release each with #ss_free). Nothing is written on
/// failure. Spawning from several threads through one shared sequence is safe; each child key is
/// handed out once.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER, #RNG_ERR_INVALID_ARGUMENT (counter overflow, or `n`
///         too large).
///
/// # Safety
/// `ss` is NULL or a live handle; `children` points to `n` writable pointers.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_spawn(
    ss: *mut rng_seedseq,
    n: usize,
    children: *mut *mut rng_seedseq,
) -> i32 {
    status("ss_spawn", || {
        // SAFETY: forwarded contract.
        let parent = unsafe { handle(ss, "ss") }?;
        // SAFETY: forwarded contract.
        let out = unsafe { output(children, n, "children") }?;
        for (slot, child) in out.iter_mut().zip(parent.ss.spawn(n)?) {
            *slot = new_handle(child);
        }
        Ok(())
    })
}

/// @brief `ss.generate_state(n, np.uint32)`; does not change the sequence.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `ss` is NULL or a live handle; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_generate_state_u32(
    ss: *const rng_seedseq,
    out: *mut u32,
    n: usize,
) -> i32 {
    status("ss_generate_state_u32", || {
        // SAFETY: forwarded contract.
        let (s, out) = unsafe { (handle(ss, "ss")?, output(out, n, "out")?) };
        s.ss.generate_state_u32(out);
        Ok(())
    })
}

/// @brief `ss.generate_state(n, np.uint64)` (pairs of 32-bit words, low word first).
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `ss` is NULL or a live handle; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_generate_state_u64(
    ss: *const rng_seedseq,
    out: *mut u64,
    n: usize,
) -> i32 {
    status("ss_generate_state_u64", || {
        // SAFETY: forwarded contract.
        let (s, out) = unsafe { (handle(ss, "ss")?, output(out, n, "out")?) };
        s.ss.generate_state_u64(out);
        Ok(())
    })
}

/// @brief `ss.n_children_spawned`; 0 for a NULL handle.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_n_children_spawned(ss: *const rng_seedseq) -> u64 {
    value("ss_n_children_spawned", 0, || {
        // SAFETY: forwarded contract.
        Ok(unsafe { handle(ss, "ss") }?.ss.n_children_spawned())
    })
}

/// @brief `ss.pool_size`; 0 for a NULL handle.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_pool_size(ss: *const rng_seedseq) -> usize {
    value("ss_pool_size", 0, || {
        // SAFETY: forwarded contract.
        Ok(unsafe { handle(ss, "ss") }?.ss.pool_size())
    })
}

/// @brief `ss.spawn_key`: writes the first `min(length, cap)` elements to `out` and returns the
///        key's length (call with `cap == 0` to ask for it).
/// @return the key's length, or 0 after a failure (NULL `ss`, or NULL `out` with `cap > 0`),
///         when nothing is written.
///
/// # Safety
/// `ss` is NULL or a live handle; `out` points to `cap` writable values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_spawn_key(ss: *const rng_seedseq, out: *mut u64, cap: usize) -> usize {
    value("ss_spawn_key", 0, || {
        // SAFETY: forwarded contract.
        let (s, out) = unsafe { (handle(ss, "ss")?, output(out, cap, "out")?) };
        let key = s.ss.spawn_key();
        let n = key.len().min(out.len());
        out[..n].copy_from_slice(&key[..n]);
        Ok(key.len())
    })
}

/// @brief The entropy as text NumPy would print (`12345` or `[1, 2, 3]`), which #ss_new_str
///        and #ss_new_ex read back; log it to replay an OS-seeded run.
///
/// snprintf semantics: writes at most `cap - 1` characters and a NUL (nothing when `cap == 0`,
/// when `buf` may be NULL) and returns the length of the whole text.
/// @return the text's length, or 0 after a failure (NULL `ss`; NULL `buf` with `cap > 0`).
///
/// # Safety
/// `ss` is NULL or a live handle; `buf` points to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_entropy_str(
    ss: *const rng_seedseq,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    value("ss_entropy_str", 0, || {
        // SAFETY: forwarded contract.
        let s = unsafe { handle(ss, "ss") }?;
        // SAFETY: forwarded contract.
        unsafe { write_text(&s.ss.entropy().to_string(), buf, cap, "buf") }
    })
}

/// @brief Releases a seed sequence handle. Generators made from it keep their shared copy.
///        `ss_free(NULL)` does nothing.
///
/// A pointer detected not to be a live seed sequence handle (an `rng_bitgen`, or a handle
/// already freed) is not freed: #rng_last_error says so. Detecting a freed handle is best
/// effort.
///
/// # Safety
/// `ss` is NULL or a live handle from this library, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_free(ss: *mut rng_seedseq) {
    // SAFETY: forwarded contract.
    unsafe { free_handle("ss_free", ss, "ss") }
}

pub(crate) fn clone_ss(ss: &Arc<SeedSequence>) -> *mut rng_seedseq {
    into_handle(rng_seedseq { ss: ss.clone() })
}
