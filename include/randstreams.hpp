// randstreams.hpp: header-only C++17 wrappers over the randstreams C API (randstreams.h).
//
// NumPy's SeedSequence, bit generators and Generator methods, bit-identical to NumPy 2.x, as
// move-only RAII classes that throw randstreams::error instead of returning status codes:
//
//     randstreams::seed_sequence root(12345);                      // SeedSequence(12345)
//     auto children = root.spawn(4);                               // root.spawn(4)
//     randstreams::generator rng(randstreams::bit_generator::pcg64(children[1]));
//     std::vector<double> x = rng.normal(10.0, 2.0, 5);            // rng.normal(10, 2, size=5)
//     double z = rng.standard_normal();                            // rng.standard_normal()
//
// Every class owns its C handle and frees it exactly once. Copying is deleted (bit generators
// have an explicit clone()); a moved-from object is empty: it may be destroyed or assigned to,
// `if (obj)` is false, and any other call throws error(RNG_ERR_NULL_POINTER). A handle made by
// the C API is taken over with adopt() and given back with release().
//
// Needs C++17. Link the randstreams library as for the C API (randstreams::shared or
// randstreams::static in CMake).
#ifndef RANDSTREAMS_HPP
#define RANDSTREAMS_HPP

#include "randstreams.h"

#if !(__cplusplus >= 201703L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201703L))
#error "randstreams.hpp needs C++17 or later (randstreams.h alone works with C++11)"
#endif

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#if __cplusplus >= 202002L
#include <random>  // std::uniform_random_bit_generator
#include <span>
#endif

namespace randstreams {

/// The exception every failing call throws: the C status code (`RNG_ERR_*`) and, for a failure
/// of the library, `rng_last_error()`'s message as what(), e.g.
/// `rng_normal: scale < 0 (got scale = -0.5)`. (NumPy raises ValueError/TypeError instead.)
class error : public std::runtime_error {
public:
    error(std::int32_t status, const std::string &message)
        : std::runtime_error(message), status_(status) {}

    /// The status code: RNG_ERR_INVALID_ARGUMENT, RNG_ERR_UNSUPPORTED, ...
    [[nodiscard]] std::int32_t status() const noexcept { return status_; }

    /// The status code's name, e.g. "RNG_ERR_INVALID_ARGUMENT".
    [[nodiscard]] const char *status_name() const noexcept { return rng_status_str(status_); }

private:
    std::int32_t status_;
};

/// The library's version, "MAJOR.MINOR.PATCH" (compare with RNG_VERSION_STRING).
[[nodiscard]] inline const char *version() noexcept { return rng_version(); }

class bit_generator;
class generator;

namespace detail {

/// Selects the constructor that takes over a C handle as is (NULL: an empty object).
struct adopt_t {};

/// The one owner of a C handle, freed by `Free` exactly once; the base of the handle classes.
template <class T, void (*Free)(T *)>
class unique_handle {
public:
    /// False for an empty (moved-from or released) object.
    explicit operator bool() const noexcept { return p_ != nullptr; }

    /// The C handle, still owned by this object (nullptr when empty), for calling the C API.
    [[nodiscard]] T *native_handle() const noexcept { return p_.get(); }

    /// Gives up ownership: returns the C handle (the caller frees it) and leaves this empty.
    [[nodiscard]] T *release() noexcept { return p_.release(); }

protected:
    /// Owns `p`, which may be NULL (an empty object).
    unique_handle(adopt_t, T *p) noexcept : p_(p) {}

    /// Owns what a C constructor returned; NULL means it failed with `status_if_null`.
    unique_handle(T *p, std::int32_t status_if_null) : p_(p) {
        if (p == nullptr) {
            throw error(status_if_null, rng_last_error());
        }
    }

    /// The handle, for a C call; throws error(RNG_ERR_NULL_POINTER) when empty.
    T *get() const {
        if (p_ == nullptr) {
            throw error(RNG_ERR_NULL_POINTER, "randstreams: use of an empty (moved-from) object");
        }
        return p_.get();
    }

    /// Throws error(status, rng_last_error()) unless status is RNG_OK.
    static void check(std::int32_t status) {
        if (status != RNG_OK) {
            throw error(status, rng_last_error());
        }
    }

    /// The text of an snprintf-style C function `write(buf, cap) -> length`; the texts are
    /// never empty, so a length of 0 is a failure with `status_if_empty`.
    template <class Write>
    static std::string c_text(Write write, std::int32_t status_if_empty) {
        const std::size_t len = write(nullptr, 0);
        if (len == 0) {
            throw error(status_if_empty, rng_last_error());
        }
        std::vector<char> buf(len + 1);
        (void)write(buf.data(), buf.size());
        return std::string(buf.data(), len);
    }

    /// The bytes of a C checkpoint function `save(buf, cap, &len) -> status`.
    template <class Save>
    static std::vector<std::uint8_t> c_bytes(Save save) {
        std::size_t len = 0;
        check(save(nullptr, 0, &len));
        std::vector<std::uint8_t> out(len);
        check(save(out.data(), out.size(), &len));
        return out;
    }

private:
    struct deleter {
        void operator()(T *p) const noexcept { Free(p); }
    };
    std::unique_ptr<T, deleter> p_;
};

}  // namespace detail

/// `numpy.random.SeedSequence`: entropy, spawn key, pool size and spawn counter.
///
/// A bit generator made from a seed sequence shares it, as in NumPy: spawning through either
/// draws on one counter, and the sequence may be destroyed before its generators.
class seed_sequence : private detail::unique_handle<rng_seedseq, ss_free> {
    using base = detail::unique_handle<rng_seedseq, ss_free>;

public:
    using base::native_handle;
    using base::release;
    using base::operator bool;

    /// `SeedSequence(entropy)` for an integer below 2^64 (`SeedSequence(12345)`).
    explicit seed_sequence(std::uint64_t entropy)
        : base(ss_new(&entropy, 1), RNG_ERR_INVALID_ARGUMENT) {}

    /// `SeedSequence([e0, e1, ...])` (`seed_sequence{1, 2}`); `{}` is `SeedSequence([])`.
    seed_sequence(std::initializer_list<std::uint64_t> entropy)
        : base(ss_new(entropy.begin(), entropy.size()), RNG_ERR_INVALID_ARGUMENT) {}

    /// `SeedSequence([e0, e1, ...])`.
    explicit seed_sequence(const std::vector<std::uint64_t> &entropy)
        : base(ss_new(entropy.data(), entropy.size()), RNG_ERR_INVALID_ARGUMENT) {}

    /// `SeedSequence(entropy)` for entropy written as text: an integer of any size, decimal or
    /// 0x-hex, or a flat list of them (`"0x8c3c010cb4754c905776bdac5ee7501"`,
    /// `"[3, 1180591620717411303424]"`). Throws error(RNG_ERR_INVALID_ARGUMENT) for other
    /// text (`"-5"`, nested lists).
    explicit seed_sequence(const std::string &entropy)
        : base(ss_new_str(entropy.c_str()), RNG_ERR_INVALID_ARGUMENT) {}

    /// `SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size,
    /// n_children_spawned=n_children_spawned)` with entropy as text. Throws
    /// error(RNG_ERR_INVALID_ARGUMENT) for bad text or `pool_size` outside 4..1024.
    seed_sequence(const std::string &entropy, const std::vector<std::uint64_t> &spawn_key,
                  std::size_t pool_size = 4, std::uint64_t n_children_spawned = 0)
        : base(ss_new_ex(entropy.c_str(), spawn_key.data(), spawn_key.size(), pool_size,
                         n_children_spawned),
               RNG_ERR_INVALID_ARGUMENT) {}

    /// `SeedSequence()`: 128 bits of OS entropy. Log entropy() to replay the run. Throws
    /// error(RNG_ERR_ENTROPY_UNAVAILABLE) when the OS gives none.
    [[nodiscard]] static seed_sequence from_os() {
        return seed_sequence(ss_new_os(), RNG_ERR_ENTROPY_UNAVAILABLE);
    }

    /// `SeedSequence(np.array(words, dtype=np.uint32))`.
    [[nodiscard]] static seed_sequence from_u32(const std::vector<std::uint32_t> &words) {
        return seed_sequence(ss_new_u32(words.data(), words.size()), RNG_ERR_INVALID_ARGUMENT);
    }

    /// Takes ownership of a handle from the C API (NULL gives an empty object).
    [[nodiscard]] static seed_sequence adopt(rng_seedseq *handle) noexcept {
        return seed_sequence(detail::adopt_t{}, handle);
    }

    /// `ss.spawn(n)`: the next n children; advances the spawn counter by n.
    [[nodiscard]] std::vector<seed_sequence> spawn(std::size_t n) {
        std::vector<rng_seedseq *> raw(n);
        std::vector<seed_sequence> children;
        children.reserve(n);  // so that nothing below can throw and leak a child
        check(ss_spawn(get(), n, raw.data()));
        for (rng_seedseq *child : raw) {
            children.push_back(adopt(child));
        }
        return children;
    }

    /// `ss.generate_state(n)` (uint32 words); does not change the sequence.
    [[nodiscard]] std::vector<std::uint32_t> generate_state_u32(std::size_t n) const {
        std::vector<std::uint32_t> out(n);
        check(ss_generate_state_u32(get(), out.data(), n));
        return out;
    }

    /// `ss.generate_state(n, np.uint64)`; does not change the sequence.
    [[nodiscard]] std::vector<std::uint64_t> generate_state_u64(std::size_t n) const {
        std::vector<std::uint64_t> out(n);
        check(ss_generate_state_u64(get(), out.data(), n));
        return out;
    }

    /// `ss.n_children_spawned`.
    [[nodiscard]] std::uint64_t n_children_spawned() const { return ss_n_children_spawned(get()); }

    /// `ss.pool_size`.
    [[nodiscard]] std::size_t pool_size() const { return ss_pool_size(get()); }

    /// `ss.spawn_key`.
    [[nodiscard]] std::vector<std::uint64_t> spawn_key() const {
        rng_seedseq *const h = get();
        std::vector<std::uint64_t> key(ss_spawn_key(h, nullptr, 0));
        (void)ss_spawn_key(h, key.data(), key.size());
        return key;
    }

    /// `ss.entropy` as text NumPy would print (`12345`, `[1, 2, 3]`), which the text
    /// constructors read back.
    [[nodiscard]] std::string entropy() const {
        rng_seedseq *const h = get();
        return c_text([h](char *buf, std::size_t cap) { return ss_entropy_str(h, buf, cap); },
                    RNG_ERR_INTERNAL);
    }

