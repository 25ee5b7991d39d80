/*
 * The C API's contract, as documented in include/randstreams.h: NULL handles and buffers, zero
 * and overflowing counts, malformed text, calls for the wrong algorithm, generators that cannot
 * spawn, the snprintf-style text functions, versions and status names, and the sharing of one
 * seed sequence between handles.
 *
 * A failed call must return its documented status (or NULL, or 0), set a new rng_last_error(),
 * write nothing (buffers are filled with a sentinel first) and leave the handle as it was: the
 * generator still draws the same stream as a twin cloned before the call.
 *
 * Prints every failed check and, as its last line, `N passed, M failed`; exits non-zero on any
 * failure. Every handle is freed, so that the test can run under valgrind or ASan.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "algorithms.h"
#include "randstreams.h"

#define CHECK_FILE "test_api.c"
#include "check.h"

/* ---- Checks --------------------------------------------------------------------------------- */

/* For the one call whose failure prime_error itself makes. */
static void prime_error_other(void) {
    ss_free(ss_new_str(NULL));
    remember_error();
}

/* Whether ss's spawn key is exactly (k0) (n == 1) or () (n == 0). */
static int spawn_key_is(const rng_seedseq *ss, size_t n, uint64_t k0) {
    uint64_t key[2] = {0, 0};
    size_t len = ss_spawn_key(ss, key, 2);
    return len == n && (n == 0 || key[0] == k0);
}

/* Whether ss_entropy_str(ss) is `want`. */
static int entropy_text_is(const rng_seedseq *ss, const char *want) {
    char buf[128];
    size_t len = ss_entropy_str(ss, buf, sizeof buf);
    return ss != NULL && len == strlen(want) && strcmp(buf, want) == 0;
}

/* ---- Library-wide ------------------------------------------------------------------------- */

static void test_version_and_status(void) {
    static const char *const names[] = {
        "RNG_OK",
        "RNG_ERR_NULL_POINTER",
        "RNG_ERR_INVALID_ARGUMENT",
        "RNG_ERR_UNSUPPORTED",
        "RNG_ERR_ENTROPY_UNAVAILABLE",
        "RNG_ERR_BUFFER_TOO_SMALL",
        "RNG_ERR_INTERNAL",
        "RNG_WARN_NOT_PSD",
        "RNG_ERR_OUT_OF_MEMORY",
    };
    static const int32_t codes[] = {
        RNG_OK,
        RNG_ERR_NULL_POINTER,
        RNG_ERR_INVALID_ARGUMENT,
        RNG_ERR_UNSUPPORTED,
        RNG_ERR_ENTROPY_UNAVAILABLE,
        RNG_ERR_BUFFER_TOO_SMALL,
        RNG_ERR_INTERNAL,
        RNG_WARN_NOT_PSD,
        RNG_ERR_OUT_OF_MEMORY,
    };
    static const int32_t unknown[] = {-1, 8, 99, 101, INT32_MIN, INT32_MAX};
    size_t i;

    CHECK(rng_version() != NULL && strcmp(rng_version(), RNG_VERSION_STRING) == 0);
    CHECK(RNG_VERSION_NUMBER ==
          ((RNG_VERSION_MAJOR << 16) | (RNG_VERSION_MINOR << 8) | RNG_VERSION_PATCH));
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        set_context("%s", names[i]);
        CHECK(rng_status_str(codes[i]) != NULL && strcmp(rng_status_str(codes[i]), names[i]) == 0);
    }
    set_context("unknown status");
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        CHECK(strcmp(rng_status_str(unknown[i]), "unknown status") == 0);
    }
    clear_context();
}

static void test_free_null(void) {
    bitgen_free(NULL);
    ss_free(NULL);
    CHECK(1); /* reached: both were no-ops */
}

/* ---- Seed sequences ----------------------------------------------------------------------- */

