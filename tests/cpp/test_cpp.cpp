// The C++ wrappers of include/randstreams.hpp, checked against the C API they wrap.
//
// Every value a wrapper returns is compared bit for bit with what the C function gives on a twin
// handle made from the same seed (not with hard-coded numbers, except a few outputs NumPy 2.4.6
// printed). Covered: the seed_sequence and bit_generator
// constructors, draws, fills, spawn, jumped, advance, clone; every generator distribution in
// its three forms (vector, pointer + count, single value); the exceptions (status code, and
// rng_last_error()'s message as what()) and that a failed call draws nothing; move semantics
// (moved-from objects are empty and destructible; nothing is freed twice or leaked: the ctest
// cpp_valgrind_* runs this under memcheck); and use with std::shuffle and <random>.
//
// Prints every failed check and, as its last line, `N passed, M failed`; exits non-zero on any
// failure.
#include "randstreams.hpp"  // first: the header must be self-contained

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace rs = randstreams;

// ---- Checks ---------------------------------------------------------------------------------

static long n_passed, n_failed;
static std::string context;  // e.g. "PCG64 normal", printed with failures

static bool check_at(int line, bool ok, const std::string &what) {
    if (ok) {
        n_passed++;
    } else {
        n_failed++;
        std::fprintf(stderr, "FAIL test_cpp.cpp:%d%s%s%s: %s\n", line,
                     context.empty() ? "" : " [", context.c_str(), context.empty() ? "" : "]",
                     what.c_str());
    }
    return ok;
}

#define CHECK(cond) check_at(__LINE__, static_cast<bool>(cond), #cond)

// Runs `f`, which must throw rs::error with `status` and a message containing `text`. A failure
// of the library must carry rng_last_error() as what(); the wrappers' own (empty objects, an
// algorithm without jumped/advance) have their own message.
template <class F>
static void expect_error_at(int line, const char *expr, std::int32_t status, const char *text,
                            bool from_library, F f) {
    const std::string what = expr;
    try {
        f();
        check_at(line, false, what + " throws randstreams::error (it did not throw)");
    } catch (const rs::error &e) {
        check_at(line, e.status() == status,
                 what + " throws " + rng_status_str(status) + " (got " + e.status_name() + ")");
        check_at(line, std::strstr(e.what(), text) != nullptr,
                 what + ": message contains \"" + text + "\" (got \"" + e.what() + "\")");
        if (from_library) {
            check_at(line, std::strcmp(e.what(), rng_last_error()) == 0,
                     what + ": what() is rng_last_error() (got \"" + e.what() + "\")");
        }
    } catch (const std::exception &e) {
        check_at(line, false, what + " throws randstreams::error (got " + e.what() + ")");
    }
}

