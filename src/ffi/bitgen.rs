//! `bitgen_*` and the algorithm-specific `pcg64_*`, `pcg64dxsm_*`, `philox_*`, `mt19937_*`,
//! `sfc64_*` functions.

use super::boundary::{
    Fail, FfiResult, free_handle, handle, handle_mut, input, into_handle, output, status, text,
    value,
};
use super::seedseq::clone_ss;
use super::{Source, rng_bitgen, rng_seedseq, with_source};
use crate::bitgen::mt19937::Mt19937;
use crate::bitgen::philox::Philox;
use crate::bitgen::{Algorithm, BitGenerator, Core};
use crate::common::RawBits;
use std::ffi::c_char;
use std::ptr::{null, null_mut};

fn new_handle(bg: BitGenerator) -> *mut rng_bitgen {
    into_handle(rng_bitgen {
        src: Source::Native(bg),
    })
}

/// Shared by the five `<alg>_new` constructors and `bitgen_new`.
///
/// # Safety
/// `ss` is NULL or a live handle.
unsafe fn from_seedseq(alg: Algorithm, ss: *mut rng_seedseq) -> FfiResult<*mut rng_bitgen> {
    // SAFETY: forwarded contract.
    let s = unsafe { handle(ss, "ss") }?;
    Ok(new_handle(BitGenerator::new(alg, s.ss.clone())))
}

// One function per algorithm, written out: cbindgen does not expand macros.

/// @brief `numpy.random.PCG64(ss)`.
///
/// The generator shares `ss` (spawning through either draws on one counter); the caller may
/// free its own `ss` handle at once.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL when `ss` is
///         NULL.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64_new(ss: *mut rng_seedseq) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    value("pcg64_new", null_mut(), || unsafe {
        from_seedseq(Algorithm::Pcg64, ss)
    })
}

/// @brief `numpy.random.PCG64DXSM(ss)`; shares `ss` as #pcg64_new.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64dxsm_new(ss: *mut rng_seedseq) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    value("pcg64dxsm_new", null_mut(), || unsafe {
        from_seedseq(Algorithm::Pcg64Dxsm, ss)
    })
}

/// @brief `numpy.random.MT19937(ss)`; shares `ss` as #pcg64_new.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn mt19937_new(ss: *mut rng_seedseq) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    value("mt19937_new", null_mut(), || unsafe {
        from_seedseq(Algorithm::Mt19937, ss)
    })
}

/// @brief `numpy.random.Philox(ss)` (counter 0); shares `ss` as #pcg64_new.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn philox_new(ss: *mut rng_seedseq) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    value("philox_new", null_mut(), || unsafe {
        from_seedseq(Algorithm::Philox, ss)
    })
}

/// @brief `numpy.random.SFC64(ss)`; shares `ss` as #pcg64_new.
///
/// # Safety
/// `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn sfc64_new(ss: *mut rng_seedseq) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    value("sfc64_new", null_mut(), || unsafe {
        from_seedseq(Algorithm::Sfc64, ss)
    })
}

/// @brief `numpy.random.<name>(ss)` for a NumPy class name: `"PCG64"`, `"PCG64DXSM"`,
///        `"MT19937"`, `"Philox"` or `"SFC64"` (exact spelling).
///
/// The generator shares `ss`, as with #pcg64_new.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL on failure
///         (NULL argument, unknown name).
///
/// # Safety
/// `name` is NULL or a NUL-terminated string; `ss` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_new(name: *const c_char, ss: *mut rng_seedseq) -> *mut rng_bitgen {
    value("bitgen_new", null_mut(), || {
        // SAFETY: forwarded contract.
        let alg = Algorithm::from_name(unsafe { text(name, "name") }?)?;
        // SAFETY: forwarded contract.
        unsafe { from_seedseq(alg, ss) }
    })
}