    /// `ss.state` as JSON (`SeedSequence(**json.loads(text))` rebuilds it in Python, spawn
    /// counter included).
    [[nodiscard]] std::string state_json() const {
        rng_seedseq *const h = get();
        return c_text([h](char *buf, std::size_t cap) { return ss_state_json(h, buf, cap); },
                    RNG_ERR_INTERNAL);
    }

    /// The sequence state_json() describes; throws error(RNG_ERR_INVALID_ARGUMENT) for
    /// malformed JSON (the message names the field).
    [[nodiscard]] static seed_sequence from_state_json(const std::string &json) {
        return seed_sequence(ss_from_state_json(json.c_str()), RNG_ERR_INVALID_ARGUMENT);
    }

    /// A binary checkpoint (entropy, spawn key, pool size, spawn counter) for restart files.
    [[nodiscard]] std::vector<std::uint8_t> state_save() const {
        rng_seedseq *const h = get();
        return c_bytes([h](std::uint8_t *buf, std::size_t cap, std::size_t *len) {
            return ss_state_save(h, buf, cap, len);
        });
    }

    /// The sequence a state_save() checkpoint holds; throws error(RNG_ERR_INVALID_ARGUMENT)
    /// for truncated, corrupted or wrong-kind bytes.
    [[nodiscard]] static seed_sequence state_load(const std::uint8_t *data, std::size_t n) {
        return seed_sequence(ss_state_load(data, n), RNG_ERR_INVALID_ARGUMENT);
    }
    [[nodiscard]] static seed_sequence state_load(const std::vector<std::uint8_t> &data) {
        return state_load(data.data(), data.size());
    }

private:
    friend class bit_generator;

    seed_sequence(detail::adopt_t tag, rng_seedseq *p) noexcept : base(tag, p) {}
    seed_sequence(rng_seedseq *p, std::int32_t status_if_null) : base(p, status_if_null) {}
};

/// `numpy.random.BitGenerator`: a PCG64, PCG64DXSM, MT19937, Philox or SFC64 generator.
///
/// A C++ uniform random bit generator (operator() is NumPy's next_uint64), so it drives
/// std::shuffle and the <random> distributions; NumPy's own distributions are in `generator`.
class bit_generator : private detail::unique_handle<rng_bitgen, bitgen_free> {
    using base = detail::unique_handle<rng_bitgen, bitgen_free>;

public:
    using base::native_handle;
    using base::release;
    using base::operator bool;

    using result_type = std::uint64_t;
    static constexpr result_type min() noexcept { return 0; }
    static constexpr result_type max() noexcept {
        return std::numeric_limits<result_type>::max();
    }
    /// next_u64(): 64 random bits.
    result_type operator()() { return next_u64(); }