#define EXPECT_LIB_ERROR(status, text, ...) \
    expect_error_at(__LINE__, #__VA_ARGS__, status, text, true, [&] { __VA_ARGS__; })
#define EXPECT_CPP_ERROR(status, text, ...) \
    expect_error_at(__LINE__, #__VA_ARGS__, status, text, false, [&] { __VA_ARGS__; })

// Bit-for-bit equality (floats included: -0.0 differs from 0.0, NaN equals the same NaN).
template <class T>
static bool same(const T &a, const T &b) {
    static_assert(std::is_arithmetic<T>::value, "compares numbers");
    return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// `got` (a std::vector, std::vector<bool> included) holds the n values of `want`.
template <class V, class T>
static bool same_values(const V &got, const T *want, std::size_t n) {
    if (got.size() != n) {
        return false;
    }
    for (std::size_t i = 0; i < n; i++) {
        const T x = got[i];
        if (!same(x, want[i])) {
            return false;
        }
    }
    return true;
}

template <class T>
static bool same_arrays(const T *a, const T *b, std::size_t n) {
    for (std::size_t i = 0; i < n; i++) {
        if (!same(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

// ---- Twins: C handles made from the same seeds, owned by the test -------------------------

using c_ss = std::unique_ptr<rng_seedseq, decltype(&ss_free)>;
using c_bg = std::unique_ptr<rng_bitgen, decltype(&bitgen_free)>;

static c_ss own(rng_seedseq *p) { return c_ss(p, ss_free); }
static c_bg own(rng_bitgen *p) { return c_bg(p, bitgen_free); }

// `name`(SeedSequence(entropy)) through the C API.
static c_bg c_twin(const char *name, const char *entropy) {
    c_ss ss = own(ss_new_str(entropy));
    return own(bitgen_new(name, ss.get()));
}

// The C handle as a C++ uniform random bit generator, to drive the std algorithms as the
// wrapper does.
struct c_urbg {
    rng_bitgen *bg;
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    result_type operator()() { return bitgen_next_u64(bg); }
};

struct algorithm {
    const char *name;
    rs::bit_generator (*make)(const rs::seed_sequence &);
    rng_bitgen *(*c_jumped)(const rng_bitgen *, std::uint64_t);  // NULL: no jumped()
};

static const algorithm ALGORITHMS[] = {
    {"PCG64", rs::bit_generator::pcg64, pcg64_jumped},
    {"PCG64DXSM", rs::bit_generator::pcg64dxsm, pcg64dxsm_jumped},
    {"MT19937", rs::bit_generator::mt19937, mt19937_jumped},
    {"Philox", rs::bit_generator::philox, philox_jumped},
    {"SFC64", rs::bit_generator::sfc64, nullptr},
};

// The wrapper and the twin draw the same next values (interleaving every kind of draw).
static bool in_step(rs::bit_generator &bg, rng_bitgen *c) {
    bool ok = bg.next_u32() == bitgen_next_u32(c);
    ok = bg.next_u64() == bitgen_next_u64(c) && ok;
    const double x = bg.next_double(), y = bitgen_next_double(c);
    ok = same(x, y) && ok;
    return bg.next_u32() == bitgen_next_u32(c) && ok;
}

// ---- Type properties --------------------------------------------------------------------

static_assert(!std::is_copy_constructible<rs::seed_sequence>::value, "move-only");
static_assert(!std::is_copy_assignable<rs::seed_sequence>::value, "move-only");
static_assert(std::is_nothrow_move_constructible<rs::seed_sequence>::value, "noexcept move");
static_assert(std::is_nothrow_move_assignable<rs::seed_sequence>::value, "noexcept move");
static_assert(!std::is_copy_constructible<rs::bit_generator>::value, "move-only");
static_assert(!std::is_copy_assignable<rs::bit_generator>::value, "move-only");
static_assert(std::is_nothrow_move_constructible<rs::bit_generator>::value, "noexcept move");
static_assert(std::is_nothrow_move_assignable<rs::bit_generator>::value, "noexcept move");
static_assert(!std::is_copy_constructible<rs::generator>::value, "move-only");
static_assert(std::is_nothrow_move_constructible<rs::generator>::value, "noexcept move");
static_assert(std::is_nothrow_move_assignable<rs::generator>::value, "noexcept move");
static_assert(std::is_base_of<std::runtime_error, rs::error>::value, "an std::exception");
static_assert(std::is_same<rs::bit_generator::result_type, std::uint64_t>::value, "64 bits");
static_assert(rs::bit_generator::min() == 0 && rs::bit_generator::max() == UINT64_MAX,
              "the full 64-bit range, usable in constant expressions");
#if __cplusplus >= 202002L
static_assert(std::uniform_random_bit_generator<rs::bit_generator>);
static_assert(!std::uniform_random_bit_generator<rs::generator>);
#endif

// ---- NumPy's values (printed by NumPy 2.4.6) ---------------------------------------------

static void test_numpy_values() {
    context = "NumPy's values";
    // SeedSequence(0).generate_state(4) and (2, np.uint64).
    const rs::seed_sequence zero(0);
    CHECK((zero.generate_state_u32(4) ==
           std::vector<std::uint32_t>{0xb0f478be, 0xdb2cd7e7, 0x2c71ba49, 0xabf4641a}));
    CHECK((zero.generate_state_u64(2) ==
           std::vector<std::uint64_t>{0xdb2cd7e7b0f478beULL, 0xabf4641a2c71ba49ULL}));
    // SeedSequence(12345).spawn(2)[1].generate_state(2).
    rs::seed_sequence root(12345);
    const std::vector<rs::seed_sequence> kids = root.spawn(2);
    CHECK((kids[1].generate_state_u32(2) == std::vector<std::uint32_t>{0x56dbd8a6, 0x15647117}));
    CHECK((kids[1].spawn_key() == std::vector<std::uint64_t>{1}));
    // SeedSequence(5, spawn_key=(1,)) is SeedSequence([5, 0, 0, 0, 1]).
    CHECK(rs::seed_sequence("5", {1}).generate_state_u32(4) ==
          (rs::seed_sequence{5, 0, 0, 0, 1}).generate_state_u32(4));

    // random_raw() known answers.
    CHECK((rs::bit_generator::pcg64(zero).random_raw(2) ==
           std::vector<std::uint64_t>{0xa30febcfd9c2825fULL, 0x4510bdf882d9d721ULL}));
    CHECK((rs::bit_generator::mt19937(rs::seed_sequence(12345)).random_raw(2) ==
           std::vector<std::uint64_t>{0x60bc0add, 0xd7d0d9d3}));
    CHECK((rs::bit_generator::philox_key({1, 0}).random_raw(3) ==
           std::vector<std::uint64_t>{0x4db6a27b756282dfULL, 0xd944fa03babe0e2fULL,
                                      0x27f872e577060d32ULL}));
    CHECK((rs::bit_generator::mt19937_legacy(12345).random_raw(3) ==
           std::vector<std::uint64_t>{0xedfb51e2, 0xe3e12de5, 0x50fdfd1d}));
    // next_raw() is random_raw's next value (MT19937: a 32-bit value).
    {
        rs::bit_generator p = rs::bit_generator::pcg64(zero);
        CHECK(p.next_raw() == 0xa30febcfd9c2825fULL);
        CHECK(p.next_raw() == 0x4510bdf882d9d721ULL);
        rs::bit_generator m = rs::bit_generator::mt19937_legacy(12345);
        CHECK(m.next_raw() == 0xedfb51e2);
        CHECK(m.random_raw(2) == (std::vector<std::uint64_t>{0xe3e12de5, 0x50fdfd1d}));
    }
    // MT19937(0).jumped().random_raw(3).
    CHECK((rs::bit_generator::mt19937(zero).jumped().random_raw(3) ==
           std::vector<std::uint64_t>{2404971693, 2024800643, 3926641691}));

    // Generator(PCG64(12345)) and default_rng(5).
    const rs::seed_sequence s12345(12345);
    CHECK((rs::default_rng(s12345).normal(10.0, 2.0, 3) ==
           std::vector<double>{7.152349927090738, 12.52745691625822, 8.258676524081828}));
    CHECK((rs::default_rng(s12345).integers_i64(0, 10, false, 5) ==
           std::vector<std::int64_t>{6, 2, 7, 3, 2}));
    CHECK((rs::default_rng(s12345).standard_normal(3) ==
           std::vector<double>{-1.4238250364546312, 1.2637284581291104, -0.8706617379590857}));
    CHECK((rs::default_rng(s12345).uniform(-1.0, 1.0, 3) ==
           std::vector<double>{-0.5453279550656607, -0.36648332058049427, 0.5947309146654682}));
    CHECK(rs::default_rng(rs::seed_sequence(5)).random() == 0.8050029237453802);
    // integers(7, 7, endpoint=True) is 7 and draws nothing.
    rs::generator g = rs::default_rng(zero);
    CHECK(g.integers_i64(7, 7, true) == 7);
    CHECK(g.bit_generator().next_u64() == 0xa30febcfd9c2825fULL);
}

// ---- seed_sequence --------------------------------------------------------------------------

static void check_seedseq_twin(int line, const rs::seed_sequence &ss, const rng_seedseq *c) {
    std::uint32_t w32[9];
    std::uint64_t w64[5];
    check_at(line, ss_generate_state_u32(c, w32, 9) == RNG_OK, "C generate_state_u32");
    check_at(line, ss_generate_state_u64(c, w64, 5) == RNG_OK, "C generate_state_u64");
    check_at(line, same_values(ss.generate_state_u32(9), w32, 9), "generate_state_u32 equal");
    check_at(line, same_values(ss.generate_state_u64(5), w64, 5), "generate_state_u64 equal");
    check_at(line, ss.pool_size() == ss_pool_size(c), "pool_size equal");
    check_at(line, ss.n_children_spawned() == ss_n_children_spawned(c), "n_children equal");
    std::uint64_t key[8];
    const std::size_t nkey = ss_spawn_key(c, key, 8);
    check_at(line, same_values(ss.spawn_key(), key, nkey), "spawn_key equal");
    char text[256];
    const std::size_t len = ss_entropy_str(c, text, sizeof text);
    check_at(line, len < sizeof text && ss.entropy() == std::string(text, len), "entropy equal");
}

#define CHECK_SEEDSEQ_TWIN(ss, c) check_seedseq_twin(__LINE__, ss, c)

static void test_seed_sequence() {
    context = "seed_sequence";
    {
        const std::uint64_t e[1] = {12345};
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence(12345), own(ss_new(e, 1)).get());
    }
    {
        const std::uint64_t e[3] = {1, UINT64_MAX, 7};
        CHECK_SEEDSEQ_TWIN((rs::seed_sequence{1, UINT64_MAX, 7}), own(ss_new(e, 3)).get());
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence(std::vector<std::uint64_t>{1, UINT64_MAX, 7}),
                           own(ss_new(e, 3)).get());
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence{}, own(ss_new(nullptr, 0)).get());
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence(std::vector<std::uint64_t>{}),
                           own(ss_new(nullptr, 0)).get());
    }
    {
        const char *text = "[3, 0x8c3c010cb4754c905776bdac5ee7501, 1180591620717411303424]";
        const rs::seed_sequence ss{std::string(text)};
        CHECK_SEEDSEQ_TWIN(ss, own(ss_new_str(text)).get());
        // The entropy text reads back to the same sequence.
        CHECK(rs::seed_sequence(ss.entropy()).generate_state_u32(8) == ss.generate_state_u32(8));
    }
    {
        const std::uint32_t w[4] = {1, 2, 0xffffffffu, 4};
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence::from_u32({1, 2, 0xffffffffu, 4}),
                           own(ss_new_u32(w, 4)).get());
    }
    {
        const std::uint64_t key[3] = {4, 0, 1ULL << 40};
        const rs::seed_sequence ss("0x10", {4, 0, 1ULL << 40}, 9, 17);
        CHECK(ss.pool_size() == 9);
        CHECK(ss.n_children_spawned() == 17);
        CHECK((ss.spawn_key() == std::vector<std::uint64_t>{4, 0, 1ULL << 40}));
        CHECK(ss.entropy() == "16");
        CHECK_SEEDSEQ_TWIN(ss, own(ss_new_ex("0x10", key, 3, 9, 17)).get());
    }
    {
        // from_os: 128 bits that replay through the text constructor.
        const rs::seed_sequence os = rs::seed_sequence::from_os();
        CHECK(os.pool_size() == 4);
        CHECK(!os.entropy().empty());
        CHECK(rs::seed_sequence(os.entropy()).generate_state_u32(4) == os.generate_state_u32(4));
        CHECK(rs::seed_sequence::from_os().entropy() != os.entropy());
    }
    {
        // spawn continues the counter and equals ss_spawn on a twin, child by child.
        rs::seed_sequence ss("2024", {7}, 5, 2);
        const std::uint64_t key[1] = {7};
        c_ss c = own(ss_new_ex("2024", key, 1, 5, 2));
        for (std::size_t round = 0; round < 2; round++) {
            std::vector<rs::seed_sequence> kids = ss.spawn(3);
            rng_seedseq *ck[3] = {nullptr, nullptr, nullptr};
            CHECK(ss_spawn(c.get(), 3, ck) == RNG_OK);
            CHECK(kids.size() == 3);
            for (std::size_t i = 0; i < 3; i++) {
                c_ss ci = own(ck[i]);
                CHECK_SEEDSEQ_TWIN(kids[i], ci.get());
                CHECK((kids[i].spawn_key() ==
                       std::vector<std::uint64_t>{7, static_cast<std::uint64_t>(2 + 3 * round + i)}));
                // Grandchildren too.
                std::vector<rs::seed_sequence> grand = kids[i].spawn(1);
                rng_seedseq *cg = nullptr;
                CHECK(ss_spawn(ci.get(), 1, &cg) == RNG_OK);
                CHECK_SEEDSEQ_TWIN(grand.at(0), own(cg).get());
            }
            CHECK_SEEDSEQ_TWIN(ss, c.get());
        }
        CHECK(ss.n_children_spawned() == 8);
        CHECK(ss.spawn(0).empty());
        CHECK(ss.n_children_spawned() == 8);

        // NumPy's ss.state as JSON, and binary checkpoints, as the C functions give them.
        char text[512];
        const std::size_t len = ss_state_json(c.get(), text, sizeof text);
        CHECK(len < sizeof text && ss.state_json() == std::string(text, len));
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence::from_state_json(ss.state_json()), c.get());
        const std::vector<std::uint8_t> saved = ss.state_save();
        std::size_t n = 0;
        CHECK(ss_state_save(c.get(), nullptr, 0, &n) == RNG_OK);
        std::vector<std::uint8_t> c_saved(n);
        CHECK(ss_state_save(c.get(), c_saved.data(), n, &n) == RNG_OK);
        CHECK(saved == c_saved);
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence::state_load(saved), c.get());
        CHECK_SEEDSEQ_TWIN(rs::seed_sequence::state_load(saved.data(), saved.size()), c.get());
    }
}

