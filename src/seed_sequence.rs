//! NumPy's `SeedSequence` (numpy/random/bit_generator.pyx), bit for bit.
//!
//! Entropy of any size is hashed into a pool of `pool_size` 32-bit words (O'Neill's seed_seq
//! design as NumPy implements it); `generate_state` stretches the pool into seeds for the bit
//! generators, and `spawn` derives children by appending their index to `spawn_key`.
//!
//! The spawn counter is atomic, so one sequence can be shared (through `Arc`) by several bit
//! generators and threads, and each child key is handed out once.

use crate::error::{Error, Result};
use num_bigint::BigUint;
use num_traits::Num;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// The smallest pool NumPy accepts, and its default.
pub const DEFAULT_POOL_SIZE: usize = 4;

/// The largest pool accepted. NumPy has none, but mixing costs `pool_size²` steps (about 10 ms
/// at this size, 1.4 s at 16384) and a pool size read from a state file or checkpoint must not
/// hang or abort the process; NumPy recommends 4 or 8.
pub const MAX_POOL_SIZE: usize = 1024;

/// The user's entropy, kept in the shape it was given, as NumPy keeps `SeedSequence.entropy`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entropy {
    /// One non-negative integer of any size: NumPy's `SeedSequence(n)`.
    Int(BigUint),
    /// A list of non-negative integers of any size: NumPy's `SeedSequence([a, b, ...])`.
    /// A uint32 word array means the same as the list of its words.
    List(Vec<BigUint>),
}

impl Entropy {
    /// Parses what NumPy accepts as one integer or a flat list of integers: decimal or `0x` hex
    /// (any size), e.g. `"12345"`, `"0x8c3c010cb4754c905776bdac5ee7501"`, `"[3, 0x10]"`, `"[]"`.
    pub fn parse(text: &str) -> Result<Entropy> {
        let t = text.trim();
        if let Some(inner) = t.strip_prefix('[') {
            let inner = inner.strip_suffix(']').ok_or_else(|| {
                Error::invalid(format!("entropy {text:?}: '[' without a closing ']'"))
            })?;
            if inner.trim().is_empty() {
                return Ok(Entropy::List(Vec::new()));
            }
            let items = inner
                .split(',')
                .map(|item| parse_int(item.trim(), text))
                .collect::<Result<Vec<_>>>()?;
            return Ok(Entropy::List(items));
        }
        Ok(Entropy::Int(parse_int(t, text)?))
    }

    /// The 32-bit words NumPy's `_coerce_to_uint32_array` makes of this entropy.
    pub fn words(&self) -> Vec<u32> {
        match self {
            Entropy::Int(n) => int_words(n),
            Entropy::List(items) => items.iter().flat_map(int_words).collect(),
        }
    }
}

/// Python's rendering: `12345` or `[1, 2, 3]`, which `Entropy::parse` reads back.
impl fmt::Display for Entropy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entropy::Int(n) => write!(f, "{n}"),
            Entropy::List(items) => {
                f.write_str("[")?;
                for (i, n) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{n}")?;
                }
                f.write_str("]")
            }
        }
    }
}

fn parse_int(item: &str, whole: &str) -> Result<BigUint> {
    let bad = |why: &str| Error::invalid(format!("entropy {whole:?}: {why} in {item:?}"));
    if item.is_empty() {
        return Err(bad("empty number"));
    }
    if item.starts_with('-') {
        return Err(bad(
            "negative numbers are not allowed (NumPy: expected non-negative integer)",
        ));
    }
    // NumPy takes a lower-case "0x" prefix as hex and plain digits as decimal; nothing else.
    let (digits, radix) = match item.strip_prefix("0x") {
        Some(hex) => (hex, 16),
        None => (item, 10),
    };
    let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    if !valid {
        return Err(bad("not a decimal or 0x-hex integer"));
    }
    BigUint::from_str_radix(digits, radix).map_err(|_| bad("not an integer"))
}

/// Little-endian 32-bit words of `n`, as few as needed; zero is one word.
fn int_words(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

#[inline]
fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut v = value ^ *hash_const;
    // NumPy updates the hash constant before it multiplies.
    *hash_const = hash_const.wrapping_mul(MULT_A);
    v = v.wrapping_mul(*hash_const);
    v ^ (v >> XSHIFT)
}

#[inline]
fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> XSHIFT)
}

/// NumPy's `SeedSequence`.
#[derive(Debug)]
pub struct SeedSequence {
    entropy: Entropy,
    spawn_key: Vec<u64>,
    pool_size: usize,
    pool: Vec<u32>,
    n_children_spawned: AtomicU64,
}

/// A copy with its own spawn counter, starting where the original's stands.
impl Clone for SeedSequence {
    fn clone(&self) -> Self {
        SeedSequence {
            entropy: self.entropy.clone(),
            spawn_key: self.spawn_key.clone(),
            pool_size: self.pool_size,
            pool: self.pool.clone(),
            n_children_spawned: AtomicU64::new(self.n_children_spawned()),
        }
    }
}