static void test_ss_constructors(void) {
    static const char *const malformed[] = {
        "", "-5", "0X10", "12abc", "[1,,2]", "[[1]]", "1.5", "[1", "1]", "[-1]", " ", "0x",
    };
    static const char *const accepted[] = {
        "0", "12345", "0x1f", "0x8c3c010cb4754c905776bdac5ee7501", "[]", "[1,0x2f,3]",
        "[3, 0x8c3c010cb4754c905776bdac5ee7501]", "340282366920938463463374607431768211457",
    };
    uint64_t words[3] = {1, 2, 3}, key[2] = {5, 6};
    uint32_t words32[2] = {1, 2};
    rng_seedseq *a, *b;
    size_t i, pool;

    EXPECT_NULL_SS(ss_new(NULL, 3));
    EXPECT_NULL_SS(ss_new(words, SIZE_MAX));
    EXPECT_NULL_SS(ss_new_u32(NULL, 2));
    EXPECT_NULL_SS(ss_new_u32(words32, SIZE_MAX));
    EXPECT_NULL_SS(ss_new_str(NULL));
    for (i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        set_context("%s", malformed[i]);
        EXPECT_NULL_SS(ss_new_str(malformed[i]));
        EXPECT_NULL_SS(ss_new_ex(malformed[i], NULL, 0, 4, 0));
    }
    for (i = 0; i < sizeof accepted / sizeof accepted[0]; i++) {
        set_context("%s", accepted[i]);
        a = ss_new_str(accepted[i]);
        CHECK(a != NULL);
        ss_free(a);
    }
    clear_context();
    for (pool = 0; pool < 4; pool++) {
        EXPECT_NULL_SS(ss_new_ex("1", NULL, 0, pool, 0));
        EXPECT_NULL_SS(ss_new_ex(NULL, NULL, 0, pool, 0));
    }
    EXPECT_NULL_SS(ss_new_ex("1", NULL, 2, 4, 0));
    EXPECT_NULL_SS(ss_new_ex("1", key, SIZE_MAX, 4, 0));

    /* n == 0 with a NULL array: SeedSequence([]). */
    a = ss_new(NULL, 0);
    b = ss_new_str("[]");
    CHECK(a != NULL && b != NULL && same_state(a, b));
    CHECK(entropy_text_is(a, "[]"));
    ss_free(a);
    a = ss_new_u32(NULL, 0);
    CHECK(a != NULL);
    ss_free(a);
    a = ss_new_ex("[]", NULL, 0, 4, 0);
    CHECK(a != NULL && same_state(a, b));
    ss_free(a);
    ss_free(b);

    /* ss_new with one word is SeedSequence(e0); with several, the list. */
    a = ss_new(words, 1);
    b = ss_new_str("1");
    CHECK(a != NULL && b != NULL && same_state(a, b) && entropy_text_is(a, "1"));
    ss_free(a);
    ss_free(b);
    a = ss_new(words, 3);
    b = ss_new_str("[1, 2, 3]");
    CHECK(a != NULL && b != NULL && same_state(a, b) && entropy_text_is(a, "[1, 2, 3]"));
    ss_free(a);
    ss_free(b);

    /* The options are kept. */
    a = ss_new_ex("0x10", key, 2, 8, 3);
    CHECK(a != NULL && ss_pool_size(a) == 8 && ss_n_children_spawned(a) == 3);
    CHECK(entropy_text_is(a, "16")); /* what NumPy prints: a decimal int */
    ss_free(a);
    a = ss_new_str("[3,0x10]");
    CHECK(entropy_text_is(a, "[3, 16]"));
    CHECK(ss_pool_size(a) == 4 && ss_n_children_spawned(a) == 0 && spawn_key_is(a, 0, 0));
    ss_free(a);
}

