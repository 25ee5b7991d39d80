//! Saving and restoring generators and seed sequences: NumPy's `bit_generator.state` dict as
//! JSON (for interchange with Python), and a compact binary checkpoint (for restart files).
//!
//! Both loaders are strict: every key NumPy writes must be present with the right type and
//! range, and nothing else may be; on error the message names the field and nothing changes.
//!
//! Binary layout, all integers little-endian, independent of the host:
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `b"RNDSTRM\0"` |
//! | 4 | format version (1) |
//! | 4 | kind: 1 bit generator, 2 seed sequence |
//! | 4 | algorithm: 1 PCG64, 2 PCG64DXSM, 3 MT19937, 4 Philox, 5 SFC64 (0 for a seed sequence) |
//! | 4 | flags: bit 0 = a seed-sequence block follows the generator state |
//! | 8 | payload length in bytes |
//! | n | payload (below) |
//! | 8 | FNV-1a 64 of every byte before it |
//!
//! Payloads: PCG64/PCG64DXSM `state` and `inc` as low/high u64 pairs, then `has_uint32` (u32)
//! and `uinteger` (u32); Philox `counter` (4×u64), `key` (2×u64), `buffer` (4×u64),
//! `buffer_pos`, `has_uint32`, `uinteger` (u32 each); SFC64 `state` (4×u64), `has_uint32`,
//! `uinteger`; MT19937 `key` (624×u32), `pos` (u32). A seed sequence: entropy form (u32: 0 int,
//! 1 list), item count (u32), per item its 32-bit word count (u32) and words (little-endian
//! order); spawn-key length (u32) and elements (u64); `pool_size` (u64); `n_children_spawned`
//! (u64).

use crate::bitgen::mt19937::Mt19937;
use crate::bitgen::pcg64::Pcg64;
use crate::bitgen::pcg64dxsm::Pcg64Dxsm;
use crate::bitgen::philox::Philox;
use crate::bitgen::sfc64::Sfc64;
use crate::bitgen::{Algorithm, BitGenerator, Core};
use crate::common::HalfWord;
use crate::error::{Error, Result};
use crate::seed_sequence::{Entropy, MAX_POOL_SIZE, SeedSequence};
use num_bigint::BigUint;
use serde_json::{Map, Value};
use std::fmt::Write as _;
use std::sync::Arc;

// ---------------------------------------------------------------------------------------------
// NumPy's state dict as JSON

fn list<T: std::fmt::Display>(items: &[T]) -> String {
    let parts: Vec<String> = items.iter().map(|v| v.to_string()).collect();
    format!("[{}]", parts.join(", "))
}

/// NumPy's `bit_generator.state` as the text `json.dumps` gives for it (arrays as lists).
pub fn core_to_json(core: &Core) -> String {
    let half = |h: &HalfWord| {
        format!(
            ", \"has_uint32\": {}, \"uinteger\": {}}}",
            u8::from(h.has_uint32),
            h.uinteger
        )
    };
    match core {
        Core::Pcg64(g) => format!(
            "{{\"bit_generator\": \"PCG64\", \"state\": {{\"state\": {}, \"inc\": {}}}{}",
            g.state,
            g.inc,
            half(&g.half)
        ),
        Core::Pcg64Dxsm(g) => format!(
            "{{\"bit_generator\": \"PCG64DXSM\", \"state\": {{\"state\": {}, \"inc\": {}}}{}",
            g.state,
            g.inc,
            half(&g.half)
        ),
        Core::Philox(g) => format!(
            "{{\"bit_generator\": \"Philox\", \"state\": {{\"counter\": {}, \"key\": {}}}, \
             \"buffer\": {}, \"buffer_pos\": {}{}",
            list(&g.counter),
            list(&g.key),
            list(&g.buffer),
            g.buffer_pos,
            half(&g.half)
        ),
        Core::Sfc64(g) => format!(
            "{{\"bit_generator\": \"SFC64\", \"state\": {{\"state\": {}}}{}",
            list(&g.state),
            half(&g.half)
        ),
        Core::Mt19937(g) => {
            let mut s = String::from("{\"bit_generator\": \"MT19937\", \"state\": {\"key\": ");
            s.push_str(&list(&g.key));
            let _ = write!(s, ", \"pos\": {}}}}}", g.pos);
            s
        }
    }
}

fn bad(path: &str, what: impl std::fmt::Display) -> Error {
    Error::invalid(format!("state JSON: {path}: {what}"))
}