// ---- bit_generator --------------------------------------------------------------------------

static void test_bit_generator(const algorithm &alg) {
    context = alg.name;
    const char *seed = "[2024, 0x8c3c010cb4754c905776bdac5ee7501]";
    rs::seed_sequence ss{std::string(seed)};
    rs::bit_generator bg = alg.make(ss);
    c_bg c = c_twin(alg.name, seed);
    CHECK(bg.name() == alg.name);
    CHECK(bg.name() == bitgen_name(c.get()));
    CHECK(bool(bg));
    CHECK(bg.native_handle() != nullptr);

    // Every kind of draw, interleaved as in NumPy's buffered half words.
    CHECK(in_step(bg, c.get()));
    {
        std::uint64_t w[7];
        CHECK(bitgen_random_raw(c.get(), w, 7) == RNG_OK);
        CHECK(same_values(bg.random_raw(7), w, 7));
        std::uint64_t got[7];
        CHECK(bitgen_random_raw(c.get(), w, 7) == RNG_OK);
        bg.random_raw(got, 7);
        CHECK(same_arrays(got, w, 7));
        CHECK(bg.random_raw(0).empty());
    }
    {
        std::uint64_t w[9], got[9];
        CHECK(bitgen_fill_u64(c.get(), w, 9) == RNG_OK);
        bg.fill_u64(got, 9);
        CHECK(same_arrays(got, w, 9));
        std::vector<std::uint64_t> v(9);
        CHECK(bitgen_fill_u64(c.get(), w, 9) == RNG_OK);
        bg.fill_u64(v);
        CHECK(same_values(v, w, 9));
    }
    CHECK(bg.next_u32() == bitgen_next_u32(c.get()));  // leaves a half word pending
    {
        std::uint32_t w[9], got[9];
        CHECK(bitgen_fill_u32(c.get(), w, 9) == RNG_OK);
        bg.fill_u32(got, 9);
        CHECK(same_arrays(got, w, 9));
        std::vector<std::uint32_t> v(9);
        CHECK(bitgen_fill_u32(c.get(), w, 9) == RNG_OK);
        bg.fill_u32(v);
        CHECK(same_values(v, w, 9));
    }
    {
        double w[9], got[9];
        CHECK(bitgen_fill_double(c.get(), w, 9) == RNG_OK);
        bg.fill_double(got, 9);
        CHECK(same_arrays(got, w, 9));
        std::vector<double> v(9);
        CHECK(bitgen_fill_double(c.get(), w, 9) == RNG_OK);
        bg.fill_double(v);
        CHECK(same_values(v, w, 9));
        std::vector<double> none;
        bg.fill_double(none);
    }
    CHECK(bg() == bitgen_next_u64(c.get()));
    CHECK(in_step(bg, c.get()));

    // from_name is the named constructor.
    {
        rs::bit_generator by_name = rs::bit_generator::from_name(alg.name, rs::seed_sequence(9));
        rs::bit_generator named = alg.make(rs::seed_sequence(9));
        CHECK(by_name.name() == alg.name);
        CHECK(by_name.random_raw(5) == named.random_raw(5));
    }

    // clone: the same stream from here on, and the same (shared) seed sequence.
    {
        rs::bit_generator copy = bg.clone();
        c_bg c_copy = own(bitgen_clone(c.get()));
        CHECK(copy.name() == alg.name);
        CHECK(in_step(copy, c_copy.get()));
        CHECK(in_step(bg, c.get()));
        rs::bit_generator other = bg.clone();
        CHECK(other.random_raw(6) == bg.random_raw(6));
        CHECK(bitgen_random_raw(c.get(), std::vector<std::uint64_t>(6).data(), 6) == RNG_OK);
    }

    // seed_seq(): the sequence the generator was made from, shared.
    {
        const rs::seed_sequence mine = bg.seed_seq();
        CHECK(mine.generate_state_u32(8) == ss.generate_state_u32(8));
        CHECK(mine.n_children_spawned() == 0);
    }

    // spawn: from the shared seed sequence, equal to bitgen_spawn on the twin.
    {
        std::vector<rs::bit_generator> kids = bg.spawn(3);
        rng_bitgen *ck[3] = {nullptr, nullptr, nullptr};
        CHECK(bitgen_spawn(c.get(), 3, ck) == RNG_OK);
        CHECK(kids.size() == 3);
        for (std::size_t i = 0; i < kids.size(); i++) {
            c_bg ci = own(ck[i]);
            CHECK(kids[i].name() == alg.name);
            CHECK(in_step(kids[i], ci.get()));
            CHECK((kids[i].seed_seq().spawn_key() ==
                   std::vector<std::uint64_t>{static_cast<std::uint64_t>(i)}));
        }
        // The counter is the seed sequence's: spawning through ss continues it.
        CHECK(ss.n_children_spawned() == 3);
        CHECK(bg.seed_seq().n_children_spawned() == 3);
        std::vector<rs::seed_sequence> next = ss.spawn(1);
        CHECK((next.at(0).spawn_key() == std::vector<std::uint64_t>{3}));
        CHECK((bg.spawn(1).at(0).seed_seq().spawn_key() == std::vector<std::uint64_t>{4}));
        CHECK(bg.spawn(0).empty());
        rng_bitgen *skip[2] = {nullptr, nullptr};
        CHECK(bitgen_spawn(c.get(), 2, skip) == RNG_OK);  // the twin's children 3 and 4
        bitgen_free(skip[0]);
        bitgen_free(skip[1]);
    }
    CHECK(in_step(bg, c.get()));

    // State: NumPy's state dict as JSON and binary checkpoints, as the C functions give them.
    {
        (void)bg.next_u32();  // a pending half word, part of the state
        (void)bitgen_next_u32(c.get());
        const std::string json = bg.state_json();
        std::vector<char> text(bitgen_state_json(c.get(), nullptr, 0) + 1);
        const std::size_t len = bitgen_state_json(c.get(), text.data(), text.size());
        CHECK(json == std::string(text.data(), len));
        rs::bit_generator restored = rs::bit_generator::from_state_json(json);
        c_bg c_restored = own(bitgen_from_state_json(json.c_str()));
        CHECK(restored.name() == alg.name);
        CHECK(in_step(restored, c_restored.get()));
        // set_state_json: another generator of the algorithm continues this stream and keeps
        // its own seed sequence.
        rs::bit_generator other = alg.make(rs::seed_sequence(5));
        other.set_state_json(json);
        CHECK(other.random_raw(4) == rs::bit_generator::from_state_json(json).random_raw(4));
        CHECK(other.seed_seq().entropy() == "5");

        const std::vector<std::uint8_t> saved = bg.state_save();
        std::size_t n = 0;
        CHECK(bitgen_state_save(c.get(), nullptr, 0, &n) == RNG_OK);
        std::vector<std::uint8_t> c_saved(n);
        CHECK(bitgen_state_save(c.get(), c_saved.data(), n, &n) == RNG_OK);
        CHECK(saved == c_saved);
        rs::bit_generator loaded = rs::bit_generator::state_load(saved);
        c_bg c_loaded = own(bitgen_state_load(saved.data(), saved.size()));
        CHECK(in_step(loaded, c_loaded.get()));
        CHECK(rs::bit_generator::state_load(saved.data(), saved.size()).random_raw(3) ==
              rs::bit_generator::state_load(c_saved).random_raw(3));
        // The checkpoint carries the seed sequence and its spawn counter.
        CHECK(loaded.seed_seq().n_children_spawned() == bg.seed_seq().n_children_spawned());
        CHECK(loaded.seed_seq().state_json() == bg.seed_seq().state_json());
        CHECK(in_step(bg, c.get()));
    }

    // jumped: dispatched to the algorithm's C function; the source is untouched.
    if (alg.c_jumped != nullptr) {
        for (std::uint64_t jumps : {std::uint64_t{1}, std::uint64_t{3}}) {
            rs::bit_generator j = bg.jumped(jumps);
            c_bg cj = own(alg.c_jumped(c.get(), jumps));
            CHECK(cj != nullptr);
            CHECK(j.name() == alg.name);
            CHECK(in_step(j, cj.get()));
            CHECK(j.random_raw(5) != bg.clone().random_raw(5));
        }
        rs::bit_generator j = bg.jumped();  // the default is one jump
        c_bg cj = own(alg.c_jumped(c.get(), 1));
        CHECK(in_step(j, cj.get()));
        CHECK(in_step(bg, c.get()));
    } else {
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "SFC64 has no jumped()", (void)bg.jumped());
    }

    // advance: two words for PCG64 and PCG64DXSM (outputs), Philox (blocks of four outputs,
    // zero-extended), and four words for Philox.
    const std::string name = alg.name;
    if (name == "PCG64" || name == "PCG64DXSM") {
        std::int32_t (*c_advance)(rng_bitgen *, const std::uint64_t *) =
            name == "PCG64" ? pcg64_advance : pcg64dxsm_advance;
        const std::uint64_t d1[2] = {12345, 0}, d2[2] = {0x9e3779b97f4a7c15ULL, 77},
                            back[2] = {UINT64_MAX, UINT64_MAX};
        (void)bg.next_u32();  // a pending half word, which advance drops
        (void)bitgen_next_u32(c.get());
        bg.advance(12345);
        CHECK(c_advance(c.get(), d1) == RNG_OK);
        CHECK(in_step(bg, c.get()));
        bg.advance(0x9e3779b97f4a7c15ULL, 77);
        CHECK(c_advance(c.get(), d2) == RNG_OK);
        CHECK(in_step(bg, c.get()));
        // -1 (mod 2^128) steps back one output.
        const std::uint64_t x = bg.next_u64();
        (void)bitgen_next_u64(c.get());
        bg.advance(UINT64_MAX, UINT64_MAX);
        CHECK(c_advance(c.get(), back) == RNG_OK);
        CHECK(bg.next_u64() == x);
        CHECK(bitgen_next_u64(c.get()) == x);
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "a four-word delta is for Philox",
                         bg.advance({1, 0, 0, 0}));
    } else if (name == "Philox") {
        const std::uint64_t d1[4] = {5, 0, 0, 0}, d2[4] = {1, 2, 3, 4},
                            d3[4] = {0x1234, 0x5678, 0, 0};
        (void)bg.next_u64();  // a part-used block, which advance drops
        (void)bitgen_next_u64(c.get());
        bg.advance(5);
        CHECK(philox_advance(c.get(), d1) == RNG_OK);
        CHECK(in_step(bg, c.get()));
        bg.advance({1, 2, 3, 4});
        CHECK(philox_advance(c.get(), d2) == RNG_OK);
        CHECK(in_step(bg, c.get()));
        bg.advance(0x1234, 0x5678);
        CHECK(philox_advance(c.get(), d3) == RNG_OK);
        CHECK(in_step(bg, c.get()));
        // advance(1) from a fresh state skips one block of four outputs.
        rs::bit_generator a = rs::bit_generator::philox(rs::seed_sequence(1));
        rs::bit_generator b = a.clone();
        a.advance(1);
        (void)b.random_raw(4);
        CHECK(a.random_raw(3) == b.random_raw(3));
    } else {
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "has no advance()", bg.advance(1));
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "a four-word delta is for Philox",
                         bg.advance({1, 0, 0, 0}));
    }
    CHECK(in_step(bg, c.get()));
}

