//! Checkpoints from C: NumPy's state dict as JSON (`bitgen_state_json`, ...) and binary restart
//! files (`bitgen_state_save`, ...), for generators and seed sequences.

use super::boundary::{
    Fail, FfiResult, handle, handle_mut, input, into_handle, output, status, text, value,
    write_text,
};
use super::{Source, rng_bitgen, rng_seedseq};
use crate::BitGenerator;
use crate::state;
use std::ffi::c_char;
use std::ptr::null_mut;
use std::sync::Arc;

/// Writes `bytes` to the caller's buffer with the size-query pattern.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes; `out_len` is NULL or writable.
unsafe fn write_bytes(
    bytes: &[u8],
    buf: *mut u8,
    cap: usize,
    out_len: *mut usize,
) -> FfiResult<()> {
    // SAFETY: forwarded contract.
    let len = unsafe { out_len.as_mut() }.ok_or_else(|| Fail::null("out_len"))?;
    if cap == 0 && buf.is_null() {
        *len = bytes.len();
        return Ok(());
    }
    // Checked before anything is written: a NULL `buf` or an overflowing `cap` leaves `*out_len`
    // alone too.
    // SAFETY: forwarded contract.
    let out = unsafe { output(buf, cap, "buf") }?;
    *len = bytes.len();
    let Some(dest) = out.get_mut(..bytes.len()) else {
        return Err(Fail::too_small(format!(
            "the checkpoint needs {} bytes, the buffer has {cap}",
            bytes.len()
        )));
    };
    dest.copy_from_slice(bytes);
    Ok(())
}

/// @brief NumPy's `bit_generator.state` as JSON text, exactly as Python's
///        `json.dumps(bg.state)` writes it with arrays turned into lists; in Python,
///        `bg.state = json.loads(text)` continues the identical stream.
///
/// snprintf semantics: writes at most `cap - 1` characters and a NUL (nothing when `cap == 0`,
/// when `buf` may be NULL) and returns the length of the whole text.
/// @return the text's length, or 0 after a failure (NULL `bg`; NULL `buf` with `cap > 0`; a
///         user generator).
///
/// # Safety
/// `bg` is NULL or a live handle; `buf` points to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_state_json(
    bg: *const rng_bitgen,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    value("bitgen_state_json", 0, || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle(bg, "bg") }?.native("save its state")?;
        // SAFETY: forwarded contract.
        unsafe { write_text(&state::core_to_json(g.core()), buf, cap, "buf") }
    })
}

/// @brief A new generator from NumPy's state dict as JSON (what #bitgen_state_json writes, or
///        `json.dumps(bg.state)` in Python with arrays as lists), for any of the five
///        algorithms named by its `"bit_generator"` key.
///
/// Strict: every key NumPy writes must be present with an integer in range, nothing else may
/// be, arrays must have NumPy's lengths, `buffer_pos` <= 4, MT19937 `pos` <= 624 and its key not
/// all zero; the message names the field. The generator has no seed sequence.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL on failure.
///
/// # Safety
/// `json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_from_state_json(json: *const c_char) -> *mut rng_bitgen {
    value("bitgen_from_state_json", null_mut(), || {
        // SAFETY: forwarded contract.
        let core = state::core_from_json(unsafe { text(json, "json") }?)?;
        Ok(into_handle(rng_bitgen {
            src: Source::Native(BitGenerator::from_core(core)),
        }))
    })
}

/// @brief NumPy's `bg.state = json.loads(text)`: replaces the state of `bg` (which must be of
///        the algorithm the JSON names); its seed sequence and spawn counter are kept, as in
///        NumPy. Validated as #bitgen_from_state_json; on failure `bg` is unchanged.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER, #RNG_ERR_INVALID_ARGUMENT or #RNG_ERR_UNSUPPORTED
///         (a user generator).
///
/// # Safety
/// `bg` is NULL or a live handle; `json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_set_state_json(bg: *mut rng_bitgen, json: *const c_char) -> i32 {
    status("bitgen_set_state_json", || {
        // SAFETY: forwarded contract.
        let (g, t) = unsafe { (handle_mut(bg, "bg")?, text(json, "json")?) };
        let g = g.native_mut("set its state")?;
        let core = state::core_from_json(t)?;
        let (want, got) = (
            g.algorithm(),
            BitGenerator::from_core(core.clone()).algorithm(),
        );
        if want != got {
            return Err(Fail::invalid(format!(
                "state JSON: bit_generator: the state is for {}, the handle is {}",
                got.name(),
                want.name()
            )));
        }
        g.set_core(core);
        Ok(())
    })
}