/// A JSON object whose keys must be exactly `keys`.
fn object<'a>(v: &'a Value, path: &str, keys: &[&str]) -> Result<&'a Map<String, Value>> {
    let m = v
        .as_object()
        .ok_or_else(|| bad(path, "expected an object"))?;
    if let Some(k) = keys.iter().find(|k| !m.contains_key(**k)) {
        return Err(bad(path, format!("missing key \"{k}\"")));
    }
    if let Some(k) = m.keys().find(|k| !keys.contains(&k.as_str())) {
        return Err(bad(path, format!("unexpected key \"{k}\"")));
    }
    Ok(m)
}

/// A non-negative JSON integer of any size, as its decimal digits.
fn digits<'a>(v: &'a Value, path: &str) -> Result<&'a str> {
    let Value::Number(n) = v else {
        return Err(bad(
            path,
            format!("expected a non-negative integer, got {v}"),
        ));
    };
    let text = n.as_str();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(
            path,
            format!("expected a non-negative integer, got {text}"),
        ));
    }
    Ok(text)
}

/// A JSON integer in `0..=max`.
fn uint(v: &Value, path: &str, max: u128) -> Result<u128> {
    let text = digits(v, path)?;
    match text.parse::<u128>() {
        Ok(x) if x <= max => Ok(x),
        _ => Err(bad(path, format!("{text} is out of range (at most {max})"))),
    }
}

/// A JSON list of exactly `N` integers in `0..=max`.
fn uints<const N: usize>(v: &Value, path: &str, max: u128) -> Result<[u128; N]> {
    let items = v.as_array().ok_or_else(|| bad(path, "expected a list"))?;
    if items.len() != N {
        return Err(bad(
            path,
            format!("expected {N} elements, got {}", items.len()),
        ));
    }
    let mut out = [0u128; N];
    for (i, (o, item)) in out.iter_mut().zip(items).enumerate() {
        *o = uint(item, &format!("{path}[{i}]"), max)?;
    }
    Ok(out)
}

fn u64s<const N: usize>(v: &Value, path: &str) -> Result<[u64; N]> {
    Ok(uints::<N>(v, path, u64::MAX.into())?.map(|x| x as u64))
}

fn half_word(m: &Map<String, Value>) -> Result<HalfWord> {
    Ok(HalfWord {
        has_uint32: uint(&m["has_uint32"], "has_uint32", 1)? == 1,
        uinteger: uint(&m["uinteger"], "uinteger", u32::MAX.into())? as u32,
    })
}

/// Parses NumPy's state dict (as JSON) into a generator state, checking every field.
pub fn core_from_json(text: &str) -> Result<Core> {
    let v: Value = serde_json::from_str(text).map_err(|e| bad("text", format!("not JSON: {e}")))?;
    let name = v
        .get("bit_generator")
        .ok_or_else(|| bad("bit_generator", "missing"))?
        .as_str()
        .ok_or_else(|| bad("bit_generator", "expected a string"))?;
    let alg = Algorithm::from_name(name).map_err(|e| bad("bit_generator", e))?;
    const HALF: [&str; 4] = ["bit_generator", "state", "has_uint32", "uinteger"];
    let u128_max = u128::MAX;
    Ok(match alg {
        Algorithm::Pcg64 | Algorithm::Pcg64Dxsm => {
            let m = object(&v, "top level", &HALF)?;
            let s = object(&m["state"], "state", &["state", "inc"])?;
            let (state, inc) = (
                uint(&s["state"], "state.state", u128_max)?,
                uint(&s["inc"], "state.inc", u128_max)?,
            );
            let half = half_word(m)?;
            if alg == Algorithm::Pcg64 {
                Core::Pcg64(Pcg64 { state, inc, half })
            } else {
                Core::Pcg64Dxsm(Pcg64Dxsm { state, inc, half })
            }
        }
        Algorithm::Philox => {
            let m = object(
                &v,
                "top level",
                &[
                    "bit_generator",
                    "state",
                    "buffer",
                    "buffer_pos",
                    "has_uint32",
                    "uinteger",
                ],
            )?;
            let s = object(&m["state"], "state", &["counter", "key"])?;
            Core::Philox(Philox {
                counter: u64s::<4>(&s["counter"], "state.counter")?,
                key: u64s::<2>(&s["key"], "state.key")?,
                buffer: u64s::<4>(&m["buffer"], "buffer")?,
                buffer_pos: uint(&m["buffer_pos"], "buffer_pos", 4)? as usize,
                half: half_word(m)?,
            })
        }
        Algorithm::Sfc64 => {
            let m = object(&v, "top level", &HALF)?;
            let s = object(&m["state"], "state", &["state"])?;
            Core::Sfc64(Sfc64 {
                state: u64s::<4>(&s["state"], "state.state")?,
                half: half_word(m)?,
            })
        }
        Algorithm::Mt19937 => {
            let m = object(&v, "top level", &["bit_generator", "state"])?;
            let s = object(&m["state"], "state", &["key", "pos"])?;
            let key = uints::<624>(&s["key"], "state.key", u32::MAX.into())?.map(|x| x as u32);
            mt19937(
                key,
                uint(&s["pos"], "state.pos", 624)? as usize,
                "state.key",
            )?
        }
    })
}