static void test_seedless_constructors() {
    context = "seedless constructors";
    {
        const std::uint64_t key[2] = {0x0123456789abcdefULL, 42};
        const std::uint64_t counter[4] = {UINT64_MAX, 5, 0, 1};
        rs::bit_generator p = rs::bit_generator::philox_key({key[0], key[1]},
                                                            {UINT64_MAX, 5, 0, 1});
        c_bg c = own(philox_new_key(key, counter));
        CHECK(p.name() == "Philox");
        CHECK(in_step(p, c.get()));
        rs::bit_generator p0 = rs::bit_generator::philox_key({key[0], key[1]});
        c_bg c0 = own(philox_new_key(key, nullptr));
        CHECK(in_step(p0, c0.get()));
    }
    {
        rs::bit_generator m = rs::bit_generator::mt19937_legacy(7);
        c_bg c = own(mt19937_new_legacy(7));
        CHECK(m.name() == "MT19937");
        CHECK(in_step(m, c.get()));
    }
    {
        const std::uint32_t seeds[3] = {1, 2, 0xffffffffu};
        rs::bit_generator m = rs::bit_generator::mt19937_legacy(std::vector<std::uint32_t>{
            1, 2, 0xffffffffu});
        c_bg c = own(mt19937_new_legacy_array(seeds, 3));
        CHECK(in_step(m, c.get()));
    }
    {
        // {7} is the list overload: RandomState([7]), not RandomState(7).
        const std::uint32_t seven[1] = {7};
        rs::bit_generator list = rs::bit_generator::mt19937_legacy({7});
        c_bg c = own(mt19937_new_legacy_array(seven, 1));
        CHECK(in_step(list, c.get()));
        CHECK(rs::bit_generator::mt19937_legacy({7}).random_raw(4) !=
              rs::bit_generator::mt19937_legacy(7).random_raw(4));
    }
}

// ---- generator: every distribution against the C function on a twin ----------------------

// The three forms of one method against rng_<method> (fill) and rng_next_<method> on the twin.
// The forms as std::function: one instantiation per element type, not per call site (the
// generated tests call it for every method).
template <class T>
static void compare_dist(int line, const char *method, rs::generator &g, rng_bitgen *c,
                         const std::function<std::int32_t(T *, std::size_t)> &c_fill,
                         const std::function<std::int32_t(T *)> &c_next,
                         const std::function<std::vector<T>(std::size_t)> &vec,
                         const std::function<void(T *, std::size_t)> &ptr,
                         const std::function<T()> &one) {
    const std::string what = method;
    const std::size_t n = 301;
    std::unique_ptr<T[]> want(new T[n]()), got(new T[n]());

    check_at(line, c_fill(want.get(), n) == RNG_OK, what + ": the C fill succeeds");
    check_at(line, same_values(vec(n), want.get(), n), what + "(..., n) equals the C fill");

    check_at(line, c_fill(want.get(), n) == RNG_OK, what + ": the C fill succeeds");
    ptr(got.get(), n);
    check_at(line, same_arrays(got.get(), want.get(), n), what + "(..., out, n) equals it");

    bool singles = true;
    for (int i = 0; i < 40; i++) {
        T w{};
        singles = c_next(&w) == RNG_OK && singles;
        const T x = one();
        singles = same(x, w) && singles;
    }
    check_at(line, singles, what + "(...) equals the C single-value form");

    check_at(line, vec(0).empty(), what + "(..., 0) is empty");
    ptr(nullptr, 0);
    check_at(line, g.bit_generator().next_u64() == bitgen_next_u64(c),
             what + ": the streams are still in step");
}

// Methods without parameters, whose rng_next_<method> returns the value.
#define COMPARE_DIST0(T, method)                                                                \
    compare_dist<T>(                                                                            \
        __LINE__, #method, g, c, [&](T *out, std::size_t k) { return rng_##method(c, out, k); }, \
        [&](T *out) {                                                                           \
            *out = rng_next_##method(c);                                                        \
            return RNG_OK;                                                                      \
        },                                                                                      \
        [&](std::size_t k) { return g.method(k); },                                             \
        [&](T *out, std::size_t k) { g.method(out, k); }, [&]() { return g.method(); })