impl PartialEq for SeedSequence {
    fn eq(&self, other: &Self) -> bool {
        self.entropy == other.entropy
            && self.spawn_key == other.spawn_key
            && self.pool_size == other.pool_size
            && self.n_children_spawned() == other.n_children_spawned()
    }
}

impl SeedSequence {
    /// `SeedSequence(entropy)`.
    pub fn new(entropy: Entropy) -> SeedSequence {
        Self::with_options(entropy, &[], DEFAULT_POOL_SIZE, 0)
            .expect("the default pool size is valid")
    }

    /// `SeedSequence(n)` for an integer below 2^64.
    pub fn from_u64(n: u64) -> SeedSequence {
        Self::new(Entropy::Int(BigUint::from(n)))
    }

    /// `SeedSequence([e0, e1, ...])`; with one element, `SeedSequence(e0)` (the same pool).
    pub fn from_u64s(entropy: &[u64]) -> SeedSequence {
        match entropy {
            [one] => Self::from_u64(*one),
            many => Self::new(Entropy::List(
                many.iter().map(|&e| BigUint::from(e)).collect(),
            )),
        }
    }

    /// `SeedSequence(np.array(words, dtype=np.uint32))`.
    pub fn from_u32_words(words: &[u32]) -> SeedSequence {
        Self::new(Entropy::List(
            words.iter().map(|&w| BigUint::from(w)).collect(),
        ))
    }

    /// `SeedSequence()`: `pool_size * 32` bits of OS entropy (128 by default), kept in
    /// `entropy()` so that the run can be logged and replayed.
    pub fn from_os_entropy(pool_size: usize) -> Result<SeedSequence> {
        check_pool_size(pool_size)?;
        let mut bytes = vec![0u8; pool_size * 4];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::entropy(format!("the operating system gave no entropy: {e}")))?;
        Self::with_options(
            Entropy::Int(BigUint::from_bytes_le(&bytes)),
            &[],
            pool_size,
            0,
        )
    }

    /// The full constructor: `SeedSequence(entropy, spawn_key=..., pool_size=...,
    /// n_children_spawned=...)`. Fails when `pool_size` is not in `4..=MAX_POOL_SIZE`.
    pub fn with_options(
        entropy: Entropy,
        spawn_key: &[u64],
        pool_size: usize,
        n_children_spawned: u64,
    ) -> Result<SeedSequence> {
        check_pool_size(pool_size)?;
        let pool = mix_entropy(
            pool_size,
            &assembled_entropy(&entropy, spawn_key, pool_size),
        );
        Ok(SeedSequence {
            entropy,
            spawn_key: spawn_key.to_vec(),
            pool_size,
            pool,
            n_children_spawned: AtomicU64::new(n_children_spawned),
        })
    }

    /// The entropy as given.
    pub fn entropy(&self) -> &Entropy {
        &self.entropy
    }

    /// The spawn key: the child indices from the root to this sequence.
    pub fn spawn_key(&self) -> &[u64] {
        &self.spawn_key
    }

    /// The number of 32-bit words in the pool.
    pub fn pool_size(&self) -> usize {
        self.pool_size
    }

    /// The hashed entropy pool.
    pub fn pool(&self) -> &[u32] {
        &self.pool
    }

    /// How many children have been spawned so far (the next child's last key element).
    pub fn n_children_spawned(&self) -> u64 {
        self.n_children_spawned.load(Ordering::SeqCst)
    }

    /// The `i`-th 32-bit word of `generate_state`, given the running hash constant.
    #[inline]
    fn state_word(&self, i: usize, hash_const: &mut u32) -> u32 {
        let mut v = self.pool[i % self.pool_size] ^ *hash_const;
        *hash_const = hash_const.wrapping_mul(MULT_B);
        v = v.wrapping_mul(*hash_const);
        v ^ (v >> XSHIFT)
    }

    /// `generate_state(len(out), np.uint32)`. A pure function of the pool.
    pub fn generate_state_u32(&self, out: &mut [u32]) {
        let mut hash_const = INIT_B;
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.state_word(i, &mut hash_const);
        }
    }

    /// `generate_state(len(out), np.uint64)`: pairs of 32-bit words, low word first.
    pub fn generate_state_u64(&self, out: &mut [u64]) {
        let mut hash_const = INIT_B;
        for (i, o) in out.iter_mut().enumerate() {
            let lo = self.state_word(2 * i, &mut hash_const);
            let hi = self.state_word(2 * i + 1, &mut hash_const);
            *o = u64::from(lo) | (u64::from(hi) << 32);
        }
    }

    /// `spawn(n)`: children with keys `spawn_key + (i,)` for the next `n` values of the counter.
    /// Safe to call from several threads on one shared sequence: no key is handed out twice.
    pub fn spawn(&self, n: usize) -> Result<Vec<SeedSequence>> {
        let n64 = n as u64;
        let first = self
            .n_children_spawned
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |c| c.checked_add(n64))
            .map_err(|c| {
                Error::invalid(format!(
                    "spawning {n} more children after {c} overflows the 64-bit spawn counter"
                ))
            })?;
        Ok((first..first + n64).map(|i| self.child(i)).collect())
    }

    fn child(&self, index: u64) -> SeedSequence {
        let mut key = self.spawn_key.clone();
        key.push(index);
        Self::with_options(self.entropy.clone(), &key, self.pool_size, 0)
            .expect("the parent's pool size is valid")
    }
}