fn mt19937(key: [u32; 624], pos: usize, field: &str) -> Result<Core> {
    // An all-zero key outputs zeros forever; NumPy accepts it, we refuse it.
    if key.iter().all(|&k| k == 0) {
        return Err(bad(
            field,
            "all 624 words are zero (a degenerate MT19937 state)",
        ));
    }
    Ok(Core::Mt19937(Box::new(Mt19937 { key, pos })))
}

/// NumPy's `SeedSequence.state` as JSON: `SeedSequence(**json.loads(text))` rebuilds it.
pub fn seed_sequence_to_json(ss: &SeedSequence) -> String {
    format!(
        "{{\"entropy\": {}, \"spawn_key\": {}, \"pool_size\": {}, \"n_children_spawned\": {}}}",
        ss.entropy(),
        list(ss.spawn_key()),
        ss.pool_size(),
        ss.n_children_spawned()
    )
}

/// Parses what `seed_sequence_to_json` writes (and NumPy's `ss.state` as JSON).
pub fn seed_sequence_from_json(text: &str) -> Result<SeedSequence> {
    let v: Value = serde_json::from_str(text).map_err(|e| bad("text", format!("not JSON: {e}")))?;
    let m = object(
        &v,
        "top level",
        &["entropy", "spawn_key", "pool_size", "n_children_spawned"],
    )?;
    let big = |v: &Value, path: &str| -> Result<BigUint> {
        Ok(digits(v, path)?.parse::<BigUint>().expect("digits parse"))
    };
    let entropy = match &m["entropy"] {
        Value::Array(items) => Entropy::List(
            items
                .iter()
                .enumerate()
                .map(|(i, x)| big(x, &format!("entropy[{i}]")))
                .collect::<Result<_>>()?,
        ),
        other => Entropy::Int(big(other, "entropy")?),
    };
    let key_items = m["spawn_key"]
        .as_array()
        .ok_or_else(|| bad("spawn_key", "expected a list"))?;
    let key = key_items
        .iter()
        .enumerate()
        .map(|(i, x)| Ok(uint(x, &format!("spawn_key[{i}]"), u64::MAX.into())? as u64))
        .collect::<Result<Vec<u64>>>()?;
    let pool_size = uint(&m["pool_size"], "pool_size", MAX_POOL_SIZE as u128)? as usize;
    let spawned = uint(
        &m["n_children_spawned"],
        "n_children_spawned",
        u64::MAX.into(),
    )? as u64;
    SeedSequence::with_options(entropy, &key, pool_size, spawned).map_err(|e| bad("pool_size", e))
}

// ---------------------------------------------------------------------------------------------
// Binary checkpoints

const MAGIC: &[u8; 8] = b"RNDSTRM\0";
const FORMAT_VERSION: u32 = 1;
const KIND_BITGEN: u32 = 1;
const KIND_SEEDSEQ: u32 = 2;
const FLAG_SEED_SEQ: u32 = 1;
const HEADER_LEN: usize = 8 + 4 * 4 + 8;

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn algorithm_id(a: Algorithm) -> u32 {
    match a {
        Algorithm::Pcg64 => 1,
        Algorithm::Pcg64Dxsm => 2,
        Algorithm::Mt19937 => 3,
        Algorithm::Philox => 4,
        Algorithm::Sfc64 => 5,
    }
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u128(&mut self, v: u128) {
        self.u64(v as u64);
        self.u64((v >> 64) as u64);
    }
    fn half(&mut self, h: &HalfWord) {
        self.u32(u32::from(h.has_uint32));
        self.u32(h.uinteger);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| Error::invalid("checkpoint: truncated"))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn u128(&mut self) -> Result<u128> {
        Ok(u128::from(self.u64()?) | (u128::from(self.u64()?) << 64))
    }
    fn bounded(&mut self, field: &str, max: u32) -> Result<u32> {
        let v = self.u32()?;
        if v > max {
            return Err(Error::invalid(format!(
                "checkpoint: {field} = {v} is out of range (at most {max})"
            )));
        }
        Ok(v)
    }
    fn half(&mut self) -> Result<HalfWord> {
        Ok(HalfWord {
            has_uint32: self.bounded("has_uint32", 1)? == 1,
            uinteger: self.u32()?,
        })
    }
    fn u64s<const N: usize>(&mut self) -> Result<[u64; N]> {
        let mut out = [0u64; N];
        for o in out.iter_mut() {
            *o = self.u64()?;
        }
        Ok(out)
    }
}