// A rejected parameter set: the library's RNG_ERR_INVALID_ARGUMENT, its message from
// `function` and naming the parameter `word`.
static void expect_rejected_at(int line, const char *expr, const char *function, const char *word,
                               const std::function<void()> &call) {
    const std::string prefix = std::string(function) + ": ";
    expect_error_at(line, expr, RNG_ERR_INVALID_ARGUMENT, prefix.c_str(), true, call);
    check_at(line, std::strstr(rng_last_error(), word) != nullptr,
             std::string(expr) + ": the message names " + word);
}
#define EXPECT_REJECTED(function, word, ...) \
    expect_rejected_at(__LINE__, #__VA_ARGS__, function, word, [&] { __VA_ARGS__; })

// test_generated_methods and test_generated_rejections, made from src/methods.toml.
#include "methods_test.inc"

static void test_distributions(const algorithm &alg) {
    context = std::string(alg.name) + " distributions";
    const char *seed = "[7, 2024]";
    rs::generator g(alg.make(rs::seed_sequence{7, 2024}));
    c_bg twin = c_twin(alg.name, seed);
    rng_bitgen *const c = twin.get();

    // Every method with a single-value form, for each sample of src/methods.toml; then every
    // rejected parameter set, which must draw nothing.
    test_generated_methods(g, c);
    test_generated_rejections(g);
    CHECK(g.bit_generator().next_u64() == bitgen_next_u64(c));
    // The array-parameter forms, on vectors and on pointers, against the C functions.
    test_generated_arrays(g, c);
    test_generated_array_rejections(g);
    CHECK(g.bit_generator().next_u64() == bitgen_next_u64(c));

    // permutation and shuffle: no single-value form.
    {
        const std::size_t n = 200;
        std::vector<std::int64_t> want(n), got(n);
        CHECK(rng_permutation(c, want.data(), n) == RNG_OK);
        CHECK(g.permutation(n) == want);
        CHECK(rng_permutation(c, want.data(), n) == RNG_OK);
        g.permutation(got.data(), n);
        CHECK(got == want);
        CHECK(g.permutation(0).empty());

        std::vector<std::int64_t> a(n), b(n);
        std::iota(a.begin(), a.end(), -50);
        std::iota(b.begin(), b.end(), -50);
        g.shuffle(a);
        CHECK(rng_shuffle_i64(c, b.data(), n) == RNG_OK);
        CHECK(a == b);
        g.shuffle(a.data(), n);
        CHECK(rng_shuffle_i64(c, b.data(), n) == RNG_OK);
        CHECK(a == b);

        std::vector<double> x(n), y(n);
        for (std::size_t i = 0; i < n; i++) {
            x[i] = y[i] = 0.5 * static_cast<double>(i) - 3.0;
        }
        g.shuffle(x);
        CHECK(rng_shuffle_f64(c, y.data(), n) == RNG_OK);
        CHECK(same_values(x, y.data(), n));
        g.shuffle(x.data(), n);
        CHECK(rng_shuffle_f64(c, y.data(), n) == RNG_OK);
        CHECK(same_values(x, y.data(), n));
        std::vector<double> empty;
        g.shuffle(empty);
        CHECK(g.bit_generator().next_u64() == bitgen_next_u64(c));
    }

    // spawn: generators over bit_generator().spawn(n).
    {
        std::vector<rs::generator> kids = g.spawn(2);
        rng_bitgen *ck[2] = {nullptr, nullptr};
        CHECK(bitgen_spawn(c, 2, ck) == RNG_OK);
        for (std::size_t i = 0; i < 2; i++) {
            c_bg ci = own(ck[i]);
            double w[5];
            CHECK(rng_normal(ci.get(), 1.0, 3.0, w, 5) == RNG_OK);
            CHECK(same_values(kids.at(i).normal(1.0, 3.0, 5), w, 5));
        }
    }
}

// ---- The vector-valued methods --------------------------------------------------------------

static void test_multivariate(const algorithm &alg) {
    context = std::string(alg.name) + " vector-valued methods";
    const char *seed = "[9, 2024]";
    rs::generator g(alg.make(rs::seed_sequence{9, 2024}));
    c_bg twin = c_twin(alg.name, seed);
    rng_bitgen *const c = twin.get();
    const std::vector<double> p = {0.2, 0.3, 0.5};
    const std::size_t n = 7, k = 3;
    std::vector<std::int64_t> want(n * k), got(n * k);
    std::vector<double> wantd(n * k), gotd(n * k);

    // multinomial: n rows, one row, into a buffer, the vector path.
    CHECK(rng_multinomial(c, 1000, p.data(), k, want.data(), n) == RNG_OK);
    CHECK(g.multinomial(1000, p, n) == want);
    CHECK(rng_multinomial(c, 20, p.data(), k, want.data(), 1) == RNG_OK);
    CHECK(same_values(g.multinomial(20, p), want.data(), k));
    CHECK(rng_multinomial(c, 5, p.data(), k, want.data(), n) == RNG_OK);
    g.multinomial(5, p.data(), k, got.data(), n);
    CHECK(got == want);
    const std::vector<std::int64_t> ns = {10, 200};
    const std::vector<double> p2 = {0.5, 0.5, 0.0, 0.1, 0.1, 0.8};
    CHECK(rng_multinomial_v(c, ns.data(), p2.data(), k, want.data(), 2) == RNG_OK);
    CHECK(same_values(g.multinomial(ns, p2), want.data(), 2 * k));
    CHECK(rng_multinomial_v(c, ns.data(), p2.data(), k, want.data(), 2) == RNG_OK);
    g.multinomial(ns.data(), p2.data(), k, got.data(), 2);
    CHECK(same_arrays(got.data(), want.data(), 2 * k));

    // dirichlet: both branches (gammas, and stick-breaking when every alpha is below 0.1).
    for (const std::vector<double> &alpha :
         {std::vector<double>{0.5, 1.0, 2.0}, std::vector<double>{0.05, 0.0, 0.09}}) {
        CHECK(rng_dirichlet(c, alpha.data(), k, wantd.data(), n) == RNG_OK);
        CHECK(same_values(g.dirichlet(alpha, n), wantd.data(), n * k));
        CHECK(rng_dirichlet(c, alpha.data(), k, wantd.data(), 1) == RNG_OK);
        CHECK(same_values(g.dirichlet(alpha), wantd.data(), k));
        CHECK(rng_dirichlet(c, alpha.data(), k, wantd.data(), n) == RNG_OK);
        g.dirichlet(alpha.data(), k, gotd.data(), n);
        CHECK(same_arrays(gotd.data(), wantd.data(), n * k));
    }

    // multivariate_hypergeometric, both methods.
    const std::vector<std::int64_t> colors = {30, 20, 50};
    for (const char *method : {"marginals", "count"}) {
        CHECK(rng_multivariate_hypergeometric(c, colors.data(), k, 60, method, want.data(), n) ==
              RNG_OK);
        CHECK(g.multivariate_hypergeometric(colors, 60, n, method) == want);
        CHECK(rng_multivariate_hypergeometric(c, colors.data(), k, 9, method, want.data(), 1) ==
              RNG_OK);
        CHECK(same_values(g.multivariate_hypergeometric(colors, 9, method), want.data(), k));
        CHECK(rng_multivariate_hypergeometric(c, colors.data(), k, 9, method, want.data(), n) ==
              RNG_OK);
        g.multivariate_hypergeometric(colors.data(), k, 9, method, got.data(), n);
        CHECK(got == want);
    }
    CHECK(rng_multivariate_hypergeometric(c, colors.data(), k, 9, "marginals", want.data(), 1) ==
          RNG_OK);
    CHECK(same_values(g.multivariate_hypergeometric(colors, 9), want.data(), k));

#if __cplusplus >= 202002L
    // The span forms: rows from the sizes.
    CHECK(rng_multinomial(c, 50, p.data(), k, want.data(), n) == RNG_OK);
    g.multinomial(50, std::span<const double>(p), std::span<std::int64_t>(got));
    CHECK(got == want);
    CHECK(rng_multinomial_v(c, ns.data(), p2.data(), k, want.data(), 2) == RNG_OK);
    g.multinomial(std::span<const std::int64_t>(ns), std::span<const double>(p2),
                  std::span<std::int64_t>(got.data(), 2 * k));
    CHECK(same_arrays(got.data(), want.data(), 2 * k));
    CHECK(rng_dirichlet(c, p.data(), k, wantd.data(), n) == RNG_OK);
    g.dirichlet(std::span<const double>(p), std::span<double>(gotd));
    CHECK(same_arrays(gotd.data(), wantd.data(), n * k));
    CHECK(rng_multivariate_hypergeometric(c, colors.data(), k, 70, "count", want.data(), n) ==
          RNG_OK);
    g.multivariate_hypergeometric(std::span<const std::int64_t>(colors), 70,
                                  std::span<std::int64_t>(got), "count");
    CHECK(got == want);
    EXPECT_CPP_ERROR(RNG_ERR_INVALID_ARGUMENT, "whole rows",
                     g.dirichlet(std::span<const double>(p), std::span<double>(gotd.data(), 5)));
#endif

    // Rejections: the library's message, nothing drawn.
    EXPECT_REJECTED("rng_multinomial", "pvals", (void)g.multinomial(5, {0.5, -0.5, 1.0}, 2));
    EXPECT_REJECTED("rng_multinomial", "sum(pvals[:-1]) > 1.0",
                    (void)g.multinomial(5, {0.6, 0.6, 0.0}, 2));
    EXPECT_REJECTED("rng_multinomial", "n < 0", (void)g.multinomial(-1, p, 2));
    EXPECT_REJECTED("rng_multinomial", "pvals must have at least 1 dimension",
                    (void)g.multinomial(5, std::vector<double>{}, 2));
    EXPECT_REJECTED("rng_multinomial_v", "n < 0",
                    (void)g.multinomial(std::vector<std::int64_t>{3, -3}, p2));
    EXPECT_CPP_ERROR(RNG_ERR_INVALID_ARGUMENT, "one row per trial count",
                     (void)g.multinomial(std::vector<std::int64_t>{3, 3}, p));
    EXPECT_REJECTED("rng_dirichlet", "alpha < 0", (void)g.dirichlet({1.0, -1.0}, 2));
    EXPECT_REJECTED("rng_multivariate_hypergeometric", "method must be",
                    (void)g.multivariate_hypergeometric(colors, 5, 2, "Count"));
    EXPECT_REJECTED("rng_multivariate_hypergeometric", "nsample > sum(colors)",
                    (void)g.multivariate_hypergeometric(colors, 101, 2));
    EXPECT_REJECTED("rng_multivariate_hypergeometric", "colors",
                    (void)g.multivariate_hypergeometric({3, -1}, 1, 2));
    CHECK(g.dirichlet(std::vector<double>{}, 3).empty());
    CHECK(g.bit_generator().next_u64() == bitgen_next_u64(c));

    // NumPy's values: Generator(PCG64(12345)).
    const rs::seed_sequence s12345(12345);
    CHECK((rs::default_rng(s12345).multinomial(20, p, 2) ==
           std::vector<std::int64_t>{3, 5, 12, 5, 6, 9}));
    CHECK((rs::default_rng(s12345).multinomial({10, 200}, p2) ==
           std::vector<std::int64_t>{4, 6, 0, 23, 21, 156}));
    CHECK((rs::default_rng(s12345).dirichlet({1.0, 2.0, 3.0}) ==
           std::vector<double>{0.029052452363674965, 0.6135071818993252, 0.35744036573699983}));
    CHECK((rs::default_rng(s12345).multivariate_hypergeometric({3, 2, 5}, 4, 2) ==
           std::vector<std::int64_t>{2, 1, 1, 1, 1, 2}));
    CHECK((rs::default_rng(s12345).multivariate_hypergeometric({3, 2, 5}, 4, 2, "count") ==
           std::vector<std::int64_t>{1, 1, 2, 1, 1, 2}));
}

// ---- Errors -------------------------------------------------------------------------------

static void test_errors() {
    context = "errors";
    // Seed sequences.
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "the size of the entropy pool should be at least 4",
                     rs::seed_sequence("5", {}, 3));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_new_ex: pool_size 0",
                     rs::seed_sequence("5", {1, 2}, 0, 0));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_new_str: entropy \"-5\": negative",
                     rs::seed_sequence(std::string("-5")));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_new_str: entropy \"12abc\"",
                     rs::seed_sequence(std::string("12abc")));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_new_str: entropy \"[[1, 2], 3]\"",
                     rs::seed_sequence(std::string("[[1, 2], 3]")));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_new_ex: entropy \"0x\"",
                     rs::seed_sequence("0x", {1}));

    // Bit generators.
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "unknown bit generator \"pcg64\"",
                     (void)rs::bit_generator::from_name("pcg64", rs::seed_sequence(1)));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "mt19937_new_legacy_array: seed must be non-empty",
                     (void)rs::bit_generator::mt19937_legacy(std::vector<std::uint32_t>{}));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "mt19937_jumped",
                     (void)rs::bit_generator::mt19937(rs::seed_sequence(1)).jumped(UINT64_MAX));
    {
        // Spawning from a generator without a seed sequence: a jumped one, a Philox key, a
        // legacy MT19937. Nothing is handed out; the seed sequence's counter is unchanged.
        rs::seed_sequence ss(11);
        rs::bit_generator bg = rs::bit_generator::pcg64(ss);
        rs::bit_generator j = bg.jumped();
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_spawn: this PCG64 has no seed sequence",
                         (void)j.spawn(2));
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_seedseq: this PCG64 has no seed sequence",
                         (void)j.seed_seq());
        CHECK(ss.n_children_spawned() == 0);
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_spawn: this Philox",
                         (void)rs::bit_generator::philox_key({1, 2}).spawn(1));
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_spawn: this MT19937",
                         (void)rs::bit_generator::mt19937_legacy(5).spawn(1));
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_spawn: this PCG64",
                         (void)rs::generator(bg.jumped(2)).spawn(1));
    }

    // State JSON and checkpoints that do not fit: nothing changes.
    {
        rs::bit_generator bg = rs::bit_generator::sfc64(rs::seed_sequence(8));
        c_bg c = c_twin("SFC64", "8");
        const std::string pcg_state =
            rs::bit_generator::pcg64(rs::seed_sequence(8)).state_json();
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT,
                         "bitgen_set_state_json: state JSON: bit_generator: the state is for PCG64",
                         bg.set_state_json(pcg_state));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "bitgen_set_state_json: state JSON",
                         bg.set_state_json("{\"bit_generator\": \"SFC64\"}"));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "bitgen_from_state_json",
                         (void)rs::bit_generator::from_state_json("[1, 2]"));
        std::vector<std::uint8_t> saved = bg.state_save();
        saved.pop_back();
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "bitgen_state_load: checkpoint",
                         (void)rs::bit_generator::state_load(saved));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_state_load",
                         (void)rs::seed_sequence::state_load(bg.state_save()));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "bitgen_state_load",
                         (void)rs::bit_generator::state_load(rs::seed_sequence(8).state_save()));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "ss_from_state_json",
                         (void)rs::seed_sequence::from_state_json("{\"entropy\": -1}"));
        CHECK(in_step(bg, c.get()));
    }

    // Distribution parameters NumPy rejects: nothing drawn, nothing written.
    {
        rs::generator g = rs::default_rng(rs::seed_sequence(99));
        c_bg c = c_twin("PCG64", "99");
        double buf[4] = {-7.0, -7.0, -7.0, -7.0};
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_next_normal: scale < 0",
                         (void)g.normal(0.0, -0.5));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_normal: scale < 0 (got scale = -0.5)",
                         (void)g.normal(0.0, -0.5, 4));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_normal: scale < 0",
                         g.normal(1.0, -0.0, buf, 4));
        CHECK(buf[0] == -7.0 && buf[3] == -7.0);
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_uniform", (void)g.uniform(0.0, -0.0, 2));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_next_beta", (void)g.beta(0.0, 1.0));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_binomial", (void)g.binomial(10, 1.5, 3));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_next_integers_i64: low >= high",
                         (void)g.integers_i64(5, 5, false));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_integers_bool",
                         (void)g.integers_bool(0, 3, true, 8));
        EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "rng_next_standard_gamma_f32",
                         (void)g.standard_gamma_f32(-1.0f));
        CHECK(in_step(g.bit_generator(), c.get()));
        // The exception's accessors.
        try {
            (void)g.poisson(-1.0);
            CHECK(!"poisson(-1) throws");
        } catch (const rs::error &e) {
            CHECK(e.status() == RNG_ERR_INVALID_ARGUMENT);
            CHECK(std::string(e.status_name()) == "RNG_ERR_INVALID_ARGUMENT");
            CHECK(std::string(e.what()).find("rng_next_poisson") == 0);
        }
        // Catchable as std::exception.
        bool caught = false;
        try {
            (void)g.geometric(0.0, 2);
        } catch (const std::exception &e) {
            caught = std::string(e.what()).find("rng_geometric") == 0;
        }
        CHECK(caught);
        CHECK(in_step(g.bit_generator(), c.get()));
    }
}