/// @brief A binary checkpoint of `bg` for restart files: fixed little-endian layout (magic,
///        format version, algorithm, state, checksum; see README "Checkpoint and restart"),
///        including its seed sequence and spawn counter when it has one.
///
/// Size query: with `buf == NULL` and `cap == 0`, only `*out_len` is set. Otherwise `*out_len`
/// gets the size and, if `cap` is large enough, the bytes are written.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER, #RNG_ERR_BUFFER_TOO_SMALL (nothing written but
///         `*out_len`) or #RNG_ERR_UNSUPPORTED (a user generator).
///
/// # Safety
/// `bg` is NULL or a live handle; `buf` points to `cap` writable bytes; `out_len` is writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_state_save(
    bg: *const rng_bitgen,
    buf: *mut u8,
    cap: usize,
    out_len: *mut usize,
) -> i32 {
    status("bitgen_state_save", || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle(bg, "bg") }?.native("save its state")?;
        // SAFETY: forwarded contract.
        unsafe { write_bytes(&state::save_bit_generator(g), buf, cap, out_len) }
    })
}

/// @brief A new generator from #bitgen_state_save's bytes, with its seed sequence if one was
///        saved (take it with #bitgen_seedseq to keep spawning through one shared counter).
///        Truncated, corrupted, wrong-version and wrong-kind bytes are rejected.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL on failure.
///
/// # Safety
/// `bytes` points to `n` readable bytes.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_state_load(bytes: *const u8, n: usize) -> *mut rng_bitgen {
    value("bitgen_state_load", null_mut(), || {
        // SAFETY: forwarded contract.
        let b = unsafe { input(bytes, n, "bytes") }?;
        Ok(into_handle(rng_bitgen {
            src: Source::Native(state::load_bit_generator(b)?),
        }))
    })
}

/// @brief NumPy's `ss.state` as JSON (`{"entropy": ..., "spawn_key": [...], "pool_size": ...,
///        "n_children_spawned": ...}`): `SeedSequence(**json.loads(text))` rebuilds it in Python,
///        spawn counter included. snprintf semantics as #bitgen_state_json.
/// @return the text's length, or 0 after a failure.
///
/// # Safety
/// `ss` is NULL or a live handle; `buf` points to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ss_state_json(
    ss: *const rng_seedseq,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    value("ss_state_json", 0, || {
        // SAFETY: forwarded contract.
        let s = unsafe { handle(ss, "ss") }?;
        // SAFETY: forwarded contract.
        unsafe { write_text(&state::seed_sequence_to_json(&s.ss), buf, cap, "buf") }
    })
}

/// @brief A new seed sequence from #ss_state_json's text (strictly validated).
/// @return a new handle owned by the caller (release with #ss_free), or NULL on failure.
///
/// # Safety
/// `json` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_from_state_json(json: *const c_char) -> *mut rng_seedseq {
    value("ss_from_state_json", null_mut(), || {
        // SAFETY: forwarded contract.
        let ss = state::seed_sequence_from_json(unsafe { text(json, "json") }?)?;
        Ok(into_handle(rng_seedseq { ss: Arc::new(ss) }))
    })
}

/// @brief A binary checkpoint of a seed sequence (entropy, spawn key, pool size, spawn counter);
///        size query and statuses as #bitgen_state_save.
///
/// # Safety
/// `ss` is NULL or a live handle; `buf` points to `cap` writable bytes; `out_len` is writable.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_state_save(
    ss: *const rng_seedseq,
    buf: *mut u8,
    cap: usize,
    out_len: *mut usize,
) -> i32 {
    status("ss_state_save", || {
        // SAFETY: forwarded contract.
        let s = unsafe { handle(ss, "ss") }?;
        // SAFETY: forwarded contract.
        unsafe { write_bytes(&state::save_seed_sequence(&s.ss), buf, cap, out_len) }
    })
}

/// @brief A new seed sequence from #ss_state_save's bytes (rejects truncated, corrupted,
///        wrong-version and wrong-kind bytes).
/// @return a new handle owned by the caller (release with #ss_free), or NULL on failure.
///
/// # Safety
/// `bytes` points to `n` readable bytes.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn ss_state_load(bytes: *const u8, n: usize) -> *mut rng_seedseq {
    value("ss_state_load", null_mut(), || {
        // SAFETY: forwarded contract.
        let b = unsafe { input(bytes, n, "bytes") }?;
        Ok(into_handle(rng_seedseq {
            ss: Arc::new(state::load_seed_sequence(b)?),
        }))
    })
}