/// @brief `numpy.random.Philox(key=k, counter=c)` with `k = key[0] + key[1]*2^64` and
///        `c = counter[0] + counter[1]*2^64 + ...` (words least significant first).
///
/// The generator has no seed sequence, so #bitgen_spawn refuses it.
/// @param counter four words, or NULL for counter 0.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL when `key` is
///         NULL.
///
/// # Safety
/// `key` points to 2 readable words; `counter` is NULL or points to 4 readable words.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn philox_new_key(key: *const u64, counter: *const u64) -> *mut rng_bitgen {
    value("philox_new_key", null_mut(), || {
        // SAFETY: forwarded contract.
        let k = unsafe { input(key, 2, "key") }?;
        let c = if counter.is_null() {
            [0; 4]
        } else {
            // SAFETY: forwarded contract.
            let c = unsafe { input(counter, 4, "counter") }?;
            [c[0], c[1], c[2], c[3]]
        };
        let core = Core::Philox(Philox::from_key([k[0], k[1]], c));
        Ok(new_handle(BitGenerator::from_core(core)))
    })
}

/// @brief MT19937 seeded as `numpy.random.RandomState(seed)` (NumPy's
///        `MT19937._legacy_seeding(seed)`, the reference `init_genrand`).
///
/// Not the same stream as `MT19937(seed)`. The generator has no seed sequence, so
/// #bitgen_spawn refuses it.
/// @return a new handle owned by the caller (release with #bitgen_free).
#[unsafe(no_mangle)]
#[must_use]
pub extern "C" fn mt19937_new_legacy(seed: u32) -> *mut rng_bitgen {
    value("mt19937_new_legacy", null_mut(), || {
        let core = Core::Mt19937(Box::new(Mt19937::new_legacy(seed)));
        Ok(new_handle(BitGenerator::from_core(core)))
    })
}

/// @brief MT19937 seeded as `numpy.random.RandomState([s0, s1, ...])` for a list of `n >= 1`
///        seeds (the reference `init_by_array`).
///
/// As NumPy with a list, also for one seed: `RandomState([7])` differs from `RandomState(7)`
/// (#mt19937_new_legacy). A one-element *ndarray* is squeezed by NumPy to a scalar, so
/// `RandomState(np.array([7]))` is `mt19937_new_legacy(7)`.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL on failure
///         (`n == 0`: NumPy's "Seed must be non-empty"; NULL `seeds`).
///
/// # Safety
/// `seeds` points to `n` readable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn mt19937_new_legacy_array(seeds: *const u32, n: usize) -> *mut rng_bitgen {
    value("mt19937_new_legacy_array", null_mut(), || {
        // SAFETY: forwarded contract.
        let s = unsafe { input(seeds, n, "seeds") }?;
        let g = Mt19937::new_legacy_array(s)
            .ok_or_else(|| Fail::invalid("seed must be non-empty (n == 0)".into()))?;
        Ok(new_handle(BitGenerator::from_core(Core::Mt19937(
            Box::new(g),
        ))))
    })
}

/// @brief NumPy's `next_uint64`: one 64-bit draw (MT19937: two 32-bit outputs, the first in
///        the high half).
/// @return the value, or 0 with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_next_u64(bg: *mut rng_bitgen) -> u64 {
    // SAFETY: forwarded contract.
    value("bitgen_next_u64", 0, || {
        Ok(unsafe { handle_mut(bg, "bg") }?.src.next_u64())
    })
}

/// @brief NumPy's `next_uint32`: the low half of a 64-bit draw, then its high half on the next
///        call (MT19937: one 32-bit output).
/// @return the value, or 0 with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_next_u32(bg: *mut rng_bitgen) -> u32 {
    // SAFETY: forwarded contract.
    value("bitgen_next_u32", 0, || {
        Ok(unsafe { handle_mut(bg, "bg") }?.src.next_u32())
    })
}

/// @brief NumPy's `next_double`: a double in [0, 1) with 53 random bits.
/// @return the value, or 0.0 with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_next_double(bg: *mut rng_bitgen) -> f64 {
    // SAFETY: forwarded contract.
    value("bitgen_next_double", 0.0, || {
        Ok(unsafe { handle_mut(bg, "bg") }?.src.next_double())
    })
}