static void test_ss_failures(void) {
    uint64_t key[3] = {5, 6, 7}, out64[4];
    uint32_t out32[4];
    char text[16];
    rng_seedseq *ss = ss_new_ex("12345", key, 3, 4, 0);
    rng_seedseq *fresh = ss_new_ex("12345", key, 3, 4, 0); /* what ss must still be */
    rng_seedseq *children[3], *child = NULL;

    if (!CHECK(ss != NULL && fresh != NULL)) {
        ss_free(ss);
        ss_free(fresh);
        return;
    }

    /* ss_spawn */
    poison(children, sizeof children);
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_spawn(NULL, 2, children));
    CHECK(untouched(children, sizeof children));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_spawn(ss, 2, NULL));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_spawn(ss, SIZE_MAX, children));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_spawn(ss, SIZE_MAX / sizeof children[0] + 1, children));
    CHECK(untouched(children, sizeof children));
    EXPECT_OK(ss_spawn(ss, 0, NULL));
    EXPECT_OK(ss_spawn(ss, 0, children));
    CHECK(untouched(children, sizeof children));
    CHECK(ss_n_children_spawned(ss) == 0);

    /* generate_state */
    poison(out32, sizeof out32);
    poison(out64, sizeof out64);
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_generate_state_u32(NULL, out32, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_generate_state_u64(NULL, out64, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_generate_state_u32(ss, NULL, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_generate_state_u64(ss, NULL, 4));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_generate_state_u32(ss, out32, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_generate_state_u64(ss, out64, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_generate_state_u32(ss, out32, SIZE_MAX / 4 + 1));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_generate_state_u64(ss, out64, SIZE_MAX / 8 + 1));
    CHECK(untouched(out32, sizeof out32) && untouched(out64, sizeof out64));
    EXPECT_OK(ss_generate_state_u32(ss, NULL, 0));
    EXPECT_OK(ss_generate_state_u64(ss, NULL, 0));
    EXPECT_OK(ss_generate_state_u64(ss, out64, 0));
    CHECK(untouched(out64, sizeof out64));

    /* Getters of a NULL handle. */
    CHECK(ss_n_children_spawned(NULL) == 0);
    CHECK(ss_pool_size(NULL) == 0);

    /* ss_spawn_key: the length, the first min(length, cap) elements. */
    poison(out64, sizeof out64);
    EXPECT_ZERO(ss_spawn_key(NULL, out64, 4));
    EXPECT_ZERO(ss_spawn_key(ss, NULL, 4));
    CHECK(untouched(out64, sizeof out64));
    CHECK(ss_spawn_key(ss, NULL, 0) == 3);
    CHECK(ss_spawn_key(ss, out64, 0) == 3 && untouched(out64, sizeof out64));
    CHECK(ss_spawn_key(ss, out64, 2) == 3 && out64[0] == 5 && out64[1] == 6 &&
          untouched(out64 + 2, 2 * sizeof out64[0]));
    poison(out64, sizeof out64);
    CHECK(ss_spawn_key(ss, out64, 4) == 3 && out64[0] == 5 && out64[1] == 6 && out64[2] == 7 &&
          untouched(out64 + 3, sizeof out64[0]));

    /* ss_entropy_str: snprintf semantics. */
    poison(text, sizeof text);
    EXPECT_ZERO(ss_entropy_str(NULL, text, sizeof text));
    EXPECT_ZERO(ss_entropy_str(ss, NULL, 4));
    CHECK(untouched(text, sizeof text));
    CHECK(ss_entropy_str(ss, NULL, 0) == 5);
    CHECK(ss_entropy_str(ss, text, 0) == 5 && untouched(text, sizeof text));
    CHECK(ss_entropy_str(ss, text, 1) == 5 && text[0] == '\0' && untouched(text + 1, 15));
    poison(text, sizeof text);
    CHECK(ss_entropy_str(ss, text, 4) == 5 && strcmp(text, "123") == 0 &&
          untouched(text + 4, 12));
    poison(text, sizeof text);
    CHECK(ss_entropy_str(ss, text, 5) == 5 && strcmp(text, "1234") == 0 &&
          untouched(text + 5, 11));
    poison(text, sizeof text);
    CHECK(ss_entropy_str(ss, text, 6) == 5 && strcmp(text, "12345") == 0 &&
          untouched(text + 6, 10));

    /* None of the failures changed the sequence. */
    CHECK(same_state(ss, fresh));
    CHECK(ss_n_children_spawned(ss) == 0);
    CHECK(ss_spawn(ss, 1, &child) == RNG_OK && ss_spawn_key(child, out64, 4) == 4 &&
          out64[3] == 0);
    ss_free(child);
    ss_free(ss);
    ss_free(fresh);
}

/* The spawn counter is a uint64_t: spawning past 2^64 - 1 is refused. */
static void test_ss_counter_overflow(void) {
    rng_seedseq *ss = ss_new_ex("1", NULL, 0, 4, UINT64_MAX - 1);
    rng_seedseq *children[2] = {NULL, NULL};
    if (!CHECK(ss != NULL)) {
        return;
    }
    EXPECT_OK(ss_spawn(ss, 1, children));
    CHECK(spawn_key_is(children[0], 1, UINT64_MAX - 1));
    CHECK(ss_n_children_spawned(ss) == UINT64_MAX);
    ss_free(children[0]);
    poison(children, sizeof children);
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_spawn(ss, 1, children));
    CHECK(untouched(children, sizeof children));
    CHECK(ss_n_children_spawned(ss) == UINT64_MAX);
    ss_free(ss);
}