fn check_pool_size(pool_size: usize) -> Result<()> {
    if pool_size < DEFAULT_POOL_SIZE {
        return Err(Error::invalid(format!(
            "pool_size {pool_size}: the size of the entropy pool should be at least 4"
        )));
    }
    if pool_size > MAX_POOL_SIZE {
        return Err(Error::invalid(format!(
            "pool_size {pool_size} is too large (randstreams accepts at most {MAX_POOL_SIZE})"
        )));
    }
    Ok(())
}

/// NumPy's `get_assembled_entropy`: the run entropy is zero-padded to the pool size only when
/// there is a spawn key (gh-16539), then the spawn key's words follow.
fn assembled_entropy(entropy: &Entropy, spawn_key: &[u64], pool_size: usize) -> Vec<u32> {
    let mut words = entropy.words();
    let spawn_words: Vec<u32> = spawn_key
        .iter()
        .flat_map(|&k| int_words(&BigUint::from(k)))
        .collect();
    if !spawn_words.is_empty() && words.len() < pool_size {
        words.resize(pool_size, 0);
    }
    words.extend(spawn_words);
    words
}

/// NumPy's `mix_entropy`; one hash constant runs through all three phases.
fn mix_entropy(pool_size: usize, entropy: &[u32]) -> Vec<u32> {
    let mut hash_const = INIT_A;
    let mut pool: Vec<u32> = (0..pool_size)
        .map(|i| hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const))
        .collect();
    for src in 0..pool_size {
        for dst in 0..pool_size {
            if src != dst {
                let h = hashmix(pool[src], &mut hash_const);
                pool[dst] = mix(pool[dst], h);
            }
        }
    }
    for &word in entropy.iter().skip(pool_size) {
        for p in pool.iter_mut() {
            let h = hashmix(word, &mut hash_const);
            *p = mix(*p, h);
        }
    }
    pool
}

#[cfg(test)]
mod tests {
    use super::*;

    // Known answers of NumPy 2.4.6's SeedSequence (numpy/random/bit_generator.pyx), each run
    // against it.
    #[test]
    fn known_pools_and_states() {
        assert_eq!(
            SeedSequence::from_u64(0).pool(),
            &[0xfe40eb07, 0x4f363a36, 0x4eb2009d, 0xc89a7aa7]
        );
        let mut s = [0u32; 4];
        SeedSequence::from_u64(12345).generate_state_u32(&mut s);
        assert_eq!(s, [0xa03d837c, 0xb5ae6482, 0xfa1f7a2f, 0xbbe2996f]);
        let mut s64 = [0u64; 2];
        SeedSequence::from_u64(0).generate_state_u64(&mut s64);
        assert_eq!(s64, [0xdb2cd7e7b0f478be, 0xabf4641a2c71ba49]);
        let ss5 = SeedSequence::with_options(Entropy::parse("0").unwrap(), &[], 5, 0).unwrap();
        assert_eq!(
            ss5.pool(),
            &[4265059501, 252166291, 2868082295, 3738881387, 2051352958]
        );
    }

    #[test]
    fn spawn_counts_on() {
        let ss = SeedSequence::from_u64(12345);
        let kids = ss.spawn(2).unwrap();
        let mut s = [0u32; 2];
        kids[1].generate_state_u32(&mut s);
        assert_eq!(s, [0x56dbd8a6, 0x15647117]);
        assert_eq!(ss.spawn(1).unwrap()[0].spawn_key(), &[2]);
        assert_eq!(ss.n_children_spawned(), 3);
    }

    #[test]
    fn parse_and_print() {
        let e = Entropy::parse("[3, 0x8c3c010cb4754c905776bdac5ee7501]").unwrap();
        assert_eq!(Entropy::parse(&e.to_string()).unwrap(), e);
        for bad in [
            "", "-5", "0X10", "12abc", "[1,,2]", "[1", "abc", "[[1]]", "1.5",
        ] {
            assert!(Entropy::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(Entropy::parse("4294967296").unwrap().words(), vec![0, 1]);
    }
}