/// @brief NumPy's `bitgen_t.next_raw`: one raw output, the first value #bitgen_random_raw
///        would give (a 64-bit word; MT19937: one 32-bit output, zero-extended).
/// @return the value, or 0 with #rng_last_error set when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_next_raw(bg: *mut rng_bitgen) -> u64 {
    // SAFETY: forwarded contract.
    value("bitgen_next_raw", 0, || {
        let g = unsafe { handle_mut(bg, "bg") }?;
        let mut one = [0u64; 1];
        with_source!(&mut g.src, r => r.fill_raw(&mut one));
        Ok(one[0])
    })
}

/// Shared by every function that fills an array from a generator (the bulk draws here and the
/// `rng_*` distributions): checks both pointers before `f` draws anything.
///
/// # Safety
/// `bg` is NULL or a live handle; `out` points to `n` writable values.
pub(crate) unsafe fn fill<T>(
    function: &str,
    bg: *mut rng_bitgen,
    out: *mut T,
    n: usize,
    f: impl FnOnce(&mut Source, &mut [T]) -> FfiResult<()>,
) -> i32 {
    status(function, || {
        // SAFETY: forwarded contract.
        let (g, out) = unsafe { (handle_mut(bg, "bg")?, output(out, n, "out")?) };
        f(&mut g.src, out)
    })
}

/// Shared by the parameterised `rng_next_*`: computes one value and writes it to `*out`.
///
/// # Safety
/// `bg` is NULL or a live handle; `out` is NULL or writable.
pub(crate) unsafe fn one<T>(
    function: &str,
    bg: *mut rng_bitgen,
    out: *mut T,
    f: impl FnOnce(&mut Source) -> FfiResult<T>,
) -> i32 {
    status(function, || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle_mut(bg, "bg") }?;
        if out.is_null() {
            return Err(Fail::null("out"));
        }
        let v = f(&mut g.src)?;
        // SAFETY: non-NULL and writable by the contract.
        unsafe { out.write(v) };
        Ok(())
    })
}

/// @brief NumPy's `random_raw(n)`: the generator's raw outputs (64-bit words; 32-bit values
///        for MT19937).
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT (byte count overflows).
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_random_raw(bg: *mut rng_bitgen, out: *mut u64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "bitgen_random_raw",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { g.fill_raw(o); Ok(()) }),
        )
    }
}

/// @brief Fills `out` with `n` values, exactly as `n` calls of #bitgen_next_u64.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_fill_u64(bg: *mut rng_bitgen, out: *mut u64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "bitgen_fill_u64",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { g.fill_u64(o); Ok(()) }),
        )
    }
}

/// @brief Fills `out` with `n` values, exactly as `n` calls of #bitgen_next_u32.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_fill_u32(bg: *mut rng_bitgen, out: *mut u32, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "bitgen_fill_u32",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { g.fill_u32(o); Ok(()) }),
        )
    }
}

/// @brief Fills `out` with `n` values, exactly as `n` calls of #bitgen_next_double.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle used by no other thread; `out` points to `n` writable values.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_fill_double(bg: *mut rng_bitgen, out: *mut f64, n: usize) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        fill(
            "bitgen_fill_double",
            bg,
            out,
            n,
            |s, o| with_source!(s, g => { g.fill_double(o); Ok(()) }),
        )
    }
}

/// @brief NumPy's `bg.spawn(n)`: `n` new generators of the same algorithm from the shared seed
///        sequence's next `n` children.
///
/// Each child is owned by the caller (release each with #bitgen_free). Nothing is written on
/// failure. A generator without a seed sequence (#philox_new_key, #mt19937_new_legacy, a
/// `*_jumped` result) is refused with #RNG_ERR_UNSUPPORTED, where NumPy would fall back to OS
/// entropy or raise.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER, #RNG_ERR_UNSUPPORTED or #RNG_ERR_INVALID_ARGUMENT.
///
/// # Safety
/// `bg` is NULL or a live handle; `children` points to `n` writable pointers.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_spawn(
    bg: *mut rng_bitgen,
    n: usize,
    children: *mut *mut rng_bitgen,
) -> i32 {
    status("bitgen_spawn", || {
        // SAFETY: forwarded contract.
        let (g, out) = unsafe { (handle(bg, "bg")?, output(children, n, "children")?) };
        for (slot, child) in out.iter_mut().zip(g.native("spawn")?.spawn(n)?) {
            *slot = new_handle(child);
        }
        Ok(())
    })
}