/* ---- Bit generators ----------------------------------------------------------------------- */

static void test_bitgen_constructors(void) {
    uint32_t seeds[2] = {1, 2};
    rng_seedseq *ss = ss_new_str("1");
    size_t i;

    for (i = 0; i < N_ALGORITHMS; i++) {
        set_context("%s", ALGORITHMS[i].name);
        EXPECT_NULL_BG(ALGORITHMS[i].new_from_ss(NULL));
        EXPECT_NULL_BG(bitgen_new(ALGORITHMS[i].name, NULL));
    }
    clear_context();
    EXPECT_NULL_BG(bitgen_new(NULL, ss));
    EXPECT_NULL_BG(bitgen_new("", ss));
    EXPECT_NULL_BG(bitgen_new("pcg64", ss));
    EXPECT_NULL_BG(bitgen_new("PCG", ss));
    EXPECT_NULL_BG(bitgen_new("PCG64 ", ss));
    EXPECT_NULL_BG(philox_new_key(NULL, NULL));
    EXPECT_NULL_BG(mt19937_new_legacy_array(NULL, 2));
    EXPECT_NULL_BG(mt19937_new_legacy_array(NULL, 0));
    EXPECT_NULL_BG(mt19937_new_legacy_array(seeds, 0));
    EXPECT_NULL_BG(mt19937_new_legacy_array(seeds, SIZE_MAX));

    /* Functions of a NULL handle. */
    EXPECT_ZERO(bitgen_next_u64(NULL));
    EXPECT_ZERO(bitgen_next_u32(NULL));
    EXPECT_ZERO(bitgen_next_double(NULL));
    CHECK(bitgen_name(NULL) == NULL);
    EXPECT_NULL_SS(bitgen_seedseq(NULL));
    prime_error_other();
    expect_null_bg_at(__LINE__, "bitgen_clone(NULL)", bitgen_clone(NULL));
    ss_free(ss);
}

/* Failing calls on a generator of algorithm `alg`: statuses, untouched buffers, same stream. */
static void test_bitgen_failures(const algorithm *alg) {
    static const uint64_t delta[4] = {1, 0, 0, 0};
    uint64_t out64[4];
    uint32_t out32[4];
    double outd[4];
    rng_bitgen *children[3];
    rng_seedseq *ss = ss_new_str("20240601");
    rng_bitgen *bg = alg->new_from_ss(ss);
    rng_bitgen *twin, *jumped;
    size_t i;

    set_context("%s", alg->name);
    if (!CHECK(ss != NULL && bg != NULL)) {
        bitgen_free(bg);
        ss_free(ss);
        clear_context();
        return;
    }
    (void)bitgen_next_u32(bg); /* leaves a pending half word where the algorithm has one */
    twin = bitgen_clone(bg);
    CHECK(twin != NULL && bitgen_name(twin) != NULL && strcmp(bitgen_name(twin), alg->name) == 0);

    poison(out64, sizeof out64);
    poison(out32, sizeof out32);
    poison(outd, sizeof outd);
    poison(children, sizeof children);

    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_random_raw(NULL, out64, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_u64(NULL, out64, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_u32(NULL, out32, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_double(NULL, outd, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_random_raw(bg, NULL, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_u64(bg, NULL, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_u32(bg, NULL, 4));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_fill_double(bg, NULL, 4));
    /* Byte counts that overflow size_t (the /8+1 and /4+1 ones wrap to a few bytes). */
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_random_raw(bg, out64, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_random_raw(bg, out64, SIZE_MAX / 8 + 1));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_u64(bg, out64, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_u64(bg, out64, SIZE_MAX / 8 + 1));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_u32(bg, out32, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_u32(bg, out32, SIZE_MAX / 4 + 1));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_double(bg, outd, SIZE_MAX));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_fill_double(bg, outd, SIZE_MAX / 8 + 1));
    /* n == 0 succeeds, with or without a buffer, and draws nothing. */
    EXPECT_OK(bitgen_random_raw(bg, NULL, 0));
    EXPECT_OK(bitgen_fill_u64(bg, NULL, 0));
    EXPECT_OK(bitgen_fill_u32(bg, NULL, 0));
    EXPECT_OK(bitgen_fill_double(bg, NULL, 0));
    EXPECT_OK(bitgen_fill_u64(bg, out64, 0));
    CHECK(untouched(out64, sizeof out64) && untouched(out32, sizeof out32) &&
          untouched(outd, sizeof outd));

    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_spawn(NULL, 2, children));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_spawn(bg, 2, NULL));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, bitgen_spawn(bg, SIZE_MAX, children));
    EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT,
                bitgen_spawn(bg, SIZE_MAX / sizeof children[0] + 1, children));
    EXPECT_OK(bitgen_spawn(bg, 0, NULL));
    CHECK(untouched(children, sizeof children));
    CHECK(ss_n_children_spawned(ss) == 0);

    /* The other algorithms' jumped/advance refuse this handle; its own refuse NULLs. */
    for (i = 0; i < N_ALGORITHMS; i++) {
        const algorithm *other = &ALGORITHMS[i];
        if (other == alg) {
            continue;
        }
        set_context("%s handle, %s function", alg->name, other->name);
        if (other->jumped != NULL) {
            EXPECT_NULL_BG(other->jumped(bg, 1));
        }
        if (other->advance != NULL) {
            EXPECT_FAIL(RNG_ERR_UNSUPPORTED, other->advance(bg, delta));
        }
        set_context("%s", alg->name);
    }
    if (alg->jumped != NULL) {
        EXPECT_NULL_BG(alg->jumped(NULL, 1));
    }
    if (alg->advance != NULL) {
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, alg->advance(NULL, delta));
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, alg->advance(bg, NULL));
    }
    if (alg->jumped == mt19937_jumped) {
        EXPECT_NULL_BG(mt19937_jumped(bg, (uint64_t)1 << 63)); /* documented limit */
    }

    /* jumped leaves bg untouched; the result cannot spawn (tested below). */
    if (alg->jumped != NULL) {
        jumped = alg->jumped(bg, 1);
        CHECK(jumped != NULL);
        bitgen_free(jumped);
    }

    CHECK(same_stream(bg, twin));
    bitgen_free(twin);
    bitgen_free(bg);
    ss_free(ss);
    clear_context();
}