// ---- Moves and ownership --------------------------------------------------------------------

struct counter_state {
    std::uint64_t x;
};

static void test_moves() {
    context = "moves";
    {
        rs::seed_sequence a(5);
        const std::vector<std::uint32_t> state = a.generate_state_u32(4);
        rs::seed_sequence b(std::move(a));
        CHECK(!a);
        CHECK(a.native_handle() == nullptr);
        CHECK(bool(b));
        CHECK(b.generate_state_u32(4) == state);
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.entropy());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.spawn(1));
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from",
                         (void)rs::bit_generator::pcg64(a));
        rs::seed_sequence c(6);
        c = std::move(b);  // frees c's sequence 6
        CHECK(!b);
        CHECK(c.generate_state_u32(4) == state);
        a = std::move(c);  // a moved-from object can be assigned to
        CHECK(bool(a) && !c);
        CHECK(a.generate_state_u32(4) == state);
    }
    {
        rs::bit_generator a = rs::bit_generator::pcg64(rs::seed_sequence(1));
        c_bg twin = c_twin("PCG64", "1");
        CHECK(in_step(a, twin.get()));
        rs::bit_generator b = std::move(a);
        CHECK(!a);
        CHECK(in_step(b, twin.get()));
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.next_u64());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.name());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.clone());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.jumped());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", a.advance(1));
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)a.random_raw(2));
        rs::bit_generator c = rs::bit_generator::sfc64(rs::seed_sequence(2));
        c = std::move(b);  // frees the SFC64
        CHECK(!b);
        CHECK(c.name() == "PCG64");
        CHECK(in_step(c, twin.get()));

        // A vector of generators survives reallocation (moves) with every stream intact.
        std::vector<rs::bit_generator> many;
        std::vector<c_bg> twins;
        for (int i = 0; i < 40; i++) {
            const std::string seed = std::to_string(i);
            many.push_back(rs::bit_generator::from_name(ALGORITHMS[i % 5].name,
                                                        rs::seed_sequence(seed)));
            twins.push_back(c_twin(ALGORITHMS[i % 5].name, seed.c_str()));
        }
        bool ok = true;
        for (std::size_t i = 0; i < many.size(); i++) {
            ok = in_step(many[i], twins[i].get()) && ok;
        }
        CHECK(ok);
        many.erase(many.begin() + 3, many.begin() + 30);
        CHECK(many.size() == 13);
    }
    {
        // release() hands the handle to C; adopt() takes one back.
        rs::bit_generator a = rs::bit_generator::philox(rs::seed_sequence(3));
        c_bg twin = c_twin("Philox", "3");
        rng_bitgen *raw = a.release();
        CHECK(!a && raw != nullptr);
        CHECK(bitgen_next_u64(raw) == bitgen_next_u64(twin.get()));
        rs::bit_generator b = rs::bit_generator::adopt(raw);
        CHECK(in_step(b, twin.get()));
        CHECK(!rs::bit_generator::adopt(nullptr));
        rs::seed_sequence s = rs::seed_sequence::adopt(ss_new_str("77"));
        CHECK(s.entropy() == "77");
        ss_free(s.release());
        CHECK(!s);
    }
    {
        rs::generator g = rs::default_rng(rs::seed_sequence(4));
        c_bg twin = c_twin("PCG64", "4");
        rs::generator h(std::move(g));
        CHECK(!g && bool(h));
        CHECK(!g.bit_generator());
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)g.normal(0.0, 1.0));
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)g.random(3));
        EXPECT_CPP_ERROR(RNG_ERR_NULL_POINTER, "moved-from", (void)g.spawn(1));
        double z = 0;
        CHECK(rng_next_normal(twin.get(), 0.0, 1.0, &z) == RNG_OK);
        CHECK(same(h.normal(0.0, 1.0), z));
        g = std::move(h);
        CHECK(bool(g) && !h);
        CHECK(same(g.standard_normal(), rng_next_standard_normal(twin.get())));
        // The generator owns its bit generator; moving that out empties the generator.
        rs::bit_generator taken = std::move(g.bit_generator());
        CHECK(!g && bool(taken));
        CHECK(in_step(taken, twin.get()));
    }
    {
        // A user generator (bitgen_new_user) adopted: it draws, but cannot be cloned, spawned,
        // jumped or advanced.
        counter_state st{0};
        rs::bit_generator user = rs::bit_generator::adopt(bitgen_new_user(
            &st,
            [](void *p) -> std::uint64_t {
                return static_cast<counter_state *>(p)->x += 0x9e3779b97f4a7c15ULL;
            },
            nullptr, nullptr));
        CHECK(user.name() == "UserBitGenerator");
        CHECK(user.next_u64() == 0x9e3779b97f4a7c15ULL);
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_clone", (void)user.clone());
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_spawn", (void)user.spawn(1));
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "UserBitGenerator has no jumped()",
                         (void)user.jumped());
        EXPECT_CPP_ERROR(RNG_ERR_UNSUPPORTED, "UserBitGenerator has no advance()",
                         user.advance(1));
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_state_json", (void)user.state_json());
        EXPECT_LIB_ERROR(RNG_ERR_UNSUPPORTED, "bitgen_state_save", (void)user.state_save());
        rs::generator g(std::move(user));
        CHECK(g.integers_i64(0, 10, false, 4).size() == 4);
    }
}