/// Shared by the `<alg>_jumped` functions.
///
/// # Safety
/// `bg` is NULL or a live handle.
unsafe fn jumped(
    function: &str,
    alg: Algorithm,
    bg: *const rng_bitgen,
    jumps: u64,
) -> *mut rng_bitgen {
    value(function, null_mut(), || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle(bg, "bg") }?;
        let b = g.native("jump")?;
        check_algorithm(b, alg)?;
        Ok(new_handle(b.jumped(jumps)?))
    })
}

fn check_algorithm(bg: &BitGenerator, alg: Algorithm) -> FfiResult<()> {
    if bg.algorithm() == alg {
        return Ok(());
    }
    Err(Fail::unsupported(format!(
        "bg is a {} handle, not {}",
        bg.algorithm().name(),
        alg.name()
    )))
}

/// @brief NumPy's `PCG64.jumped(jumps)`: a new generator `jumps * 0x9e3779b97f4a7c15f39cc0605cedc835`
///        steps ahead; `bg` is untouched.
///
/// The result has no seed sequence (#bitgen_spawn refuses it; NumPy gives it a random one).
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL (NULL `bg`, or
///         `bg` of another algorithm).
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64_jumped(bg: *const rng_bitgen, jumps: u64) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    unsafe { jumped("pcg64_jumped", Algorithm::Pcg64, bg, jumps) }
}

/// @brief NumPy's `PCG64DXSM.jumped(jumps)`, as #pcg64_jumped.
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64dxsm_jumped(bg: *const rng_bitgen, jumps: u64) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    unsafe { jumped("pcg64dxsm_jumped", Algorithm::Pcg64Dxsm, bg, jumps) }
}

/// @brief NumPy's `Philox.jumped(jumps)`: a new generator with `jumps * 2^128` added to the
///        counter (2^130 outputs per jump) and empty buffers; `bg` is untouched.
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn philox_jumped(bg: *const rng_bitgen, jumps: u64) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    unsafe { jumped("philox_jumped", Algorithm::Philox, bg, jumps) }
}

/// @brief NumPy's `MT19937.jumped(jumps)`: a new generator `jumps * 2^128` outputs ahead; `bg`
///        is untouched. Each jump costs about a millisecond; `jumps` above 2^63-1 is refused.
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn mt19937_jumped(bg: *const rng_bitgen, jumps: u64) -> *mut rng_bitgen {
    // SAFETY: forwarded contract.
    unsafe { jumped("mt19937_jumped", Algorithm::Mt19937, bg, jumps) }
}

/// Shared by the `<alg>_advance` functions: `words` little-endian words of delta.
///
/// # Safety
/// `bg` is NULL or a live handle; `delta` points to `words` readable values.
unsafe fn advance(
    function: &str,
    alg: Algorithm,
    bg: *mut rng_bitgen,
    delta: *const u64,
    words: usize,
) -> i32 {
    status(function, || {
        // SAFETY: forwarded contract.
        let (g, d) = unsafe { (handle_mut(bg, "bg")?, input(delta, words, "delta")?) };
        let b = g.native_mut("advance")?;
        check_algorithm(b, alg)?;
        let mut w = [0u64; 4];
        w[..words].copy_from_slice(d);
        Ok(b.advance(w)?)
    })
}

/// @brief NumPy's `PCG64.advance(delta)` with `delta = delta[0] + delta[1]*2^64`: moves `delta`
///        outputs ahead (mod 2^128, so two's complement values step back) and drops a pending
///        32-bit half word.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_UNSUPPORTED (another algorithm).
///
/// # Safety
/// `bg` is NULL or a live handle; `delta` is NULL or points to 2 readable words.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64_advance(bg: *mut rng_bitgen, delta: *const u64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { advance("pcg64_advance", Algorithm::Pcg64, bg, delta, 2) }
}