/* A generator without a seed sequence refuses to spawn, writes nothing and is unchanged. */
static void expect_cannot_spawn(int line, const char *what, rng_bitgen *bg) {
    rng_bitgen *children[2];
    rng_bitgen *twin = bitgen_clone(bg);
    char expr[128];

    set_context("%s", what);
    check_at(line, bg != NULL && twin != NULL, "made the generator");
    poison(children, sizeof children);
    prime_error();
    snprintf(expr, sizeof expr, "bitgen_spawn(%s, 2, children)", what);
    expect_status_at(line, expr, bitgen_spawn(bg, 2, children), RNG_ERR_UNSUPPORTED);
    check_at(line, untouched(children, sizeof children), "children untouched");
    prime_error();
    snprintf(expr, sizeof expr, "bitgen_seedseq(%s)", what);
    expect_null_ss_at(line, expr, bitgen_seedseq(bg));
    check_at(line, same_stream(bg, twin), "same stream after the failed calls");
    bitgen_free(twin);
    bitgen_free(bg);
    clear_context();
}

static void test_cannot_spawn(void) {
    static const uint64_t key[2] = {1, 2};
    static const uint32_t seeds[2] = {3, 4};
    size_t i;

    expect_cannot_spawn(__LINE__, "philox_new_key", philox_new_key(key, NULL));
    expect_cannot_spawn(__LINE__, "mt19937_new_legacy", mt19937_new_legacy(5));
    expect_cannot_spawn(__LINE__, "mt19937_new_legacy_array", mt19937_new_legacy_array(seeds, 2));
    for (i = 0; i < N_ALGORITHMS; i++) {
        const algorithm *alg = &ALGORITHMS[i];
        rng_seedseq *ss;
        rng_bitgen *bg;
        char what[64];
        if (alg->jumped == NULL) {
            continue;
        }
        ss = ss_new_str("9");
        bg = alg->new_from_ss(ss);
        snprintf(what, sizeof what, "%s_jumped", alg->name);
        expect_cannot_spawn(__LINE__, what, alg->jumped(bg, 1));
        bitgen_free(bg);
        ss_free(ss);
    }
}

/* ---- Sharing one seed sequence ------------------------------------------------------------ */