// ---- The C++ standard library: std::shuffle and <random> -------------------------------

static void test_std_random() {
    context = "std algorithms";
    for (const algorithm &alg : ALGORITHMS) {
        rs::bit_generator bg = alg.make(rs::seed_sequence(2718));
        c_bg twin = c_twin(alg.name, "2718");
        c_urbg c{twin.get()};

        std::vector<int> a(100), b(100);
        std::iota(a.begin(), a.end(), 0);
        std::iota(b.begin(), b.end(), 0);
        std::shuffle(a.begin(), a.end(), bg);
        std::shuffle(b.begin(), b.end(), c);
        CHECK(a == b);
        std::vector<int> sorted = a, identity(100);
        std::sort(sorted.begin(), sorted.end());
        std::iota(identity.begin(), identity.end(), 0);
        CHECK(sorted == identity);  // a permutation
        CHECK(a != identity);

        std::uniform_int_distribution<int> die(1, 6);
        bool in_range = true, equal = true;
        for (int i = 0; i < 1000; i++) {
            const int x = die(bg);
            in_range = x >= 1 && x <= 6 && in_range;
            equal = x == die(c) && equal;
        }
        CHECK(in_range);
        CHECK(equal);

        // One distribution object per engine: normal_distribution keeps a spare value.
        std::uniform_real_distribution<double> u(-1.0, 1.0), c_u(-1.0, 1.0);
        std::normal_distribution<double> nd(0.0, 1.0), c_nd(0.0, 1.0);
        bool same_reals = true;
        for (int i = 0; i < 100; i++) {
            const double x = u(bg), y = c_u(c), z = nd(bg), w = c_nd(c);
            same_reals = same(x, y) && same(z, w) && same_reals;
        }
        CHECK(same_reals);
        std::mt19937_64 seeded(bg()), c_seeded(c());  // result_type seeds the std engines
        CHECK(seeded() == c_seeded());
        CHECK(in_step(bg, twin.get()));
    }
}

// ---- multivariate_normal ---------------------------------------------------------------------

// Within `atol` of NumPy's values (docs/guarantees.md: 1e-9 times the covariance's scale).
static bool close_to(const std::vector<double> &got, const std::vector<double> &want, double atol) {
    if (got.size() != want.size()) {
        return false;
    }
    for (std::size_t i = 0; i < got.size(); i++) {
        if (!(std::fabs(got[i] - want[i]) <= atol)) {
            return false;
        }
    }
    return true;
}

static void test_multivariate_normal() {
    context = "multivariate_normal";
    const std::vector<double> mean{1.0, -2.0, 0.5};
    const std::vector<double> cov{4.0, 1.2, -0.6, 1.2, 3.0, 0.4, -0.6, 0.4, 2.0};
    // Generator(PCG64(2024)).multivariate_normal(mean, cov, size=2), then random_raw().
    rs::generator g(rs::bit_generator::pcg64(rs::seed_sequence(2024)));
    bool warned = true;
    CHECK(close_to(g.multivariate_normal(mean, cov, 2, "warn", 1e-8, "svd", &warned),
                   {0.6134008935415662, -5.746078288009924, 0.02925047312114404,
                    2.020222970792175, 0.6739195891531602, 1.8183226452973595},
                   1e-9 * 2.0));
    CHECK(!warned);
    CHECK(g.bit_generator().random_raw(1)[0] == 1452229773373777511ULL);
    // SFC64(7) with cholesky, MT19937(7) with eigh, on NumPy's documentation example.
    const std::vector<double> doc{6.0, -3.0, -3.0, 3.5};
    rs::generator s(rs::bit_generator::sfc64(rs::seed_sequence(7)));
    CHECK(close_to(s.multivariate_normal({0.0, 0.0}, doc, 2, "warn", 1e-8, "cholesky"),
                   {1.8717262525403697, 1.0193383580217845, 3.909475465357085,
                    -2.4448809188294867},
                   1e-9 * std::sqrt(6.0)));
    rs::generator m(rs::bit_generator::mt19937(rs::seed_sequence(7)));
    CHECK(close_to(m.multivariate_normal({0.0, 0.0}, doc, 2, "warn", 1e-8, "eigh"),
                   {-0.4223202474813398, -0.27834134496262586, -0.5527712148351772,
                    2.015115186887426},
                   1e-9 * std::sqrt(6.0)));

    // The pointer form equals the C function on a twin handle.
    for (const char *method : {"svd", "eigh", "cholesky"}) {
        rs::generator a(rs::bit_generator::philox(rs::seed_sequence(3)));
        rng_seedseq *ss = ss_new_str("3");
        rng_bitgen *c = philox_new(ss);
        double x[12], y[12];
        CHECK(!a.multivariate_normal(mean.data(), cov.data(), 3, "warn", 1e-8, method, x, 4));
        CHECK(rng_multivariate_normal(c, mean.data(), cov.data(), 3, "warn", 1e-8, method, y, 4) ==
              RNG_OK);
        CHECK(std::memcmp(x, y, sizeof x) == 0);
        CHECK(in_step(a.bit_generator(), c));
        bitgen_free(c);
        ss_free(ss);
    }

    // "warn" returns true and writes; "raise" and a wrong cov size throw, drawing nothing.
    const std::vector<double> bad{1.0, 2.0, 2.0, 1.0};
    rs::generator w(rs::bit_generator::pcg64(rs::seed_sequence(9)));
    rs::generator twin(rs::bit_generator::pcg64(rs::seed_sequence(9)));
    bool flagged = false;
    const std::vector<double> v = w.multivariate_normal({0.0, 0.0}, bad, 3, "warn", 1e-8, "eigh",
                                                        &flagged);
    CHECK(flagged && v.size() == 6);
    CHECK(twin.multivariate_normal({0.0, 0.0}, bad, 3, "ignore", 1e-8, "eigh") == v);
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT,
                     "covariance is not symmetric positive-semidefinite.",
                     (void)w.multivariate_normal({0.0, 0.0}, bad, 3, "raise"));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "Matrix is not positive definite",
                     (void)w.multivariate_normal({0.0, 0.0}, bad, 3, "warn", 1e-8, "cholesky"));
    EXPECT_CPP_ERROR(RNG_ERR_INVALID_ARGUMENT, "cov must be 2 dimensional and square",
                 (void)w.multivariate_normal({0.0, 0.0}, {1.0}, 3));
    CHECK(w.bit_generator().random_raw(3) == twin.bit_generator().random_raw(3));
}