fn frame(kind: u32, algorithm: u32, flags: u32, payload: &[u8]) -> Vec<u8> {
    let mut w = Writer::default();
    w.0.extend_from_slice(MAGIC);
    w.u32(FORMAT_VERSION);
    w.u32(kind);
    w.u32(algorithm);
    w.u32(flags);
    w.u64(payload.len() as u64);
    w.0.extend_from_slice(payload);
    let sum = fnv1a(&w.0);
    w.u64(sum);
    w.0
}

/// Checks magic, version, length and checksum; returns (kind, algorithm, flags, payload).
fn unframe(bytes: &[u8]) -> Result<(u32, u32, u32, &[u8])> {
    if bytes.len() < HEADER_LEN + 8 {
        return Err(Error::invalid(format!(
            "checkpoint: truncated ({} bytes)",
            bytes.len()
        )));
    }
    if &bytes[..8] != MAGIC {
        return Err(Error::invalid(
            "checkpoint: not a randstreams checkpoint (bad magic)",
        ));
    }
    let mut r = Reader { bytes, at: 8 };
    let version = r.u32()?;
    if version != FORMAT_VERSION {
        return Err(Error::invalid(format!(
            "checkpoint: format version {version} is not supported (this library reads {FORMAT_VERSION})"
        )));
    }
    let (kind, algorithm, flags, len) = (r.u32()?, r.u32()?, r.u32()?, r.u64()?);
    if len != (bytes.len() - HEADER_LEN - 8) as u64 {
        return Err(Error::invalid(format!(
            "checkpoint: payload length {len} does not match the {} bytes given",
            bytes.len()
        )));
    }
    let body_end = bytes.len() - 8;
    let stored = u64::from_le_bytes(bytes[body_end..].try_into().unwrap());
    if stored != fnv1a(&bytes[..body_end]) {
        return Err(Error::invalid(
            "checkpoint: checksum mismatch (corrupted bytes)",
        ));
    }
    Ok((kind, algorithm, flags, &bytes[HEADER_LEN..body_end]))
}

fn write_seed_sequence(w: &mut Writer, ss: &SeedSequence) {
    let items: Vec<&BigUint> = match ss.entropy() {
        Entropy::Int(n) => {
            w.u32(0);
            vec![n]
        }
        Entropy::List(v) => {
            w.u32(1);
            v.iter().collect()
        }
    };
    w.u32(items.len() as u32);
    for n in items {
        let words = n.to_u32_digits();
        w.u32(words.len() as u32);
        words.iter().for_each(|&x| w.u32(x));
    }
    w.u32(ss.spawn_key().len() as u32);
    ss.spawn_key().iter().for_each(|&k| w.u64(k));
    w.u64(ss.pool_size() as u64);
    w.u64(ss.n_children_spawned());
}

fn read_seed_sequence(r: &mut Reader) -> Result<SeedSequence> {
    let form = r.bounded("entropy form", 1)?;
    let count = r.u32()? as usize;
    if form == 0 && count != 1 {
        return Err(Error::invalid(
            "checkpoint: an integer entropy must have one item",
        ));
    }
    let mut items = Vec::new();
    for _ in 0..count {
        let n = r.u32()? as usize;
        let raw = r.take(
            n.checked_mul(4)
                .ok_or_else(|| Error::invalid("checkpoint: truncated"))?,
        )?;
        let words: Vec<u32> = raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        items.push(BigUint::from_slice(&words));
    }
    let entropy = if form == 0 {
        Entropy::Int(items.pop().expect("one item"))
    } else {
        Entropy::List(items)
    };
    let key_len = r.u32()? as usize;
    let key = (0..key_len)
        .map(|_| r.u64())
        .collect::<Result<Vec<u64>>>()?;
    let pool_size = usize::try_from(r.u64()?)
        .map_err(|_| Error::invalid("checkpoint: pool_size is out of range"))?;
    let spawned = r.u64()?;
    SeedSequence::with_options(entropy, &key, pool_size, spawned)
        .map_err(|e| Error::invalid(format!("checkpoint: {e}")))
}