/* The spawn key of bitgen child `bg`'s seed sequence is (k0). */
static int bitgen_key_is(rng_bitgen *bg, uint64_t k0) {
    rng_seedseq *ss = bitgen_seedseq(bg);
    int ok = ss != NULL && spawn_key_is(ss, 1, k0);
    ss_free(ss);
    return ok;
}

/* bg draws as PCG64(SeedSequence(entropy, spawn_key=(k0,))). */
static int is_pcg64_child(rng_bitgen *bg, const char *entropy, uint64_t k0) {
    rng_seedseq *ss = ss_new_ex(entropy, &k0, 1, 4, 0);
    rng_bitgen *expected = pcg64_new(ss);
    int ok = same_stream(bg, expected);
    bitgen_free(expected);
    ss_free(ss);
    return ok;
}

static void test_sharing(void) {
    rng_seedseq *ss = ss_new_str("7"), *ss_child = NULL, *view;
    rng_bitgen *bg = pcg64_new(ss), *clone, *children[2] = {NULL, NULL}, *child = NULL;

    /* Spawning through the generator and through the sequence draws on one counter. */
    CHECK(bg != NULL);
    EXPECT_OK(bitgen_spawn(bg, 2, children));
    CHECK(bitgen_key_is(children[0], 0) && bitgen_key_is(children[1], 1));
    CHECK(children[1] != NULL && bitgen_name(children[1]) != NULL &&
          strcmp(bitgen_name(children[1]), "PCG64") == 0);
    CHECK(is_pcg64_child(children[0], "7", 0) && is_pcg64_child(children[1], "7", 1));
    EXPECT_OK(ss_spawn(ss, 1, &ss_child));
    CHECK(spawn_key_is(ss_child, 1, 2));
    CHECK(ss_n_children_spawned(ss) == 3);
    bitgen_free(children[0]);
    bitgen_free(children[1]);
    ss_free(ss_child);

    /* A clone and bitgen_seedseq share the counter too. */
    clone = bitgen_clone(bg);
    EXPECT_OK(bitgen_spawn(clone, 1, &child));
    CHECK(bitgen_key_is(child, 3));
    bitgen_free(child);
    view = bitgen_seedseq(bg);
    CHECK(view != NULL && same_state(view, ss));
    EXPECT_OK(ss_spawn(view, 1, &ss_child));
    CHECK(spawn_key_is(ss_child, 1, 4));
    CHECK(ss_n_children_spawned(ss) == 5);
    ss_free(ss_child);
    ss_free(view);
    bitgen_free(clone);
    bitgen_free(bg);
    ss_free(ss);

    /* The caller may free its seed sequence handle at once; the generator keeps the sequence. */
    ss = ss_new_str("7");
    bg = pcg64_new(ss);
    ss_free(ss);
    children[0] = children[1] = NULL;
    EXPECT_OK(bitgen_spawn(bg, 2, children));
    CHECK(bitgen_key_is(children[0], 0) && bitgen_key_is(children[1], 1));
    CHECK(is_pcg64_child(children[1], "7", 1));
    view = bitgen_seedseq(bg);
    CHECK(ss_n_children_spawned(view) == 2 && entropy_text_is(view, "7"));
    ss_free(view);
    bitgen_free(children[0]);
    bitgen_free(children[1]);
    bitgen_free(bg);
}

/* ---- OS entropy --------------------------------------------------------------------------- */

/* ss's entropy text, read back with the same options, gives the same sequence. */
static int replays(const rng_seedseq *ss, const uint64_t *key, size_t n_key, size_t pool_size,
                   char *text, size_t cap) {
    size_t len = ss_entropy_str(ss, text, cap);
    rng_seedseq *back;
    int ok;
    if (ss == NULL || len == 0 || len >= cap) {
        return 0;
    }
    back = (pool_size == 4 && n_key == 0) ? ss_new_str(text)
                                          : ss_new_ex(text, key, n_key, pool_size, 0);
    ok = back != NULL && same_state(ss, back);
    ss_free(back);
    return ok;
}