    /// `numpy.random.PCG64(ss)`.
    [[nodiscard]] static bit_generator pcg64(const seed_sequence &ss) {
        return bit_generator(pcg64_new(ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.PCG64DXSM(ss)`.
    [[nodiscard]] static bit_generator pcg64dxsm(const seed_sequence &ss) {
        return bit_generator(pcg64dxsm_new(ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.MT19937(ss)`.
    [[nodiscard]] static bit_generator mt19937(const seed_sequence &ss) {
        return bit_generator(mt19937_new(ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.Philox(ss)`.
    [[nodiscard]] static bit_generator philox(const seed_sequence &ss) {
        return bit_generator(philox_new(ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.SFC64(ss)`.
    [[nodiscard]] static bit_generator sfc64(const seed_sequence &ss) {
        return bit_generator(sfc64_new(ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.<name>(ss)` for "PCG64", "PCG64DXSM", "MT19937", "Philox" or "SFC64";
    /// throws error(RNG_ERR_INVALID_ARGUMENT) for another name.
    [[nodiscard]] static bit_generator from_name(const std::string &name,
                                                 const seed_sequence &ss) {
        return bit_generator(bitgen_new(name.c_str(), ss.get()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// `numpy.random.Philox(key=k, counter=c)`, words least significant first. It has no seed
    /// sequence, so spawn() throws.
    [[nodiscard]] static bit_generator philox_key(const std::array<std::uint64_t, 2> &key,
                                                  const std::array<std::uint64_t, 4> &counter = {}) {
        return bit_generator(philox_new_key(key.data(), counter.data()), RNG_ERR_INVALID_ARGUMENT);
    }
    /// The MT19937 of `numpy.random.RandomState(seed)` (not `MT19937(seed)`). No seed sequence.
    [[nodiscard]] static bit_generator mt19937_legacy(std::uint32_t seed) {
        return bit_generator(mt19937_new_legacy(seed), RNG_ERR_INVALID_ARGUMENT);
    }
    /// The MT19937 of `numpy.random.RandomState([s0, s1, ...])`; `mt19937_legacy({7})` is
    /// `RandomState([7])`, which differs from `RandomState(7)`. Throws for an empty list.
    [[nodiscard]] static bit_generator mt19937_legacy(const std::vector<std::uint32_t> &seeds) {
        return bit_generator(mt19937_new_legacy_array(seeds.data(), seeds.size()),
                             RNG_ERR_INVALID_ARGUMENT);
    }
    [[nodiscard]] static bit_generator mt19937_legacy(std::initializer_list<std::uint32_t> seeds) {
        return bit_generator(mt19937_new_legacy_array(seeds.begin(), seeds.size()),
                             RNG_ERR_INVALID_ARGUMENT);
    }
    /// Takes ownership of a handle from the C API, e.g. bitgen_new_user's (NULL: empty).
    [[nodiscard]] static bit_generator adopt(rng_bitgen *handle) noexcept {
        return bit_generator(detail::adopt_t{}, handle);
    }

    /// NumPy's class name: "PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64" (or
    /// "UserBitGenerator").
    [[nodiscard]] std::string name() const { return bitgen_name(get()); }

    /// A copy in the current state, sharing the seed sequence (copying is deleted to make
    /// this explicit). Throws error(RNG_ERR_UNSUPPORTED) for a user generator.
    [[nodiscard]] bit_generator clone() const {
        return bit_generator(bitgen_clone(get()), RNG_ERR_UNSUPPORTED);
    }

    /// `bg.seed_seq`: the (shared) seed sequence. Throws error(RNG_ERR_UNSUPPORTED) for a
    /// generator without one (philox_key, mt19937_legacy, jumped results).
    [[nodiscard]] seed_sequence seed_seq() const {
        return seed_sequence(bitgen_seedseq(get()), RNG_ERR_UNSUPPORTED);
    }

    /// `bg.state` as JSON, exactly Python's `json.dumps(bg.state)` (arrays as lists).
    /// Throws error(RNG_ERR_UNSUPPORTED) for a user generator.
    [[nodiscard]] std::string state_json() const {
        rng_bitgen *const h = get();
        return c_text([h](char *buf, std::size_t cap) { return bitgen_state_json(h, buf, cap); },
                    RNG_ERR_UNSUPPORTED);
    }

    /// `bg.state = json.loads(json)`: the state of the same algorithm; the seed sequence and
    /// spawn counter are kept. Throws error(RNG_ERR_INVALID_ARGUMENT) for malformed JSON or
    /// another algorithm's state (then nothing changes).
    void set_state_json(const std::string &json) {
        check(bitgen_set_state_json(get(), json.c_str()));
    }

    /// A new generator in the state the JSON describes (any algorithm); it has no seed
    /// sequence. Throws error(RNG_ERR_INVALID_ARGUMENT) for malformed JSON.
    [[nodiscard]] static bit_generator from_state_json(const std::string &json) {
        return bit_generator(bitgen_from_state_json(json.c_str()), RNG_ERR_INVALID_ARGUMENT);
    }

    /// A binary checkpoint for restart files, with the seed sequence and spawn counter.
    /// Throws error(RNG_ERR_UNSUPPORTED) for a user generator.
    [[nodiscard]] std::vector<std::uint8_t> state_save() const {
        rng_bitgen *const h = get();
        return c_bytes([h](std::uint8_t *buf, std::size_t cap, std::size_t *len) {
            return bitgen_state_save(h, buf, cap, len);
        });
    }

    /// The generator a state_save() checkpoint holds, with its seed sequence if it had one.
    /// Throws error(RNG_ERR_INVALID_ARGUMENT) for truncated, corrupted or wrong-kind bytes.
    [[nodiscard]] static bit_generator state_load(const std::uint8_t *data, std::size_t n) {
        return bit_generator(bitgen_state_load(data, n), RNG_ERR_INVALID_ARGUMENT);
    }
    [[nodiscard]] static bit_generator state_load(const std::vector<std::uint8_t> &data) {
        return state_load(data.data(), data.size());
    }

    /// NumPy's next_uint64 (MT19937: two outputs, the first in the high half).
    [[nodiscard]] std::uint64_t next_u64() { return bitgen_next_u64(get()); }
    /// NumPy's next_uint32: the low half of a 64-bit draw, then its high half.
    [[nodiscard]] std::uint32_t next_u32() { return bitgen_next_u32(get()); }
    /// NumPy's next_double: a double in [0, 1) with 53 random bits.
    [[nodiscard]] double next_double() { return bitgen_next_double(get()); }
    /// NumPy's bitgen_t.next_raw: one raw output (MT19937: a 32-bit value), the first
    /// value random_raw(1) would give.
    [[nodiscard]] std::uint64_t next_raw() { return bitgen_next_raw(get()); }

    /// `bg.random_raw(n)` (MT19937: 32-bit values).
    [[nodiscard]] std::vector<std::uint64_t> random_raw(std::size_t n) {
        std::vector<std::uint64_t> out(n);
        random_raw(out.data(), n);
        return out;
    }
    void random_raw(std::uint64_t *out, std::size_t n) { check(bitgen_random_raw(get(), out, n)); }

    /// n calls of next_u64 / next_u32 / next_double, into out[0..n) or the whole vector.
    void fill_u64(std::uint64_t *out, std::size_t n) { check(bitgen_fill_u64(get(), out, n)); }
    void fill_u64(std::vector<std::uint64_t> &out) { fill_u64(out.data(), out.size()); }
    /// fill_u64 on up to `threads` threads (PCG64, PCG64DXSM, Philox): the same values and the
    /// same final state as fill_u64 for every threads >= 1. Throws error(RNG_ERR_UNSUPPORTED)
    /// for other generators, error(RNG_ERR_INVALID_ARGUMENT) for threads == 0.
    void fill_u64_parallel(std::uint64_t *out, std::size_t n, std::size_t threads) {
        check(bitgen_fill_u64_parallel(get(), out, n, threads));
    }
    void fill_u64_parallel(std::vector<std::uint64_t> &out, std::size_t threads) {
        fill_u64_parallel(out.data(), out.size(), threads);
    }
    void fill_u32(std::uint32_t *out, std::size_t n) { check(bitgen_fill_u32(get(), out, n)); }
    void fill_u32(std::vector<std::uint32_t> &out) { fill_u32(out.data(), out.size()); }
    void fill_double(double *out, std::size_t n) { check(bitgen_fill_double(get(), out, n)); }
    void fill_double(std::vector<double> &out) { fill_double(out.data(), out.size()); }

    /// `bg.spawn(n)`: n generators of the same algorithm from the seed sequence's next n
    /// children. Throws error(RNG_ERR_UNSUPPORTED) for a generator without a seed sequence.
    [[nodiscard]] std::vector<bit_generator> spawn(std::size_t n) {
        std::vector<rng_bitgen *> raw(n);
        std::vector<bit_generator> children;
        children.reserve(n);  // so that nothing below can throw and leak a child
        check(bitgen_spawn(get(), n, raw.data()));
        for (rng_bitgen *child : raw) {
            children.push_back(adopt(child));
        }
        return children;
    }

    /// `bg.jumped(jumps)` of PCG64, PCG64DXSM, Philox or MT19937: a new generator far ahead;
    /// this one is untouched. The result has no seed sequence. Throws
    /// error(RNG_ERR_UNSUPPORTED) for SFC64 (NumPy has no SFC64.jumped either).
    [[nodiscard]] bit_generator jumped(std::uint64_t jumps = 1) const {
        rng_bitgen *const h = get();
        const char *const alg = bitgen_name(h);
        rng_bitgen *(*jump)(const rng_bitgen *, std::uint64_t) =
            is(alg, "PCG64")       ? pcg64_jumped
            : is(alg, "PCG64DXSM") ? pcg64dxsm_jumped
            : is(alg, "Philox")    ? philox_jumped
            : is(alg, "MT19937")   ? mt19937_jumped
                                   : nullptr;
        if (jump == nullptr) {
            unsupported(std::string("jumped: ") + alg + " has no jumped()");
        }
        return bit_generator(jump(h, jumps), RNG_ERR_INVALID_ARGUMENT);
    }

    /// `bg.advance(delta)` with delta = delta_lo + delta_hi * 2^64: PCG64 and PCG64DXSM move
    /// delta outputs ahead (mod 2^128); Philox skips delta blocks of four outputs. Throws
    /// error(RNG_ERR_UNSUPPORTED) for MT19937 and SFC64.
    void advance(std::uint64_t delta_lo, std::uint64_t delta_hi = 0) {
        rng_bitgen *const h = get();
        const char *const alg = bitgen_name(h);
        if (is(alg, "Philox")) {
            advance(std::array<std::uint64_t, 4>{delta_lo, delta_hi, 0, 0});
            return;
        }
        const std::uint64_t delta[2] = {delta_lo, delta_hi};
        check(is(alg, "PCG64DXSM") ? pcg64dxsm_advance(h, delta)
              : is(alg, "PCG64")   ? pcg64_advance(h, delta)
                                   : unsupported(std::string("advance: ") + alg +
                                                 " has no advance()"));
    }

    /// `Philox.advance(delta)` for a 256-bit delta (words least significant first): skips
    /// delta blocks of four outputs, mod 2^256. Throws error(RNG_ERR_UNSUPPORTED) for other
    /// algorithms.
    void advance(const std::array<std::uint64_t, 4> &delta) {
        rng_bitgen *const h = get();
        const char *const alg = bitgen_name(h);
        check(is(alg, "Philox") ? philox_advance(h, delta.data())
                                : unsupported(std::string("advance: a four-word delta is for "
                                                          "Philox, not ") + alg));
    }

private:
    friend class generator;

    bit_generator(detail::adopt_t tag, rng_bitgen *p) noexcept : base(tag, p) {}
    bit_generator(rng_bitgen *p, std::int32_t status_if_null) : base(p, status_if_null) {}

    static bool is(const char *name, const char *expected) {
        return std::strcmp(name, expected) == 0;
    }
    [[noreturn]] static std::int32_t unsupported(const std::string &message) {
        throw error(RNG_ERR_UNSUPPORTED, "bit_generator::" + message);
    }
};

#if __cplusplus >= 202002L
static_assert(std::uniform_random_bit_generator<bit_generator>);
#endif

/// `numpy.random.Generator`: NumPy's distributions over a bit generator it owns.
///
/// Each distribution comes in three forms, the NumPy calls `method(params..., size=n)` and
/// `method(params...)`:
///   - `method(params..., n)` returns a std::vector of n values;
///   - `method(params..., out, n)` writes n values to out[0..n);
///   - `method(params...)` returns one value (as a fill of one).
/// A fill of n equals n single values, except for the 8-, 16-bit and bool integers, which
/// NumPy's arrays pack several to a 32-bit draw. Parameters NumPy rejects throw
/// error(RNG_ERR_INVALID_ARGUMENT) before anything is drawn or written.
class generator {
public:
    /// `Generator(bg)`.
    explicit generator(randstreams::bit_generator bg) noexcept : bg_(std::move(bg)) {}

    /// `rng.bit_generator`.
    [[nodiscard]] randstreams::bit_generator &bit_generator() noexcept { return bg_; }
    [[nodiscard]] const randstreams::bit_generator &bit_generator() const noexcept { return bg_; }

    /// False for an empty (moved-from) generator.
    explicit operator bool() const noexcept { return static_cast<bool>(bg_); }

    /// `rng.spawn(n)`: generators over bit_generator().spawn(n).
    [[nodiscard]] std::vector<generator> spawn(std::size_t n) {
        std::vector<randstreams::bit_generator> bgs = bg_.spawn(n);
        std::vector<generator> children;
        children.reserve(n);
        for (randstreams::bit_generator &bg : bgs) {
            children.emplace_back(std::move(bg));
        }
        return children;
    }

    // BEGIN GENERATED: distribution methods (python3 scripts/gen/methods.py; do not edit)
    /// `random()`.
    [[nodiscard]] std::vector<double> random(std::size_t n) { return fill<double>(rng_random, n); }
    void random(double *out, std::size_t n) { check(rng_random(h(), out, n)); }
    [[nodiscard]] double random() { return rng_next_random(h()); }

    /// `random(dtype=np.float32)`.
    [[nodiscard]] std::vector<float> random_f32(std::size_t n) {
        return fill<float>(rng_random_f32, n);
    }
    void random_f32(float *out, std::size_t n) { check(rng_random_f32(h(), out, n)); }
    [[nodiscard]] float random_f32() { return rng_next_random_f32(h()); }

    /// `uniform(low, high)`.
    [[nodiscard]] std::vector<double> uniform(double low, double high, std::size_t n) {
        return fill<double>(rng_uniform, n, low, high);
    }
    void uniform(double low, double high, double *out, std::size_t n) {
        check(rng_uniform(h(), low, high, out, n));
    }
    /// `uniform(...)` with one parameter value per element (NumPy's broadcast call).
    void uniform_v(const double *low, const double *high, double *out, std::size_t n) {
        check(rng_uniform_v(h(), low, high, out, n));
    }
    [[nodiscard]] std::vector<double> uniform_v(const std::vector<double> &low,
                                                const std::vector<double> &high) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<double>(rng_uniform_v, n, low.data(), high.data());
    }
    [[nodiscard]] double uniform(double low, double high) {
        return one<double>(rng_next_uniform, low, high);
    }

    /// `standard_normal()`.
    [[nodiscard]] std::vector<double> standard_normal(std::size_t n) {
        return fill<double>(rng_standard_normal, n);
    }
    void standard_normal(double *out, std::size_t n) { check(rng_standard_normal(h(), out, n)); }
    [[nodiscard]] double standard_normal() { return rng_next_standard_normal(h()); }

    /// `standard_normal(dtype=np.float32)`.
    [[nodiscard]] std::vector<float> standard_normal_f32(std::size_t n) {
        return fill<float>(rng_standard_normal_f32, n);
    }
    void standard_normal_f32(float *out, std::size_t n) {
        check(rng_standard_normal_f32(h(), out, n));
    }
    [[nodiscard]] float standard_normal_f32() { return rng_next_standard_normal_f32(h()); }

    /// `normal(loc, scale)`.
    [[nodiscard]] std::vector<double> normal(double loc, double scale, std::size_t n) {
        return fill<double>(rng_normal, n, loc, scale);
    }
    void normal(double loc, double scale, double *out, std::size_t n) {
        check(rng_normal(h(), loc, scale, out, n));
    }
    /// `normal(...)` with one parameter value per element (NumPy's broadcast call).
    void normal_v(const double *loc, const double *scale, double *out, std::size_t n) {
        check(rng_normal_v(h(), loc, scale, out, n));
    }
    [[nodiscard]] std::vector<double> normal_v(const std::vector<double> &loc,
                                               const std::vector<double> &scale) {
        const std::size_t n = same_size({loc.size(), scale.size()});
        return fill<double>(rng_normal_v, n, loc.data(), scale.data());
    }
    [[nodiscard]] double normal(double loc, double scale) {
        return one<double>(rng_next_normal, loc, scale);
    }

    /// `standard_exponential()`.
    [[nodiscard]] std::vector<double> standard_exponential(std::size_t n) {
        return fill<double>(rng_standard_exponential, n);
    }
    void standard_exponential(double *out, std::size_t n) {
        check(rng_standard_exponential(h(), out, n));
    }
    [[nodiscard]] double standard_exponential() { return rng_next_standard_exponential(h()); }

    /// `standard_exponential(dtype=np.float32)`.
    [[nodiscard]] std::vector<float> standard_exponential_f32(std::size_t n) {
        return fill<float>(rng_standard_exponential_f32, n);
    }
    void standard_exponential_f32(float *out, std::size_t n) {
        check(rng_standard_exponential_f32(h(), out, n));
    }
    [[nodiscard]] float standard_exponential_f32() {
        return rng_next_standard_exponential_f32(h());
    }

    /// `standard_exponential(method='inv')`.
    [[nodiscard]] std::vector<double> standard_exponential_inv(std::size_t n) {
        return fill<double>(rng_standard_exponential_inv, n);
    }
    void standard_exponential_inv(double *out, std::size_t n) {
        check(rng_standard_exponential_inv(h(), out, n));
    }
    [[nodiscard]] double standard_exponential_inv() {
        return rng_next_standard_exponential_inv(h());
    }

    /// `standard_exponential(dtype=np.float32, method='inv')`.
    [[nodiscard]] std::vector<float> standard_exponential_inv_f32(std::size_t n) {
        return fill<float>(rng_standard_exponential_inv_f32, n);
    }
    void standard_exponential_inv_f32(float *out, std::size_t n) {
        check(rng_standard_exponential_inv_f32(h(), out, n));
    }
    [[nodiscard]] float standard_exponential_inv_f32() {
        return rng_next_standard_exponential_inv_f32(h());
    }

    /// `exponential(scale)`.
    [[nodiscard]] std::vector<double> exponential(double scale, std::size_t n) {
        return fill<double>(rng_exponential, n, scale);
    }
    void exponential(double scale, double *out, std::size_t n) {
        check(rng_exponential(h(), scale, out, n));
    }
    /// `exponential(...)` with one parameter value per element (NumPy's broadcast call).
    void exponential_v(const double *scale, double *out, std::size_t n) {
        check(rng_exponential_v(h(), scale, out, n));
    }
    [[nodiscard]] std::vector<double> exponential_v(const std::vector<double> &scale) {
        const std::size_t n = same_size({scale.size()});
        return fill<double>(rng_exponential_v, n, scale.data());
    }
    [[nodiscard]] double exponential(double scale) {
        return one<double>(rng_next_exponential, scale);
    }

    /// `lognormal(mean, sigma)`.
    [[nodiscard]] std::vector<double> lognormal(double mean, double sigma, std::size_t n) {
        return fill<double>(rng_lognormal, n, mean, sigma);
    }
    void lognormal(double mean, double sigma, double *out, std::size_t n) {
        check(rng_lognormal(h(), mean, sigma, out, n));
    }
    /// `lognormal(...)` with one parameter value per element (NumPy's broadcast call).
    void lognormal_v(const double *mean, const double *sigma, double *out, std::size_t n) {
        check(rng_lognormal_v(h(), mean, sigma, out, n));
    }
    [[nodiscard]] std::vector<double> lognormal_v(const std::vector<double> &mean,
                                                  const std::vector<double> &sigma) {
        const std::size_t n = same_size({mean.size(), sigma.size()});
        return fill<double>(rng_lognormal_v, n, mean.data(), sigma.data());
    }
    [[nodiscard]] double lognormal(double mean, double sigma) {
        return one<double>(rng_next_lognormal, mean, sigma);
    }

    /// `standard_gamma(shape)`.
    [[nodiscard]] std::vector<double> standard_gamma(double shape, std::size_t n) {
        return fill<double>(rng_standard_gamma, n, shape);
    }
    void standard_gamma(double shape, double *out, std::size_t n) {
        check(rng_standard_gamma(h(), shape, out, n));
    }
    /// `standard_gamma(...)` with one parameter value per element (NumPy's broadcast call).
    void standard_gamma_v(const double *shape, double *out, std::size_t n) {
        check(rng_standard_gamma_v(h(), shape, out, n));
    }
    [[nodiscard]] std::vector<double> standard_gamma_v(const std::vector<double> &shape) {
        const std::size_t n = same_size({shape.size()});
        return fill<double>(rng_standard_gamma_v, n, shape.data());
    }
    [[nodiscard]] double standard_gamma(double shape) {
        return one<double>(rng_next_standard_gamma, shape);
    }

    /// `standard_gamma(shape, dtype=np.float32)`.
    [[nodiscard]] std::vector<float> standard_gamma_f32(float shape, std::size_t n) {
        return fill<float>(rng_standard_gamma_f32, n, shape);
    }
    void standard_gamma_f32(float shape, float *out, std::size_t n) {
        check(rng_standard_gamma_f32(h(), shape, out, n));
    }
    /// `standard_gamma(...)` with one parameter value per element (NumPy's broadcast call).
    void standard_gamma_f32_v(const float *shape, float *out, std::size_t n) {
        check(rng_standard_gamma_f32_v(h(), shape, out, n));
    }
    [[nodiscard]] std::vector<float> standard_gamma_f32_v(const std::vector<float> &shape) {
        const std::size_t n = same_size({shape.size()});
        return fill<float>(rng_standard_gamma_f32_v, n, shape.data());
    }
    [[nodiscard]] float standard_gamma_f32(float shape) {
        return one<float>(rng_next_standard_gamma_f32, shape);
    }

    /// `gamma(shape, scale)`.
    [[nodiscard]] std::vector<double> gamma(double shape, double scale, std::size_t n) {
        return fill<double>(rng_gamma, n, shape, scale);
    }
    void gamma(double shape, double scale, double *out, std::size_t n) {
        check(rng_gamma(h(), shape, scale, out, n));
    }
    /// `gamma(...)` with one parameter value per element (NumPy's broadcast call).
    void gamma_v(const double *shape, const double *scale, double *out, std::size_t n) {
        check(rng_gamma_v(h(), shape, scale, out, n));
    }
    [[nodiscard]] std::vector<double> gamma_v(const std::vector<double> &shape,
                                              const std::vector<double> &scale) {
        const std::size_t n = same_size({shape.size(), scale.size()});
        return fill<double>(rng_gamma_v, n, shape.data(), scale.data());
    }
    [[nodiscard]] double gamma(double shape, double scale) {
        return one<double>(rng_next_gamma, shape, scale);
    }

    /// `beta(a, b)`.
    [[nodiscard]] std::vector<double> beta(double a, double b, std::size_t n) {
        return fill<double>(rng_beta, n, a, b);
    }
    void beta(double a, double b, double *out, std::size_t n) {
        check(rng_beta(h(), a, b, out, n));
    }
    /// `beta(...)` with one parameter value per element (NumPy's broadcast call).
    void beta_v(const double *a, const double *b, double *out, std::size_t n) {
        check(rng_beta_v(h(), a, b, out, n));
    }
    [[nodiscard]] std::vector<double> beta_v(const std::vector<double> &a,
                                             const std::vector<double> &b) {
        const std::size_t n = same_size({a.size(), b.size()});
        return fill<double>(rng_beta_v, n, a.data(), b.data());
    }
    [[nodiscard]] double beta(double a, double b) { return one<double>(rng_next_beta, a, b); }

    /// `chisquare(df)`.
    [[nodiscard]] std::vector<double> chisquare(double df, std::size_t n) {
        return fill<double>(rng_chisquare, n, df);
    }
    void chisquare(double df, double *out, std::size_t n) { check(rng_chisquare(h(), df, out, n)); }
    /// `chisquare(...)` with one parameter value per element (NumPy's broadcast call).
    void chisquare_v(const double *df, double *out, std::size_t n) {
        check(rng_chisquare_v(h(), df, out, n));
    }
    [[nodiscard]] std::vector<double> chisquare_v(const std::vector<double> &df) {
        const std::size_t n = same_size({df.size()});
        return fill<double>(rng_chisquare_v, n, df.data());
    }
    [[nodiscard]] double chisquare(double df) { return one<double>(rng_next_chisquare, df); }

    /// `f(dfnum, dfden)`.
    [[nodiscard]] std::vector<double> f(double dfnum, double dfden, std::size_t n) {
        return fill<double>(rng_f, n, dfnum, dfden);
    }
    void f(double dfnum, double dfden, double *out, std::size_t n) {
        check(rng_f(h(), dfnum, dfden, out, n));
    }
    /// `f(...)` with one parameter value per element (NumPy's broadcast call).
    void f_v(const double *dfnum, const double *dfden, double *out, std::size_t n) {
        check(rng_f_v(h(), dfnum, dfden, out, n));
    }
    [[nodiscard]] std::vector<double> f_v(const std::vector<double> &dfnum,
                                          const std::vector<double> &dfden) {
        const std::size_t n = same_size({dfnum.size(), dfden.size()});
        return fill<double>(rng_f_v, n, dfnum.data(), dfden.data());
    }
    [[nodiscard]] double f(double dfnum, double dfden) {
        return one<double>(rng_next_f, dfnum, dfden);
    }

    /// `noncentral_chisquare(df, nonc)`.
    [[nodiscard]] std::vector<double> noncentral_chisquare(double df, double nonc, std::size_t n) {
        return fill<double>(rng_noncentral_chisquare, n, df, nonc);
    }
    void noncentral_chisquare(double df, double nonc, double *out, std::size_t n) {
        check(rng_noncentral_chisquare(h(), df, nonc, out, n));
    }
    /// `noncentral_chisquare(...)` with one parameter value per element (NumPy's broadcast call).
    void noncentral_chisquare_v(const double *df, const double *nonc, double *out, std::size_t n) {
        check(rng_noncentral_chisquare_v(h(), df, nonc, out, n));
    }
    [[nodiscard]] std::vector<double> noncentral_chisquare_v(const std::vector<double> &df,
                                                             const std::vector<double> &nonc) {
        const std::size_t n = same_size({df.size(), nonc.size()});
        return fill<double>(rng_noncentral_chisquare_v, n, df.data(), nonc.data());
    }
    [[nodiscard]] double noncentral_chisquare(double df, double nonc) {
        return one<double>(rng_next_noncentral_chisquare, df, nonc);
    }

    /// `noncentral_f(dfnum, dfden, nonc)`.
    [[nodiscard]] std::vector<double> noncentral_f(double dfnum, double dfden, double nonc,
                                                   std::size_t n) {
        return fill<double>(rng_noncentral_f, n, dfnum, dfden, nonc);
    }
    void noncentral_f(double dfnum, double dfden, double nonc, double *out, std::size_t n) {
        check(rng_noncentral_f(h(), dfnum, dfden, nonc, out, n));
    }
    /// `noncentral_f(...)` with one parameter value per element (NumPy's broadcast call).
    void noncentral_f_v(const double *dfnum, const double *dfden, const double *nonc, double *out,
                        std::size_t n) {
        check(rng_noncentral_f_v(h(), dfnum, dfden, nonc, out, n));
    }
    [[nodiscard]] std::vector<double> noncentral_f_v(const std::vector<double> &dfnum,
                                                     const std::vector<double> &dfden,
                                                     const std::vector<double> &nonc) {
        const std::size_t n = same_size({dfnum.size(), dfden.size(), nonc.size()});
        return fill<double>(rng_noncentral_f_v, n, dfnum.data(), dfden.data(), nonc.data());
    }
    [[nodiscard]] double noncentral_f(double dfnum, double dfden, double nonc) {
        return one<double>(rng_next_noncentral_f, dfnum, dfden, nonc);
    }

    /// `vonmises(mu, kappa)`.
    [[nodiscard]] std::vector<double> vonmises(double mu, double kappa, std::size_t n) {
        return fill<double>(rng_vonmises, n, mu, kappa);
    }
    void vonmises(double mu, double kappa, double *out, std::size_t n) {
        check(rng_vonmises(h(), mu, kappa, out, n));
    }
    /// `vonmises(...)` with one parameter value per element (NumPy's broadcast call).
    void vonmises_v(const double *mu, const double *kappa, double *out, std::size_t n) {
        check(rng_vonmises_v(h(), mu, kappa, out, n));
    }
    [[nodiscard]] std::vector<double> vonmises_v(const std::vector<double> &mu,
                                                 const std::vector<double> &kappa) {
        const std::size_t n = same_size({mu.size(), kappa.size()});
        return fill<double>(rng_vonmises_v, n, mu.data(), kappa.data());
    }
    [[nodiscard]] double vonmises(double mu, double kappa) {
        return one<double>(rng_next_vonmises, mu, kappa);
    }

    /// `poisson(lam)`.
    [[nodiscard]] std::vector<std::int64_t> poisson(double lam, std::size_t n) {
        return fill<std::int64_t>(rng_poisson, n, lam);
    }
    void poisson(double lam, std::int64_t *out, std::size_t n) {
        check(rng_poisson(h(), lam, out, n));
    }
    /// `poisson(...)` with one parameter value per element (NumPy's broadcast call).
    void poisson_v(const double *lam, std::int64_t *out, std::size_t n) {
        check(rng_poisson_v(h(), lam, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> poisson_v(const std::vector<double> &lam) {
        const std::size_t n = same_size({lam.size()});
        return fill<std::int64_t>(rng_poisson_v, n, lam.data());
    }
    [[nodiscard]] std::int64_t poisson(double lam) {
        return one<std::int64_t>(rng_next_poisson, lam);
    }

    /// `binomial(n, p)` with `n` as `ntrials`.
    [[nodiscard]] std::vector<std::int64_t> binomial(std::int64_t ntrials, double p,
                                                     std::size_t n) {
        return fill<std::int64_t>(rng_binomial, n, ntrials, p);
    }
    void binomial(std::int64_t ntrials, double p, std::int64_t *out, std::size_t n) {
        check(rng_binomial(h(), ntrials, p, out, n));
    }
    /// `binomial(...)` with one parameter value per element (NumPy's broadcast call).
    void binomial_v(const std::int64_t *ntrials, const double *p, std::int64_t *out,
                    std::size_t n) {
        check(rng_binomial_v(h(), ntrials, p, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> binomial_v(const std::vector<std::int64_t> &ntrials,
                                                       const std::vector<double> &p) {
        const std::size_t n = same_size({ntrials.size(), p.size()});
        return fill<std::int64_t>(rng_binomial_v, n, ntrials.data(), p.data());
    }
    [[nodiscard]] std::int64_t binomial(std::int64_t ntrials, double p) {
        return one<std::int64_t>(rng_next_binomial, ntrials, p);
    }

    /// `geometric(p)`.
    [[nodiscard]] std::vector<std::int64_t> geometric(double p, std::size_t n) {
        return fill<std::int64_t>(rng_geometric, n, p);
    }
    void geometric(double p, std::int64_t *out, std::size_t n) {
        check(rng_geometric(h(), p, out, n));
    }
    /// `geometric(...)` with one parameter value per element (NumPy's broadcast call).
    void geometric_v(const double *p, std::int64_t *out, std::size_t n) {
        check(rng_geometric_v(h(), p, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> geometric_v(const std::vector<double> &p) {
        const std::size_t n = same_size({p.size()});
        return fill<std::int64_t>(rng_geometric_v, n, p.data());
    }
    [[nodiscard]] std::int64_t geometric(double p) {
        return one<std::int64_t>(rng_next_geometric, p);
    }

    /// `negative_binomial(n, p)`.
    [[nodiscard]] std::vector<std::int64_t> negative_binomial(double n, double p,
                                                              std::size_t count) {
        return fill<std::int64_t>(rng_negative_binomial, count, n, p);
    }
    void negative_binomial(double n, double p, std::int64_t *out, std::size_t count) {
        check(rng_negative_binomial(h(), n, p, out, count));
    }
    /// `negative_binomial(...)` with one parameter value per element (NumPy's broadcast call).
    void negative_binomial_v(const double *n, const double *p, std::int64_t *out,
                             std::size_t count) {
        check(rng_negative_binomial_v(h(), n, p, out, count));
    }
    [[nodiscard]] std::vector<std::int64_t> negative_binomial_v(const std::vector<double> &n,
                                                                const std::vector<double> &p) {
        const std::size_t count = same_size({n.size(), p.size()});
        return fill<std::int64_t>(rng_negative_binomial_v, count, n.data(), p.data());
    }
    [[nodiscard]] std::int64_t negative_binomial(double n, double p) {
        return one<std::int64_t>(rng_next_negative_binomial, n, p);
    }

    /// `logseries(p)`.
    [[nodiscard]] std::vector<std::int64_t> logseries(double p, std::size_t n) {
        return fill<std::int64_t>(rng_logseries, n, p);
    }
    void logseries(double p, std::int64_t *out, std::size_t n) {
        check(rng_logseries(h(), p, out, n));
    }
    /// `logseries(...)` with one parameter value per element (NumPy's broadcast call).
    void logseries_v(const double *p, std::int64_t *out, std::size_t n) {
        check(rng_logseries_v(h(), p, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> logseries_v(const std::vector<double> &p) {
        const std::size_t n = same_size({p.size()});
        return fill<std::int64_t>(rng_logseries_v, n, p.data());
    }
    [[nodiscard]] std::int64_t logseries(double p) {
        return one<std::int64_t>(rng_next_logseries, p);
    }

    /// `zipf(a)`.
    [[nodiscard]] std::vector<std::int64_t> zipf(double a, std::size_t n) {
        return fill<std::int64_t>(rng_zipf, n, a);
    }
    void zipf(double a, std::int64_t *out, std::size_t n) { check(rng_zipf(h(), a, out, n)); }
    /// `zipf(...)` with one parameter value per element (NumPy's broadcast call).
    void zipf_v(const double *a, std::int64_t *out, std::size_t n) {
        check(rng_zipf_v(h(), a, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> zipf_v(const std::vector<double> &a) {
        const std::size_t n = same_size({a.size()});
        return fill<std::int64_t>(rng_zipf_v, n, a.data());
    }
    [[nodiscard]] std::int64_t zipf(double a) { return one<std::int64_t>(rng_next_zipf, a); }

    /// `hypergeometric(ngood, nbad, nsample)`.
    [[nodiscard]] std::vector<std::int64_t> hypergeometric(std::int64_t ngood, std::int64_t nbad,
                                                           std::int64_t nsample, std::size_t n) {
        return fill<std::int64_t>(rng_hypergeometric, n, ngood, nbad, nsample);
    }
    void hypergeometric(std::int64_t ngood, std::int64_t nbad, std::int64_t nsample,
                        std::int64_t *out, std::size_t n) {
        check(rng_hypergeometric(h(), ngood, nbad, nsample, out, n));
    }
    /// `hypergeometric(...)` with one parameter value per element (NumPy's broadcast call).
    void hypergeometric_v(const std::int64_t *ngood, const std::int64_t *nbad,
                          const std::int64_t *nsample, std::int64_t *out, std::size_t n) {
        check(rng_hypergeometric_v(h(), ngood, nbad, nsample, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> hypergeometric_v(const std::vector<std::int64_t> &ngood,
                                                             const std::vector<std::int64_t> &nbad,
                                                             const std::vector<std::int64_t> &nsample) {
        const std::size_t n = same_size({ngood.size(), nbad.size(), nsample.size()});
        return fill<std::int64_t>(rng_hypergeometric_v, n, ngood.data(), nbad.data(),
                                  nsample.data());
    }
    [[nodiscard]] std::int64_t hypergeometric(std::int64_t ngood, std::int64_t nbad,
                                              std::int64_t nsample) {
        return one<std::int64_t>(rng_next_hypergeometric, ngood, nbad, nsample);
    }

    /// `integers(low, high, dtype=np.int64, endpoint=endpoint)`.
    [[nodiscard]] std::vector<std::int64_t> integers_i64(std::int64_t low, std::int64_t high,
                                                         bool endpoint, std::size_t n) {
        return fill<std::int64_t>(rng_integers_i64, n, low, high, endpoint);
    }
    void integers_i64(std::int64_t low, std::int64_t high, bool endpoint, std::int64_t *out,
                      std::size_t n) {
        check(rng_integers_i64(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_i64_v(const std::int64_t *low, const std::int64_t *high, bool endpoint,
                        std::int64_t *out, std::size_t n) {
        check(rng_integers_i64_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::int64_t> integers_i64_v(const std::vector<std::int64_t> &low,
                                                           const std::vector<std::int64_t> &high,
                                                           bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::int64_t>(rng_integers_i64_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::int64_t integers_i64(std::int64_t low, std::int64_t high, bool endpoint) {
        return one<std::int64_t>(rng_next_integers_i64, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.int32, endpoint=endpoint)`.
    [[nodiscard]] std::vector<std::int32_t> integers_i32(std::int32_t low, std::int32_t high,
                                                         bool endpoint, std::size_t n) {
        return fill<std::int32_t>(rng_integers_i32, n, low, high, endpoint);
    }
    void integers_i32(std::int32_t low, std::int32_t high, bool endpoint, std::int32_t *out,
                      std::size_t n) {
        check(rng_integers_i32(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_i32_v(const std::int32_t *low, const std::int32_t *high, bool endpoint,
                        std::int32_t *out, std::size_t n) {
        check(rng_integers_i32_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::int32_t> integers_i32_v(const std::vector<std::int32_t> &low,
                                                           const std::vector<std::int32_t> &high,
                                                           bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::int32_t>(rng_integers_i32_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::int32_t integers_i32(std::int32_t low, std::int32_t high, bool endpoint) {
        return one<std::int32_t>(rng_next_integers_i32, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.int16, endpoint=endpoint)` (packed fills).
    [[nodiscard]] std::vector<std::int16_t> integers_i16(std::int16_t low, std::int16_t high,
                                                         bool endpoint, std::size_t n) {
        return fill<std::int16_t>(rng_integers_i16, n, low, high, endpoint);
    }
    void integers_i16(std::int16_t low, std::int16_t high, bool endpoint, std::int16_t *out,
                      std::size_t n) {
        check(rng_integers_i16(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_i16_v(const std::int16_t *low, const std::int16_t *high, bool endpoint,
                        std::int16_t *out, std::size_t n) {
        check(rng_integers_i16_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::int16_t> integers_i16_v(const std::vector<std::int16_t> &low,
                                                           const std::vector<std::int16_t> &high,
                                                           bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::int16_t>(rng_integers_i16_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::int16_t integers_i16(std::int16_t low, std::int16_t high, bool endpoint) {
        return one<std::int16_t>(rng_next_integers_i16, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.int8, endpoint=endpoint)` (packed fills).
    [[nodiscard]] std::vector<std::int8_t> integers_i8(std::int8_t low, std::int8_t high,
                                                       bool endpoint, std::size_t n) {
        return fill<std::int8_t>(rng_integers_i8, n, low, high, endpoint);
    }
    void integers_i8(std::int8_t low, std::int8_t high, bool endpoint, std::int8_t *out,
                     std::size_t n) {
        check(rng_integers_i8(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_i8_v(const std::int8_t *low, const std::int8_t *high, bool endpoint,
                       std::int8_t *out, std::size_t n) {
        check(rng_integers_i8_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::int8_t> integers_i8_v(const std::vector<std::int8_t> &low,
                                                         const std::vector<std::int8_t> &high,
                                                         bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::int8_t>(rng_integers_i8_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::int8_t integers_i8(std::int8_t low, std::int8_t high, bool endpoint) {
        return one<std::int8_t>(rng_next_integers_i8, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.uint64, endpoint=endpoint)`.
    [[nodiscard]] std::vector<std::uint64_t> integers_u64(std::uint64_t low, std::uint64_t high,
                                                          bool endpoint, std::size_t n) {
        return fill<std::uint64_t>(rng_integers_u64, n, low, high, endpoint);
    }
    void integers_u64(std::uint64_t low, std::uint64_t high, bool endpoint, std::uint64_t *out,
                      std::size_t n) {
        check(rng_integers_u64(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_u64_v(const std::uint64_t *low, const std::uint64_t *high, bool endpoint,
                        std::uint64_t *out, std::size_t n) {
        check(rng_integers_u64_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::uint64_t> integers_u64_v(const std::vector<std::uint64_t> &low,
                                                            const std::vector<std::uint64_t> &high,
                                                            bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::uint64_t>(rng_integers_u64_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::uint64_t integers_u64(std::uint64_t low, std::uint64_t high, bool endpoint) {
        return one<std::uint64_t>(rng_next_integers_u64, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.uint32, endpoint=endpoint)`.
    [[nodiscard]] std::vector<std::uint32_t> integers_u32(std::uint32_t low, std::uint32_t high,
                                                          bool endpoint, std::size_t n) {
        return fill<std::uint32_t>(rng_integers_u32, n, low, high, endpoint);
    }
    void integers_u32(std::uint32_t low, std::uint32_t high, bool endpoint, std::uint32_t *out,
                      std::size_t n) {
        check(rng_integers_u32(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_u32_v(const std::uint32_t *low, const std::uint32_t *high, bool endpoint,
                        std::uint32_t *out, std::size_t n) {
        check(rng_integers_u32_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::uint32_t> integers_u32_v(const std::vector<std::uint32_t> &low,
                                                            const std::vector<std::uint32_t> &high,
                                                            bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::uint32_t>(rng_integers_u32_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::uint32_t integers_u32(std::uint32_t low, std::uint32_t high, bool endpoint) {
        return one<std::uint32_t>(rng_next_integers_u32, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.uint16, endpoint=endpoint)` (packed fills).
    [[nodiscard]] std::vector<std::uint16_t> integers_u16(std::uint16_t low, std::uint16_t high,
                                                          bool endpoint, std::size_t n) {
        return fill<std::uint16_t>(rng_integers_u16, n, low, high, endpoint);
    }
    void integers_u16(std::uint16_t low, std::uint16_t high, bool endpoint, std::uint16_t *out,
                      std::size_t n) {
        check(rng_integers_u16(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_u16_v(const std::uint16_t *low, const std::uint16_t *high, bool endpoint,
                        std::uint16_t *out, std::size_t n) {
        check(rng_integers_u16_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::uint16_t> integers_u16_v(const std::vector<std::uint16_t> &low,
                                                            const std::vector<std::uint16_t> &high,
                                                            bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::uint16_t>(rng_integers_u16_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::uint16_t integers_u16(std::uint16_t low, std::uint16_t high, bool endpoint) {
        return one<std::uint16_t>(rng_next_integers_u16, low, high, endpoint);
    }

    /// `integers(low, high, dtype=np.uint8, endpoint=endpoint)` (packed fills).
    [[nodiscard]] std::vector<std::uint8_t> integers_u8(std::uint8_t low, std::uint8_t high,
                                                        bool endpoint, std::size_t n) {
        return fill<std::uint8_t>(rng_integers_u8, n, low, high, endpoint);
    }
    void integers_u8(std::uint8_t low, std::uint8_t high, bool endpoint, std::uint8_t *out,
                     std::size_t n) {
        check(rng_integers_u8(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_u8_v(const std::uint8_t *low, const std::uint8_t *high, bool endpoint,
                       std::uint8_t *out, std::size_t n) {
        check(rng_integers_u8_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<std::uint8_t> integers_u8_v(const std::vector<std::uint8_t> &low,
                                                          const std::vector<std::uint8_t> &high,
                                                          bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        return fill<std::uint8_t>(rng_integers_u8_v, n, low.data(), high.data(), endpoint);
    }
    [[nodiscard]] std::uint8_t integers_u8(std::uint8_t low, std::uint8_t high, bool endpoint) {
        return one<std::uint8_t>(rng_next_integers_u8, low, high, endpoint);
    }

    /// `integers(low, high, dtype=bool, endpoint=endpoint)` (packed fills).
    [[nodiscard]] std::vector<bool> integers_bool(std::uint8_t low, std::uint8_t high,
                                                  bool endpoint, std::size_t n) {
        const std::unique_ptr<bool[]> buf(new bool[n]);
        integers_bool(low, high, endpoint, buf.get(), n);
        return std::vector<bool>(buf.get(), buf.get() + n);
    }
    void integers_bool(std::uint8_t low, std::uint8_t high, bool endpoint, bool *out,
                       std::size_t n) {
        check(rng_integers_bool(h(), low, high, endpoint, out, n));
    }
    /// `integers(...)` with one parameter value per element (NumPy's broadcast call).
    void integers_bool_v(const std::uint8_t *low, const std::uint8_t *high, bool endpoint,
                         bool *out, std::size_t n) {
        check(rng_integers_bool_v(h(), low, high, endpoint, out, n));
    }
    [[nodiscard]] std::vector<bool> integers_bool_v(const std::vector<std::uint8_t> &low,
                                                    const std::vector<std::uint8_t> &high,
                                                    bool endpoint) {
        const std::size_t n = same_size({low.size(), high.size()});
        const std::unique_ptr<bool[]> buf(new bool[n]);
        integers_bool_v(low.data(), high.data(), endpoint, buf.get(), n);
        return std::vector<bool>(buf.get(), buf.get() + n);
    }
    [[nodiscard]] bool integers_bool(std::uint8_t low, std::uint8_t high, bool endpoint) {
        return one<bool>(rng_next_integers_bool, low, high, endpoint);
    }

    /// `permutation(n)`: a random ordering of 0, 1, ..., n-1.
    [[nodiscard]] std::vector<std::int64_t> permutation(std::size_t n) {
        return fill<std::int64_t>(rng_permutation, n);
    }
    void permutation(std::int64_t *out, std::size_t n) { check(rng_permutation(h(), out, n)); }

    /// `shuffle(data)` for a 1-d int64 array, in place.
    void shuffle(std::int64_t *data, std::size_t n) { check(rng_shuffle_i64(h(), data, n)); }
    void shuffle(std::vector<std::int64_t> &data) { shuffle(data.data(), data.size()); }

    /// `shuffle(data)` for a 1-d float64 array, in place.
    void shuffle(double *data, std::size_t n) { check(rng_shuffle_f64(h(), data, n)); }
    void shuffle(std::vector<double> &data) { shuffle(data.data(), data.size()); }

    /// `standard_cauchy()`.
    [[nodiscard]] std::vector<double> standard_cauchy(std::size_t n) {
        return fill<double>(rng_standard_cauchy, n);
    }
    void standard_cauchy(double *out, std::size_t n) { check(rng_standard_cauchy(h(), out, n)); }
    [[nodiscard]] double standard_cauchy() { return rng_next_standard_cauchy(h()); }

    /// `standard_t(df)`.
    [[nodiscard]] std::vector<double> standard_t(double df, std::size_t n) {
        return fill<double>(rng_standard_t, n, df);
    }
    void standard_t(double df, double *out, std::size_t n) {
        check(rng_standard_t(h(), df, out, n));
    }
    /// `standard_t(...)` with one parameter value per element (NumPy's broadcast call).
    void standard_t_v(const double *df, double *out, std::size_t n) {
        check(rng_standard_t_v(h(), df, out, n));
    }
    [[nodiscard]] std::vector<double> standard_t_v(const std::vector<double> &df) {
        const std::size_t n = same_size({df.size()});
        return fill<double>(rng_standard_t_v, n, df.data());
    }
    [[nodiscard]] double standard_t(double df) { return one<double>(rng_next_standard_t, df); }

    /// `pareto(a)`.
    [[nodiscard]] std::vector<double> pareto(double a, std::size_t n) {
        return fill<double>(rng_pareto, n, a);
    }
    void pareto(double a, double *out, std::size_t n) { check(rng_pareto(h(), a, out, n)); }
    /// `pareto(...)` with one parameter value per element (NumPy's broadcast call).
    void pareto_v(const double *a, double *out, std::size_t n) {
        check(rng_pareto_v(h(), a, out, n));
    }
    [[nodiscard]] std::vector<double> pareto_v(const std::vector<double> &a) {
        const std::size_t n = same_size({a.size()});
        return fill<double>(rng_pareto_v, n, a.data());
    }
    [[nodiscard]] double pareto(double a) { return one<double>(rng_next_pareto, a); }

    /// `weibull(a)`.
    [[nodiscard]] std::vector<double> weibull(double a, std::size_t n) {
        return fill<double>(rng_weibull, n, a);
    }
    void weibull(double a, double *out, std::size_t n) { check(rng_weibull(h(), a, out, n)); }
    /// `weibull(...)` with one parameter value per element (NumPy's broadcast call).
    void weibull_v(const double *a, double *out, std::size_t n) {
        check(rng_weibull_v(h(), a, out, n));
    }
    [[nodiscard]] std::vector<double> weibull_v(const std::vector<double> &a) {
        const std::size_t n = same_size({a.size()});
        return fill<double>(rng_weibull_v, n, a.data());
    }
    [[nodiscard]] double weibull(double a) { return one<double>(rng_next_weibull, a); }

    /// `power(a)`.
    [[nodiscard]] std::vector<double> power(double a, std::size_t n) {
        return fill<double>(rng_power, n, a);
    }
    void power(double a, double *out, std::size_t n) { check(rng_power(h(), a, out, n)); }
    /// `power(...)` with one parameter value per element (NumPy's broadcast call).
    void power_v(const double *a, double *out, std::size_t n) {
        check(rng_power_v(h(), a, out, n));
    }
    [[nodiscard]] std::vector<double> power_v(const std::vector<double> &a) {
        const std::size_t n = same_size({a.size()});
        return fill<double>(rng_power_v, n, a.data());
    }
    [[nodiscard]] double power(double a) { return one<double>(rng_next_power, a); }

    /// `laplace(loc, scale)`.
    [[nodiscard]] std::vector<double> laplace(double loc, double scale, std::size_t n) {
        return fill<double>(rng_laplace, n, loc, scale);
    }
    void laplace(double loc, double scale, double *out, std::size_t n) {
        check(rng_laplace(h(), loc, scale, out, n));
    }
    /// `laplace(...)` with one parameter value per element (NumPy's broadcast call).
    void laplace_v(const double *loc, const double *scale, double *out, std::size_t n) {
        check(rng_laplace_v(h(), loc, scale, out, n));
    }
    [[nodiscard]] std::vector<double> laplace_v(const std::vector<double> &loc,
                                                const std::vector<double> &scale) {
        const std::size_t n = same_size({loc.size(), scale.size()});
        return fill<double>(rng_laplace_v, n, loc.data(), scale.data());
    }
    [[nodiscard]] double laplace(double loc, double scale) {
        return one<double>(rng_next_laplace, loc, scale);
    }

    /// `gumbel(loc, scale)`.
    [[nodiscard]] std::vector<double> gumbel(double loc, double scale, std::size_t n) {
        return fill<double>(rng_gumbel, n, loc, scale);
    }
    void gumbel(double loc, double scale, double *out, std::size_t n) {
        check(rng_gumbel(h(), loc, scale, out, n));
    }
    /// `gumbel(...)` with one parameter value per element (NumPy's broadcast call).
    void gumbel_v(const double *loc, const double *scale, double *out, std::size_t n) {
        check(rng_gumbel_v(h(), loc, scale, out, n));
    }
    [[nodiscard]] std::vector<double> gumbel_v(const std::vector<double> &loc,
                                               const std::vector<double> &scale) {
        const std::size_t n = same_size({loc.size(), scale.size()});
        return fill<double>(rng_gumbel_v, n, loc.data(), scale.data());
    }
    [[nodiscard]] double gumbel(double loc, double scale) {
        return one<double>(rng_next_gumbel, loc, scale);
    }

    /// `logistic(loc, scale)`.
    [[nodiscard]] std::vector<double> logistic(double loc, double scale, std::size_t n) {
        return fill<double>(rng_logistic, n, loc, scale);
    }
    void logistic(double loc, double scale, double *out, std::size_t n) {
        check(rng_logistic(h(), loc, scale, out, n));
    }
    /// `logistic(...)` with one parameter value per element (NumPy's broadcast call).
    void logistic_v(const double *loc, const double *scale, double *out, std::size_t n) {
        check(rng_logistic_v(h(), loc, scale, out, n));
    }
    [[nodiscard]] std::vector<double> logistic_v(const std::vector<double> &loc,
                                                 const std::vector<double> &scale) {
        const std::size_t n = same_size({loc.size(), scale.size()});
        return fill<double>(rng_logistic_v, n, loc.data(), scale.data());
    }
    [[nodiscard]] double logistic(double loc, double scale) {
        return one<double>(rng_next_logistic, loc, scale);
    }

    /// `rayleigh(scale)`.
    [[nodiscard]] std::vector<double> rayleigh(double scale, std::size_t n) {
        return fill<double>(rng_rayleigh, n, scale);
    }
    void rayleigh(double scale, double *out, std::size_t n) {
        check(rng_rayleigh(h(), scale, out, n));
    }
    /// `rayleigh(...)` with one parameter value per element (NumPy's broadcast call).
    void rayleigh_v(const double *scale, double *out, std::size_t n) {
        check(rng_rayleigh_v(h(), scale, out, n));
    }
    [[nodiscard]] std::vector<double> rayleigh_v(const std::vector<double> &scale) {
        const std::size_t n = same_size({scale.size()});
        return fill<double>(rng_rayleigh_v, n, scale.data());
    }
    [[nodiscard]] double rayleigh(double scale) { return one<double>(rng_next_rayleigh, scale); }

    /// `wald(mean, scale)`.
    [[nodiscard]] std::vector<double> wald(double mean, double scale, std::size_t n) {
        return fill<double>(rng_wald, n, mean, scale);
    }
    void wald(double mean, double scale, double *out, std::size_t n) {
        check(rng_wald(h(), mean, scale, out, n));
    }
    /// `wald(...)` with one parameter value per element (NumPy's broadcast call).
    void wald_v(const double *mean, const double *scale, double *out, std::size_t n) {
        check(rng_wald_v(h(), mean, scale, out, n));
    }
    [[nodiscard]] std::vector<double> wald_v(const std::vector<double> &mean,
                                             const std::vector<double> &scale) {
        const std::size_t n = same_size({mean.size(), scale.size()});
        return fill<double>(rng_wald_v, n, mean.data(), scale.data());
    }
    [[nodiscard]] double wald(double mean, double scale) {
        return one<double>(rng_next_wald, mean, scale);
    }

    /// `triangular(left, mode, right)`.
    [[nodiscard]] std::vector<double> triangular(double left, double mode, double right,
                                                 std::size_t n) {
        return fill<double>(rng_triangular, n, left, mode, right);
    }
    void triangular(double left, double mode, double right, double *out, std::size_t n) {
        check(rng_triangular(h(), left, mode, right, out, n));
    }
    /// `triangular(...)` with one parameter value per element (NumPy's broadcast call).
    void triangular_v(const double *left, const double *mode, const double *right, double *out,
                      std::size_t n) {
        check(rng_triangular_v(h(), left, mode, right, out, n));
    }
    [[nodiscard]] std::vector<double> triangular_v(const std::vector<double> &left,
                                                   const std::vector<double> &mode,
                                                   const std::vector<double> &right) {
        const std::size_t n = same_size({left.size(), mode.size(), right.size()});
        return fill<double>(rng_triangular_v, n, left.data(), mode.data(), right.data());
    }
    [[nodiscard]] double triangular(double left, double mode, double right) {
        return one<double>(rng_next_triangular, left, mode, right);
    }
    // END GENERATED: distribution methods

    /// `multivariate_normal(mean, cov, size=n, check_valid, tol, method=method)`: n rows of
    /// k = mean.size() values, row-major; `cov` holds k*k values, row-major. Returns whether
    /// NumPy would have warned "covariance is not symmetric positive-semidefinite." (only with
    /// check_valid "warn"); the values are written all the same, as NumPy does. Throws
    /// error(RNG_ERR_INVALID_ARGUMENT) where NumPy raises (check_valid "raise" included),
    /// having drawn nothing.
    bool multivariate_normal(const double *mean, const double *cov, std::size_t k,
                             const char *check_valid, double tol, const char *method,
                             double *out, std::size_t n) {
        const std::int32_t status =
            rng_multivariate_normal(h(), mean, cov, k, check_valid, tol, method, out, n);
        if (status == RNG_WARN_NOT_PSD) {
            return true;
        }
        check(status);
        return false;
    }
    /// The vector form: returns the n*k values; `*warned` (when given) tells whether NumPy
    /// would have warned.
    [[nodiscard]] std::vector<double> multivariate_normal(
        const std::vector<double> &mean, const std::vector<double> &cov, std::size_t n,
        const std::string &check_valid = "warn", double tol = 1e-8,
        const std::string &method = "svd", bool *warned = nullptr) {
        const std::size_t k = mean.size();
        if (cov.size() != k * k) {
            throw error(RNG_ERR_INVALID_ARGUMENT,
                        "multivariate_normal: cov must be 2 dimensional and square (k*k values "
                        "for a mean of k)");
        }
        if (k != 0 && n > std::numeric_limits<std::size_t>::max() / k) {
            throw error(RNG_ERR_INVALID_ARGUMENT, "multivariate_normal: n*k overflows");
        }
        std::vector<double> out(n * k);
        const bool w = multivariate_normal(mean.data(), cov.data(), k, check_valid.c_str(), tol,
                                           method.c_str(), out.data(), n);
        if (warned != nullptr) {
            *warned = w;
        }
        return out;
    }

    // ---- Written by hand: bytes, choice and the shuffles of items of any type ----------------

    /// `bytes(length)`: NumPy's whole 32-bit draws, little-endian, cut to `length` (so
    /// `bytes(0)` draws one 32-bit value, as in NumPy).
    [[nodiscard]] std::vector<std::uint8_t> bytes(std::size_t length) {
        std::vector<std::uint8_t> out(length);
        check(rng_bytes(h(), out.data(), length));
        return out;
    }
    void bytes(std::uint8_t *out, std::size_t length) { check(rng_bytes(h(), out, length)); }

    /// `choice(a, size=n, replace=replace, shuffle=shuffle)`: n indices of arange(a).
    [[nodiscard]] std::vector<std::int64_t> choice(std::int64_t a, std::size_t n,
                                                   bool replace = true, bool shuffle = true) {
        std::vector<std::int64_t> out(n);
        check(rng_choice(h(), a, nullptr, replace, shuffle, out.data(), n));
        return out;
    }
    /// `choice(p.size(), size=n, replace=replace, p=p, shuffle=shuffle)`.
    [[nodiscard]] std::vector<std::int64_t> choice(const std::vector<double> &p, std::size_t n,
                                                   bool replace = true, bool shuffle = true) {
        std::vector<std::int64_t> out(n);
        const double none = 0.0;  // an empty p is still a p (NumPy: it does not sum to 1)
        check(rng_choice(h(), static_cast<std::int64_t>(p.size()), p.empty() ? &none : p.data(),
                         replace, shuffle, out.data(), n));
        return out;
    }
    /// The C form: `p` is nullptr (uniform) or a pointer to `a` probabilities.
    void choice(std::int64_t a, const double *p, bool replace, bool shuffle, std::int64_t *out,
                std::size_t n) {
        check(rng_choice(h(), a, p, replace, shuffle, out, n));
    }
    /// `choice(a)`: one index (size=None).
    [[nodiscard]] std::int64_t choice(std::int64_t a) {
        std::int64_t out = 0;
        check(rng_choice(h(), a, nullptr, true, true, &out, 1));
        return out;
    }

    /// `shuffle(x)` of n items of any trivially copyable type, in place (NumPy's moves, so the
    /// result equals NumPy's for an array of that dtype).
    template <class T>
    void shuffle(T *data, std::size_t n) {
        static_assert(std::is_trivially_copyable<T>::value, "items are moved as bytes");
        check(rng_shuffle(h(), data, n, sizeof(T)));
    }
    template <class T>
    void shuffle(std::vector<T> &data) {
        shuffle(data.data(), data.size());
    }
#if __cplusplus >= 202002L
    template <class T, std::size_t E>
    void shuffle(std::span<T, E> data) {
        shuffle(data.data(), data.size());
    }
#endif
    /// `shuffle(x, axis)` of a C-contiguous array of `shape`, in place.
    template <class T>
    void shuffle(T *data, const std::vector<std::size_t> &shape, std::size_t axis) {
        static_assert(std::is_trivially_copyable<T>::value, "items are moved as bytes");
        check(rng_shuffle_axis(h(), data, shape.size(), shape.data(), sizeof(T), axis));
    }

    /// `permutation(x, axis)` of a C-contiguous array of `shape` into `out` (same shape, not
    /// overlapping x). Draws even for an empty n-d array, as NumPy does.
    template <class T>
    void permutation(const T *x, T *out, const std::vector<std::size_t> &shape,
                     std::size_t axis = 0) {
        static_assert(std::is_trivially_copyable<T>::value, "items are moved as bytes");
        check(rng_permutation_axis(h(), x, out, shape.size(), shape.data(), sizeof(T), axis));
    }
    /// `permutation(x)` of a 1-d array: a shuffled copy.
    template <class T>
    [[nodiscard]] std::vector<T> permutation(const std::vector<T> &x) {
        std::vector<T> out(x.size());
        const std::size_t shape[1] = {x.size()};
        check(rng_permutation_axis(h(), x.data(), out.data(), 1, shape, sizeof(T), 0));
        return out;
    }

    /// `permuted(x, axis=axis, out=x)` of a C-contiguous array of `shape`, in place: each lane
    /// along `axis` shuffled on its own; `axis_none` (the default, NumPy's None) shuffles all
    /// items.
    static constexpr std::size_t axis_none = RNG_AXIS_NONE;
    template <class T>
    void permuted(T *data, const std::vector<std::size_t> &shape, std::size_t axis = axis_none) {
        static_assert(std::is_trivially_copyable<T>::value, "items are moved as bytes");
        check(rng_permuted(h(), data, shape.size(), shape.data(), sizeof(T), axis));
    }

    // The vector-valued methods. Their values come in rows of k (the categories, colors or
    // alphas), row-major: n rows are NumPy's `size=n` (an n x k array), one row is its
    // `size=None` call. Parameters NumPy rejects throw error(RNG_ERR_INVALID_ARGUMENT) before
    // anything is drawn or written.

    /// `multinomial(ntrials, pvals, size=n)`: n rows of pvals.size() counts.
    [[nodiscard]] std::vector<std::int64_t> multinomial(std::int64_t ntrials,
                                                        const std::vector<double> &pvals,
                                                        std::size_t n) {
        std::vector<std::int64_t> out(rows_of(n, pvals.size()));
        multinomial(ntrials, pvals.data(), pvals.size(), out.data(), n);
        return out;
    }
    /// `multinomial(ntrials, pvals)`: one row.
    [[nodiscard]] std::vector<std::int64_t> multinomial(std::int64_t ntrials,
                                                        const std::vector<double> &pvals) {
        return multinomial(ntrials, pvals, 1);
    }
    /// n rows of k counts into out[0..n*k).
    void multinomial(std::int64_t ntrials, const double *pvals, std::size_t k, std::int64_t *out,
                     std::size_t n) {
        check(rng_multinomial(h(), ntrials, pvals, k, out, n));
    }
    /// NumPy's vector path, `multinomial(ntrials_array, pvals_2d)` after broadcasting: row i
    /// draws ntrials[i] trials over row i of pvals (ntrials.size() rows of k).
    [[nodiscard]] std::vector<std::int64_t> multinomial(const std::vector<std::int64_t> &ntrials,
                                                        const std::vector<double> &pvals) {
        const std::size_t n = ntrials.size();
        const std::size_t k = n == 0 ? 0 : pvals.size() / n;
        if (n != 0 && k * n != pvals.size()) {
            throw error(RNG_ERR_INVALID_ARGUMENT,
                        "generator::multinomial: pvals do not hold one row per trial count");
        }
        std::vector<std::int64_t> out(n * k);
        multinomial(ntrials.data(), pvals.data(), k, out.data(), n);
        return out;
    }
    /// The vector path into out[0..n*k).
    void multinomial(const std::int64_t *ntrials, const double *pvals, std::size_t k,
                     std::int64_t *out, std::size_t n) {
        check(rng_multinomial_v(h(), ntrials, pvals, k, out, n));
    }

    /// `dirichlet(alpha, size=n)`: n rows of alpha.size() values.
    [[nodiscard]] std::vector<double> dirichlet(const std::vector<double> &alpha, std::size_t n) {
        std::vector<double> out(rows_of(n, alpha.size()));
        dirichlet(alpha.data(), alpha.size(), out.data(), n);
        return out;
    }
    /// `dirichlet(alpha)`: one row.
    [[nodiscard]] std::vector<double> dirichlet(const std::vector<double> &alpha) {
        return dirichlet(alpha, 1);
    }
    /// n rows of k values into out[0..n*k).
    void dirichlet(const double *alpha, std::size_t k, double *out, std::size_t n) {
        check(rng_dirichlet(h(), alpha, k, out, n));
    }

    /// `multivariate_hypergeometric(colors, nsample, size=n, method=method)`: n rows of
    /// colors.size() counts; method "marginals" or "count".
    [[nodiscard]] std::vector<std::int64_t> multivariate_hypergeometric(
        const std::vector<std::int64_t> &colors, std::int64_t nsample, std::size_t n,
        const std::string &method = "marginals") {
        std::vector<std::int64_t> out(rows_of(n, colors.size()));
        multivariate_hypergeometric(colors.data(), colors.size(), nsample, method.c_str(),
                                    out.data(), n);
        return out;
    }
    /// `multivariate_hypergeometric(colors, nsample, method=method)`: one row.
    [[nodiscard]] std::vector<std::int64_t> multivariate_hypergeometric(
        const std::vector<std::int64_t> &colors, std::int64_t nsample,
        const std::string &method = "marginals") {
        return multivariate_hypergeometric(colors, nsample, 1, method);
    }
    /// n rows of k counts into out[0..n*k).
    void multivariate_hypergeometric(const std::int64_t *colors, std::size_t k,
                                     std::int64_t nsample, const char *method, std::int64_t *out,
                                     std::size_t n) {
        check(rng_multivariate_hypergeometric(h(), colors, k, nsample, method, out, n));
    }

#if __cplusplus >= 202002L
    /// C++20: the rows are out.size() / pvals.size() (whole rows, else error).
    void multinomial(std::int64_t ntrials, std::span<const double> pvals,
                     std::span<std::int64_t> out) {
        multinomial(ntrials, pvals.data(), pvals.size(), out.data(),
                    whole_rows(out.size(), pvals.size()));
    }
    /// C++20: the vector path, ntrials.size() rows.
    void multinomial(std::span<const std::int64_t> ntrials, std::span<const double> pvals,
                     std::span<std::int64_t> out) {
        const std::size_t k = whole_rows(pvals.size(), ntrials.size());
        if (out.size() != pvals.size()) {
            throw error(RNG_ERR_INVALID_ARGUMENT, "generator::multinomial: out and pvals differ");
        }
        multinomial(ntrials.data(), pvals.data(), k, out.data(), ntrials.size());
    }
    /// C++20: the rows are out.size() / alpha.size().
    void dirichlet(std::span<const double> alpha, std::span<double> out) {
        dirichlet(alpha.data(), alpha.size(), out.data(), whole_rows(out.size(), alpha.size()));
    }
    /// C++20: the rows are out.size() / colors.size().
    void multivariate_hypergeometric(std::span<const std::int64_t> colors, std::int64_t nsample,
                                     std::span<std::int64_t> out,
                                     const std::string &method = "marginals") {
        multivariate_hypergeometric(colors.data(), colors.size(), nsample, method.c_str(),
                                    out.data(), whole_rows(out.size(), colors.size()));
    }
#endif

private:
    randstreams::bit_generator bg_;

    rng_bitgen *h() const { return bg_.get(); }
    static void check(std::int32_t status) { randstreams::bit_generator::check(status); }

    /// The one length of the parameter vectors of an array-parameter form.
    static std::size_t same_size(std::initializer_list<std::size_t> sizes) {
        const std::size_t n = *sizes.begin();
        for (const std::size_t s : sizes) {
            if (s != n) {
                throw std::invalid_argument("randstreams: parameter vectors of different lengths");
            }
        }
        return n;
    }
    /// n rows of k values, or error when n * k overflows (the library would refuse it).
    static std::size_t rows_of(std::size_t n, std::size_t k) {
        if (k != 0 && n > std::numeric_limits<std::size_t>::max() / k) {
            throw error(RNG_ERR_INVALID_ARGUMENT, "generator: n rows of k values overflow");
        }
        return n * k;
    }
    /// How many rows of k values `len` holds (0 for k = 0), or error when not whole rows.
    static std::size_t whole_rows(std::size_t len, std::size_t k) {
        if (k == 0 ? len != 0 : len % k != 0) {
            throw error(RNG_ERR_INVALID_ARGUMENT, "generator: not whole rows of values");
        }
        return k == 0 ? 0 : len / k;
    }

    /// A new vector of n values from the C fill `f(bg, args..., out, n)`.
    template <class T, class F, class... A>
    std::vector<T> fill(F f, std::size_t n, A... args) {
        std::vector<T> out(n);
        check(f(h(), args..., out.data(), n));
        return out;
    }

    /// One value from the C single-value form `f(bg, args..., &out)`.
    template <class T, class F, class... A>
    T one(F f, A... args) {
        T out{};
        check(f(h(), args..., &out));
        return out;
    }
};

/// `numpy.random.default_rng(ss)`: a generator over PCG64(ss).
[[nodiscard]] inline generator default_rng(const seed_sequence &ss) {
    return generator(bit_generator::pcg64(ss));
}

}  // namespace randstreams

#endif  // RANDSTREAMS_HPP