/// A binary checkpoint of a generator, with its seed sequence (state and spawn counter) when it
/// has one, so that spawning after a restart continues where it stopped.
pub fn save_bit_generator(bg: &BitGenerator) -> Vec<u8> {
    let mut w = Writer::default();
    match bg.core() {
        Core::Pcg64(Pcg64 { state, inc, half })
        | Core::Pcg64Dxsm(Pcg64Dxsm { state, inc, half }) => {
            w.u128(*state);
            w.u128(*inc);
            w.half(half);
        }
        Core::Philox(g) => {
            g.counter
                .iter()
                .chain(&g.key)
                .chain(&g.buffer)
                .for_each(|&x| w.u64(x));
            w.u32(g.buffer_pos as u32);
            w.half(&g.half);
        }
        Core::Sfc64(g) => {
            g.state.iter().for_each(|&x| w.u64(x));
            w.half(&g.half);
        }
        Core::Mt19937(g) => {
            g.key.iter().for_each(|&x| w.u32(x));
            w.u32(g.pos as u32);
        }
    }
    let flags = match bg.seed_seq() {
        Some(ss) => {
            write_seed_sequence(&mut w, ss);
            FLAG_SEED_SEQ
        }
        None => 0,
    };
    frame(KIND_BITGEN, algorithm_id(bg.algorithm()), flags, &w.0)
}

/// Restores `save_bit_generator`'s bytes; rejects truncated, corrupted, wrong-version and
/// wrong-kind input.
pub fn load_bit_generator(bytes: &[u8]) -> Result<BitGenerator> {
    let (kind, alg_id, flags, payload) = unframe(bytes)?;
    if kind != KIND_BITGEN {
        return Err(Error::invalid(format!(
            "checkpoint: holds kind {kind}, not a bit generator"
        )));
    }
    if flags & !FLAG_SEED_SEQ != 0 {
        return Err(Error::invalid(format!(
            "checkpoint: unknown flags {flags:#x}"
        )));
    }
    let mut r = Reader {
        bytes: payload,
        at: 0,
    };
    let core = match alg_id {
        1 | 2 => {
            let (state, inc, half) = (r.u128()?, r.u128()?, r.half()?);
            if alg_id == 1 {
                Core::Pcg64(Pcg64 { state, inc, half })
            } else {
                Core::Pcg64Dxsm(Pcg64Dxsm { state, inc, half })
            }
        }
        4 => Core::Philox(Philox {
            counter: r.u64s::<4>()?,
            key: r.u64s::<2>()?,
            buffer: r.u64s::<4>()?,
            buffer_pos: r.bounded("buffer_pos", 4)? as usize,
            half: r.half()?,
        }),
        5 => Core::Sfc64(Sfc64 {
            state: r.u64s::<4>()?,
            half: r.half()?,
        }),
        3 => {
            let mut key = [0u32; 624];
            for k in key.iter_mut() {
                *k = r.u32()?;
            }
            let pos = r.bounded("pos", 624)? as usize;
            mt19937(key, pos, "MT19937 key")
                .map_err(|e| Error::invalid(format!("checkpoint: {e}")))?
        }
        other => {
            return Err(Error::invalid(format!(
                "checkpoint: unknown algorithm id {other}"
            )));
        }
    };
    let ss = if flags & FLAG_SEED_SEQ != 0 {
        Some(Arc::new(read_seed_sequence(&mut r)?))
    } else {
        None
    };
    if r.at != payload.len() {
        return Err(Error::invalid("checkpoint: trailing bytes after the state"));
    }
    Ok(BitGenerator::from_parts(core, ss))
}

/// A binary checkpoint of a seed sequence (entropy, spawn key, pool size, spawn counter).
pub fn save_seed_sequence(ss: &SeedSequence) -> Vec<u8> {
    let mut w = Writer::default();
    write_seed_sequence(&mut w, ss);
    frame(KIND_SEEDSEQ, 0, 0, &w.0)
}

/// Restores `save_seed_sequence`'s bytes.
pub fn load_seed_sequence(bytes: &[u8]) -> Result<SeedSequence> {
    let (kind, alg, flags, payload) = unframe(bytes)?;
    if kind != KIND_SEEDSEQ || alg != 0 || flags != 0 {
        return Err(Error::invalid(format!(
            "checkpoint: holds kind {kind}, not a seed sequence"
        )));
    }
    let mut r = Reader {
        bytes: payload,
        at: 0,
    };
    let ss = read_seed_sequence(&mut r)?;
    if r.at != payload.len() {
        return Err(Error::invalid(
            "checkpoint: trailing bytes after the seed sequence",
        ));
    }
    Ok(ss)
}