static void test_os_entropy(void) {
    static const uint64_t key[1] = {3};
    char text_a[256], text_b[256], text_c[512];
    rng_seedseq *a = ss_new_os(), *b = ss_new_os(), *c = ss_new_ex(NULL, key, 1, 8, 0);

    CHECK(a != NULL && b != NULL && c != NULL);
    CHECK(replays(a, NULL, 0, 4, text_a, sizeof text_a));
    CHECK(replays(b, NULL, 0, 4, text_b, sizeof text_b));
    CHECK(strcmp(text_a, text_b) != 0);
    CHECK(!same_state(a, b));
    CHECK(ss_pool_size(c) == 8 && spawn_key_is(c, 1, 3));
    CHECK(replays(c, key, 1, 8, text_c, sizeof text_c));
    ss_free(a);
    ss_free(b);
    ss_free(c);
}

/* ---- NumPy's bitgen_t from a handle (docs/c-api.md) ------------------------------------ */

typedef struct bitgen { /* NumPy's numpy/random/bitgen.h */
    void *state;
    uint64_t (*next_uint64)(void *st);
    uint32_t (*next_uint32)(void *st);
    double (*next_double)(void *st);
    uint64_t (*next_raw)(void *st);
} bitgen_t;

/* NumPy calls through pointers taking `void *`: wrappers of that type, so no function is
 * called through a pointer of another type. */
static uint64_t as_next_uint64(void *st) { return bitgen_next_u64((rng_bitgen *)st); }
static uint32_t as_next_uint32(void *st) { return bitgen_next_u32((rng_bitgen *)st); }
static double as_next_double(void *st) { return bitgen_next_double((rng_bitgen *)st); }
static uint64_t as_next_raw(void *st) { return bitgen_next_raw((rng_bitgen *)st); }

static bitgen_t as_numpy(rng_bitgen *bg) {
    bitgen_t b = {bg, as_next_uint64, as_next_uint32, as_next_double, as_next_raw};
    return b;
}

/* Draws through the struct are the handle's own: a clone drawing through the functions stays
 * in step, and next_raw is random_raw's next value (a pending 32-bit half word untouched). */
static void test_numpy_layout(const algorithm *alg) {
    rng_seedseq *ss = ss_new_str("2024");
    rng_bitgen *bg = alg->new_from_ss(ss), *twin = bitgen_clone(bg);
    uint64_t raw[3] = {0, 0, 0};
    bitgen_t b = as_numpy(bg);
    int k;

    set_context("%s", alg->name);
    if (CHECK(bg != NULL && twin != NULL)) {
        for (k = 0; k < 3; k++) {
            double x = b.next_double(b.state), y = bitgen_next_double(twin);
            CHECK(b.next_uint32(b.state) == bitgen_next_u32(twin));
            CHECK(b.next_uint64(b.state) == bitgen_next_u64(twin));
            CHECK(memcmp(&x, &y, sizeof x) == 0);
            CHECK(bitgen_random_raw(twin, raw, 3) == RNG_OK);
            CHECK(b.next_raw(b.state) == raw[0] && b.next_raw(b.state) == raw[1] &&
                  bitgen_next_raw(bg) == raw[2]);
            if (strcmp(alg->name, "MT19937") == 0) {
                CHECK(raw[0] >> 32 == 0 && raw[1] >> 32 == 0 && raw[2] >> 32 == 0);
            }
        }
    }
    bitgen_free(twin);
    bitgen_free(bg);
    ss_free(ss);
    clear_context();

    /* np.random.PCG64(0).random_raw(2) */
    ss = ss_new_str("0");
    bg = pcg64_new(ss);
    CHECK(bitgen_next_raw(bg) == 0xa30febcfd9c2825fULL &&
          bitgen_next_raw(bg) == 0x4510bdf882d9d721ULL);
    bitgen_free(bg);
    ss_free(ss);
    /* NULL: 0 and the error recorded */
    CHECK(bitgen_next_raw(NULL) == 0 && strstr(rng_last_error(), "bitgen_next_raw") != NULL);
}

int main(void) {
    size_t i;

    /* Before any failure the last error is "", never NULL. */
    CHECK(rng_last_error() != NULL && rng_last_error()[0] == '\0');

    test_version_and_status();
    test_free_null();
    test_ss_constructors();
    test_ss_failures();
    test_ss_counter_overflow();
    test_bitgen_constructors();
    for (i = 0; i < N_ALGORITHMS; i++) {
        test_bitgen_failures(&ALGORITHMS[i]);
        test_numpy_layout(&ALGORITHMS[i]);
    }
    test_cannot_spawn();
    test_sharing();
    test_os_entropy();

    return check_finish();
}