// ---- bytes, choice and the shuffles (written by hand in the header) ------------------------

struct item24 {
    unsigned char b[24];
};

static void test_sampling(const algorithm &alg) {
    context = std::string(alg.name) + " sampling";
    rs::generator g(alg.make(rs::seed_sequence(7)));
    c_bg c = c_twin(alg.name, "7");
    const double p[5] = {0.1, 0.0, 0.3, 0.6, 0.0};
    std::vector<std::int64_t> want(40);

    // bytes: both forms, and bytes(0), which draws a 32-bit value as NumPy's does.
    std::vector<std::uint8_t> wb(13);
    CHECK(rng_bytes(c.get(), wb.data(), 13) == RNG_OK && g.bytes(13) == wb);
    std::uint8_t b3[3], w3[3];
    g.bytes(b3, 3);
    CHECK(rng_bytes(c.get(), w3, 3) == RNG_OK && same_arrays(b3, w3, 3));
    CHECK(g.bytes(0).empty() && rng_bytes(c.get(), nullptr, 0) == RNG_OK);
    CHECK(in_step(g.bit_generator(), c.get()));

    // choice: every form against rng_choice.
    CHECK(rng_choice(c.get(), 1000, nullptr, true, true, want.data(), 20) == RNG_OK);
    CHECK(same_values(g.choice(1000, 20), want.data(), 20));
    CHECK(rng_choice(c.get(), 30000, nullptr, false, false, want.data(), 40) == RNG_OK);
    CHECK(same_values(g.choice(30000, 40, false, false), want.data(), 40));
    CHECK(rng_choice(c.get(), 5, p, false, true, want.data(), 3) == RNG_OK);
    CHECK(same_values(g.choice(std::vector<double>(p, p + 5), 3, false), want.data(), 3));
    std::int64_t got[7];
    g.choice(5, p, true, true, got, 7);
    CHECK(rng_choice(c.get(), 5, p, true, true, want.data(), 7) == RNG_OK &&
          same_arrays(got, want.data(), 7));
    CHECK(rng_choice(c.get(), 1ll << 40, nullptr, true, true, want.data(), 1) == RNG_OK &&
          g.choice(1ll << 40) == want[0]);
    CHECK(in_step(g.bit_generator(), c.get()));

    // shuffle of items of 2, 8 and 24 bytes, along an axis, permutation, permuted.
    std::vector<std::int16_t> s16(37), w16(37);
    std::vector<item24> s24(9), w24(9);
    for (std::size_t i = 0; i < s16.size(); i++) {
        s16[i] = w16[i] = static_cast<std::int16_t>(i);
    }
    for (std::size_t i = 0; i < s24.size(); i++) {
        std::memset(s24[i].b, static_cast<int>(i), 24);
        w24[i] = s24[i];
    }
    g.shuffle(s16);
    CHECK(rng_shuffle(c.get(), w16.data(), w16.size(), 2) == RNG_OK &&
          same_arrays(s16.data(), w16.data(), 37));
    g.shuffle(s24.data(), s24.size());
    CHECK(rng_shuffle(c.get(), w24.data(), w24.size(), 24) == RNG_OK &&
          std::memcmp(s24.data(), w24.data(), sizeof(item24) * 9) == 0);
    std::vector<double> m(24), wm(24);
    for (std::size_t i = 0; i < m.size(); i++) {
        m[i] = wm[i] = static_cast<double>(i) * 0.5;
    }
    const std::vector<std::size_t> shape = {2, 3, 4};
    g.shuffle(m.data(), shape, 1);
    CHECK(rng_shuffle_axis(c.get(), wm.data(), 3, shape.data(), 8, 1) == RNG_OK &&
          same_arrays(m.data(), wm.data(), 24));
    std::vector<double> pm(24), wpm(24);
    g.permutation(m.data(), pm.data(), shape, 2);
    CHECK(rng_permutation_axis(c.get(), m.data(), wpm.data(), 3, shape.data(), 8, 2) == RNG_OK &&
          same_arrays(pm.data(), wpm.data(), 24));
    CHECK(rng_permutation_axis(c.get(), s16.data(), w16.data(), 1, &shape[2], 2, 0) == RNG_OK);
    CHECK(same_values(g.permutation(std::vector<std::int16_t>(s16.begin(), s16.begin() + 4)),
                      w16.data(), 4));
    g.permuted(m.data(), shape, 0);
    CHECK(rng_permuted(c.get(), wm.data(), 3, shape.data(), 8, 0) == RNG_OK &&
          same_arrays(m.data(), wm.data(), 24));
    g.permuted(m.data(), shape);
    CHECK(rng_permuted(c.get(), wm.data(), 3, shape.data(), 8, RNG_AXIS_NONE) == RNG_OK &&
          same_arrays(m.data(), wm.data(), 24));
#if __cplusplus >= 202002L
    g.shuffle(std::span<double>(m.data(), 10));
    CHECK(rng_shuffle(c.get(), wm.data(), 10, 8) == RNG_OK && same_arrays(m.data(), wm.data(), 24));
#endif
    CHECK(in_step(g.bit_generator(), c.get()));

    // Errors: NumPy's messages, nothing drawn.
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "a must be a positive integer", (void)g.choice(0, 3));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "Cannot take a larger sample",
                     (void)g.choice(3, 4, false));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "Probabilities do not sum to 1",
                     (void)g.choice(std::vector<double>{0.5, 0.2}, 1));
    EXPECT_LIB_ERROR(RNG_ERR_INVALID_ARGUMENT, "axis 3 is out of bounds",
                     g.shuffle(m.data(), shape, 3));
    CHECK(in_step(g.bit_generator(), c.get()));
}

// NumPy 2.4.6: Generator(PCG64(SeedSequence(7))): choice(10, 5), bytes(6),
// choice(100, 4, replace=False), shuffle(arange(6, dtype=int16)),
// permuted(arange(6, dtype=int32).reshape(2, 3), axis=1), in this order.
static void test_sampling_numpy() {
    context = "sampling numpy values";
    rs::generator g(rs::bit_generator::pcg64(rs::seed_sequence(7)));
    CHECK((g.choice(10, 5) == std::vector<std::int64_t>{9, 6, 6, 8, 5}));
    CHECK((g.bytes(6) == std::vector<std::uint8_t>{95, 86, 147, 198, 66, 39}));
    CHECK((g.choice(100, 4, false) == std::vector<std::int64_t>{5, 21, 29, 28}));
    std::vector<std::int16_t> x = {0, 1, 2, 3, 4, 5};
    g.shuffle(x);
    CHECK((x == std::vector<std::int16_t>{3, 2, 0, 4, 1, 5}));
    std::vector<std::int32_t> y = {0, 1, 2, 3, 4, 5};
    g.permuted(y.data(), {2, 3}, 1);
    CHECK((y == std::vector<std::int32_t>{2, 0, 1, 5, 4, 3}));
}

int main() {
    struct test {
        const char *name;
        void (*run)();
    };
    static const test tests[] = {
        {"numpy_values", test_numpy_values},
        {"seed_sequence", test_seed_sequence},
        {"bit_generators",
         [] {
             for (const algorithm &alg : ALGORITHMS) {
                 test_bit_generator(alg);
             }
         }},
        {"seedless_constructors", test_seedless_constructors},
        {"distributions",
         [] {
             for (const algorithm &alg : ALGORITHMS) {
                 test_distributions(alg);
             }
         }},
        {"sampling",
         [] {
             for (const algorithm &alg : ALGORITHMS) {
                 test_sampling(alg);
             }
             test_sampling_numpy();
         }},
        {"multivariate",
         [] {
             for (const algorithm &alg : ALGORITHMS) {
                 test_multivariate(alg);
             }
         }},
        {"errors", test_errors},
        {"moves", test_moves},
        {"std_random", test_std_random},
        {"multivariate_normal", test_multivariate_normal},
    };
    for (const test &t : tests) {
        try {
            t.run();
        } catch (const std::exception &e) {
            check_at(__LINE__, false, std::string(t.name) + ": unexpected exception: " + e.what());
        }
    }
    std::printf("randstreams.hpp as C++%ld\n", __cplusplus / 100 % 100);
    std::printf("%ld passed, %ld failed\n", n_passed, n_failed);
    return n_failed == 0 && n_passed > 0 ? 0 : 1;
}