/// @brief NumPy's `PCG64DXSM.advance(delta)`, as #pcg64_advance.
///
/// # Safety
/// `bg` is NULL or a live handle; `delta` is NULL or points to 2 readable words.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn pcg64dxsm_advance(bg: *mut rng_bitgen, delta: *const u64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { advance("pcg64dxsm_advance", Algorithm::Pcg64Dxsm, bg, delta, 2) }
}

/// @brief NumPy's `Philox.advance(delta)` with `delta = delta[0] + delta[1]*2^64 + ...` (4
///        words): adds delta to the 256-bit counter, i.e. skips `delta` blocks of **four**
///        outputs, and empties the buffers.
/// @return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_UNSUPPORTED (another algorithm).
///
/// # Safety
/// `bg` is NULL or a live handle; `delta` is NULL or points to 4 readable words.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn philox_advance(bg: *mut rng_bitgen, delta: *const u64) -> i32 {
    // SAFETY: forwarded contract.
    unsafe { advance("philox_advance", Algorithm::Philox, bg, delta, 4) }
}

/// @brief NumPy's class name of the generator: `"PCG64"`, `"PCG64DXSM"`, `"MT19937"`,
///        `"Philox"` or `"SFC64"`, or `"UserBitGenerator"` for #bitgen_new_user (a static
///        string), or NULL when `bg` is NULL.
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_name(bg: *const rng_bitgen) -> *const c_char {
    value("bitgen_name", null(), || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle(bg, "bg") }?;
        let Source::Native(b) = &g.src else {
            return Ok(c"UserBitGenerator".as_ptr());
        };
        Ok(match b.algorithm() {
            Algorithm::Pcg64 => c"PCG64",
            Algorithm::Pcg64Dxsm => c"PCG64DXSM",
            Algorithm::Mt19937 => c"MT19937",
            Algorithm::Philox => c"Philox",
            Algorithm::Sfc64 => c"SFC64",
        }
        .as_ptr())
    })
}

/// @brief A new seed sequence handle for the sequence `bg` was made from (shared: spawning
///        through either draws on one counter).
/// @return a new handle owned by the caller (release with #ss_free), or NULL (NULL `bg`, or a
///         generator without a seed sequence: #RNG_ERR_UNSUPPORTED).
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_seedseq(bg: *const rng_bitgen) -> *mut rng_seedseq {
    value("bitgen_seedseq", null_mut(), || {
        // SAFETY: forwarded contract.
        let g = unsafe { handle(bg, "bg") }?;
        let b = g.native("have a seed sequence")?;
        let ss = b.seed_seq().ok_or_else(|| {
            Fail::unsupported(format!(
                "this {} has no seed sequence",
                b.algorithm().name()
            ))
        })?;
        Ok(clone_ss(ss))
    })
}

/// @brief A copy of the generator in its current state: both produce the same stream. The copy
///        shares the seed sequence, so spawning from either never hands out a child twice.
/// @return a new handle owned by the caller (release with #bitgen_free), or NULL when `bg` is
///         NULL or a user generator (#bitgen_new_user: its state is the caller's).
///
/// # Safety
/// `bg` is NULL or a live handle.
#[unsafe(no_mangle)]
#[must_use]
pub unsafe extern "C" fn bitgen_clone(bg: *const rng_bitgen) -> *mut rng_bitgen {
    value("bitgen_clone", null_mut(), || {
        // SAFETY: forwarded contract.
        Ok(new_handle(
            unsafe { handle(bg, "bg") }?.native("be cloned")?.clone(),
        ))
    })
}

/// @brief Releases a generator handle. `bitgen_free(NULL)` does nothing.
///
/// A pointer detected not to be a live generator handle (an `rng_seedseq`, or a handle already
/// freed) is not freed: #rng_last_error says so. Detecting a freed handle is best effort.
///
/// # Safety
/// `bg` is NULL or a live handle from this library, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bitgen_free(bg: *mut rng_bitgen) {
    // SAFETY: forwarded contract.
    unsafe { free_handle("bitgen_free", bg, "bg") }
}
