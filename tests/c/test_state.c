/*
 * Checkpoints, as documented in include/randstreams.h and src/state.rs: NumPy's state dict as
 * JSON (bitgen_state_json, bitgen_from_state_json, bitgen_set_state_json, ss_state_json,
 * ss_from_state_json) and binary restart files (bitgen_state_save/load, ss_state_save/load).
 *
 * - Round trips, JSON and binary, from several buffer positions of all five algorithms (a
 *   pending 32-bit half word, Philox in the middle of a block, MT19937 at pos 623 and 624)
 *   continue the identical stream: the restored generator draws as a twin cloned beforehand.
 * - The binary layout is the one src/state.rs documents (header fields, payload, FNV-1a).
 * - snprintf semantics of the JSON writers; the size query, too-small buffers and NULL out_len
 *   of the binary writers.
 * - The loaders reject truncation at every length, every single-byte corruption, appended
 *   bytes, the other kind of checkpoint, and forged headers and fields.
 * - A generator's checkpoint carries its seed sequence and spawn counter.
 * - The JSON loaders are strict: another algorithm, malformed text, missing or extra keys and
 *   out-of-range values are refused with a fresh message naming the field, and the handle keeps
 *   its stream.
 * - User generators have no state to save; NULL handles are refused everywhere.
 *
 * Prints every failed check and, as its last line, `N passed, M failed`; exits non-zero on any
 * failure. Every handle and buffer is freed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "algorithms.h"
#include "randstreams.h"

#define CHECK_FILE "test_state.c"
#define CHECK_STATUS_WITH_ERROR 1
#include "check.h"

/* ---- Helpers -------------------------------------------------------------------------------- */

#define HEADER_LEN 32 /* magic 8, version 4, kind 4, algorithm 4, flags 4, payload length 8 */
#define TRAILER_LEN 8 /* FNV-1a 64 */
#define JSON_CAP 16384

/* The algorithm ids of the binary layout, in the order of ALGORITHMS. */
static const uint32_t ALGORITHM_IDS[N_ALGORITHMS] = {1, 2, 3, 4, 5};
/* The payload length of a generator without a seed sequence, in the order of ALGORITHMS. */
static const size_t CORE_PAYLOAD[N_ALGORITHMS] = {40, 40, 624 * 4 + 4, 4 * 8 + 2 * 8 + 4 * 8 + 4 + 8,
                                                  4 * 8 + 8};

/* For the one call whose failure prime_error itself makes (as in test_api.c). */
static void prime_error_other(void) {
    ss_free(ss_new_str(NULL));
    remember_error();
}

static int is_mt19937(const algorithm *alg) {
    return strcmp(alg->name, "MT19937") == 0;
}

static size_t algorithm_index(const algorithm *alg) {
    return (size_t)(alg - ALGORITHMS);
}

/* bitgen_state_json into a new buffer (free it), or NULL. */
static char *bg_json(const rng_bitgen *bg) {
    size_t len = bitgen_state_json(bg, NULL, 0);
    char *buf;
    if (len == 0 || (buf = malloc(len + 1)) == NULL) {
        return NULL;
    }
    if (bitgen_state_json(bg, buf, len + 1) != len || strlen(buf) != len) {
        free(buf);
        return NULL;
    }
    return buf;
}

static char *ss_json(const rng_seedseq *ss) {
    size_t len = ss_state_json(ss, NULL, 0);
    char *buf;
    if (len == 0 || (buf = malloc(len + 1)) == NULL) {
        return NULL;
    }
    if (ss_state_json(ss, buf, len + 1) != len || strlen(buf) != len) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* bitgen_state_save into a new buffer (free it), or NULL; *n gets the length. */
static uint8_t *bg_save(const rng_bitgen *bg, size_t *n) {
    size_t len = 0, got = 0;
    uint8_t *buf;
    *n = 0;
    if (bitgen_state_save(bg, NULL, 0, &len) != RNG_OK || len == 0 ||
        (buf = malloc(len)) == NULL) {
        return NULL;
    }
    if (bitgen_state_save(bg, buf, len, &got) != RNG_OK || got != len) {
        free(buf);
        return NULL;
    }
    *n = len;
    return buf;
}

static uint8_t *ss_save(const rng_seedseq *ss, size_t *n) {
    size_t len = 0, got = 0;
    uint8_t *buf;
    *n = 0;
    if (ss_state_save(ss, NULL, 0, &len) != RNG_OK || len == 0 || (buf = malloc(len)) == NULL) {
        return NULL;
    }
    if (ss_state_save(ss, buf, len, &got) != RNG_OK || got != len) {
        free(buf);
        return NULL;
    }
    *n = len;
    return buf;
}

static int json_equal(const char *a, const char *b) {
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* Whether a and b draw the same `n` values of mixed kinds (u32, u32, u64, u64, double, ...):
 * long enough to cross Philox blocks and an MT19937 regeneration. */
static int same_long(rng_bitgen *a, rng_bitgen *b, int n) {
    int i, same = 1;
    double x, y;
    if (a == NULL || b == NULL) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        switch (i % 5) {
        case 0:
        case 1:
            same &= bitgen_next_u32(a) == bitgen_next_u32(b);
            break;
        case 2:
        case 3:
            same &= bitgen_next_u64(a) == bitgen_next_u64(b);
            break;
        default:
            x = bitgen_next_double(a);
            y = bitgen_next_double(b);
            same &= memcmp(&x, &y, sizeof x) == 0;
        }
    }
    return same;
}

/* The 64-bit draws first, then the 32-bit ones (so that an odd n32 leaves a half word). */
static void consume(rng_bitgen *bg, int n64, int n32) {
    int i;
    for (i = 0; i < n64; i++) {
        (void)bitgen_next_u64(bg);
    }
    for (i = 0; i < n32; i++) {
        (void)bitgen_next_u32(bg);
    }
}

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p) {
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void put32(uint8_t *p, uint32_t v) {
    int i;
    for (i = 0; i < 4; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static void put64(uint8_t *p, uint64_t v) {
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static uint64_t fnv1a(const uint8_t *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325u;
    size_t i;
    for (i = 0; i < n; i++) {
        h = (h ^ p[i]) * 0x100000001b3u;
    }
    return h;
}

/* Recomputes the trailing checksum after a deliberate edit (a forged but well-framed file). */
static void reseal(uint8_t *bytes, size_t n) {
    put64(bytes + n - TRAILER_LEN, fnv1a(bytes, n - TRAILER_LEN));
}

/* Checks the documented frame: magic, version 1, kind, algorithm, flags, payload length (when
 * `payload` is not (size_t)-1) and the FNV-1a checksum. */
static void check_frame(int line, const uint8_t *b, size_t n, uint32_t kind, uint32_t alg,
                        uint32_t flags, size_t payload) {
    char what[160];
    snprintf(what, sizeof what, "frame of kind %u, algorithm %u, flags %u, payload %lu",
             (unsigned)kind, (unsigned)alg, (unsigned)flags, (unsigned long)payload);
    check_at(line,
             b != NULL && n >= HEADER_LEN + TRAILER_LEN && memcmp(b, "RNDSTRM\0", 8) == 0 &&
                 le32(b + 8) == 1 && le32(b + 12) == kind && le32(b + 16) == alg &&
                 le32(b + 20) == flags && le64(b + 24) == n - HEADER_LEN - TRAILER_LEN &&
                 (payload == (size_t)-1 || n - HEADER_LEN - TRAILER_LEN == payload) &&
                 le64(b + n - TRAILER_LEN) == fnv1a(b, n - TRAILER_LEN),
             what);
}

/* Whether the generator checkpoint `bytes[0..n)` is refused (NULL and a new last error) when cut
 * at every shorter length, changed in any single byte, or extended; reports the first miss. */
static void check_bg_rejections(int line, const uint8_t *bytes, size_t n) {
    uint8_t *copy = malloc(n + 8);
    char what[160];
    size_t k;
    int bit;
    rng_bitgen *p;
    if (!check_at(line, copy != NULL, "malloc")) {
        return;
    }
    memcpy(copy, bytes, n);
    for (k = 0; k < n; k++) {
        prime_error();
        p = bitgen_state_load(copy, k);
        if (p != NULL || !error_is_fresh()) {
            snprintf(what, sizeof what, "bitgen_state_load refuses a cut at %lu of %lu bytes",
                     (unsigned long)k, (unsigned long)n);
            check_at(line, 0, what);
            bitgen_free(p);
            break;
        }
    }
    check_at(line, k == n, "bitgen_state_load refuses every truncation");
    for (k = 0; k < n; k++) {
        for (bit = 0; bit < 8; bit += 7) { /* the lowest and the highest bit of each byte */
            copy[k] ^= (uint8_t)(1u << bit);
            prime_error();
            p = bitgen_state_load(copy, n);
            copy[k] ^= (uint8_t)(1u << bit);
            if (p != NULL || !error_is_fresh()) {
                snprintf(what, sizeof what, "bitgen_state_load refuses byte %lu ^ 0x%02x",
                         (unsigned long)k, 1u << bit);
                check_at(line, 0, what);
                bitgen_free(p);
                k = n + 1;
                break;
            }
        }
    }
    check_at(line, k == n, "bitgen_state_load refuses every single-byte corruption");
    memset(copy + n, 0, 8);
    for (k = 1; k <= 8; k += 7) {
        prime_error();
        p = bitgen_state_load(copy, n + k);
        snprintf(what, sizeof what, "bitgen_state_load refuses %lu appended bytes",
                 (unsigned long)k);
        check_at(line, p == NULL && error_is_fresh(), what);
        bitgen_free(p);
    }
    /* The untouched copy still loads: the failures above were the edits'. */
    p = bitgen_state_load(copy, n);
    check_at(line, p != NULL, "the unedited checkpoint loads");
    bitgen_free(p);
    /* Not a seed sequence checkpoint. */
    {
        rng_seedseq *s;
        prime_error();
        s = ss_state_load(copy, n);
        check_at(line, s == NULL && error_is_fresh(), "ss_state_load refuses a generator's");
        ss_free(s);
    }
    free(copy);
}

static void check_ss_rejections(int line, const uint8_t *bytes, size_t n) {
    uint8_t *copy = malloc(n + 8);
    char what[160];
    size_t k;
    int bit;
    rng_seedseq *p;
    if (!check_at(line, copy != NULL, "malloc")) {
        return;
    }
    memcpy(copy, bytes, n);
    for (k = 0; k < n; k++) {
        prime_error();
        p = ss_state_load(copy, k);
        if (p != NULL || !error_is_fresh()) {
            snprintf(what, sizeof what, "ss_state_load refuses a cut at %lu of %lu bytes",
                     (unsigned long)k, (unsigned long)n);
            check_at(line, 0, what);
            ss_free(p);
            break;
        }
    }
    check_at(line, k == n, "ss_state_load refuses every truncation");
    for (k = 0; k < n; k++) {
        for (bit = 0; bit < 8; bit += 7) {
            copy[k] ^= (uint8_t)(1u << bit);
            prime_error();
            p = ss_state_load(copy, n);
            copy[k] ^= (uint8_t)(1u << bit);
            if (p != NULL || !error_is_fresh()) {
                snprintf(what, sizeof what, "ss_state_load refuses byte %lu ^ 0x%02x",
                         (unsigned long)k, 1u << bit);
                check_at(line, 0, what);
                ss_free(p);
                k = n + 1;
                break;
            }
        }
    }
    check_at(line, k == n, "ss_state_load refuses every single-byte corruption");
    memset(copy + n, 0, 8);
    for (k = 1; k <= 8; k += 7) {
        prime_error();
        p = ss_state_load(copy, n + k);
        snprintf(what, sizeof what, "ss_state_load refuses %lu appended bytes", (unsigned long)k);
        check_at(line, p == NULL && error_is_fresh(), what);
        ss_free(p);
    }
    p = ss_state_load(copy, n);
    check_at(line, p != NULL, "the unedited checkpoint loads");
    ss_free(p);
    {
        rng_bitgen *g;
        prime_error();
        g = bitgen_state_load(copy, n);
        check_at(line, g == NULL && error_is_fresh(), "bitgen_state_load refuses a seed sequence's");
        bitgen_free(g);
    }
    free(copy);
}

/* Whether a seed sequence's spawn key is exactly key[0..n). */
static int spawn_key_is(const rng_seedseq *ss, const uint64_t *key, size_t n) {
    uint64_t got[8];
    size_t len = ss_spawn_key(ss, got, 8);
    return ss != NULL && len == n && (n == 0 || memcmp(got, key, n * sizeof key[0]) == 0);
}

/* Whether bg's seed sequence has spawn key (k). */
static int bg_spawn_key_is(const rng_bitgen *bg, uint64_t k) {
    rng_seedseq *ss = bitgen_seedseq(bg);
    int ok = spawn_key_is(ss, &k, 1);
    ss_free(ss);
    return ok;
}

/* Everything observable of two seed sequences agrees. */
static int same_seedseq(const rng_seedseq *a, const rng_seedseq *b) {
    uint64_t ka[8], kb[8], ga[5], gb[5];
    char ea[256], eb[256];
    size_t la = ss_spawn_key(a, ka, 8), lb = ss_spawn_key(b, kb, 8);
    return a != NULL && b != NULL && same_state(a, b) && la == lb &&
           memcmp(ka, kb, (la < 8 ? la : 8) * sizeof ka[0]) == 0 &&
           ss_n_children_spawned(a) == ss_n_children_spawned(b) &&
           ss_pool_size(a) == ss_pool_size(b) && ss_entropy_str(a, ea, sizeof ea) < sizeof ea &&
           ss_entropy_str(b, eb, sizeof eb) < sizeof eb && strcmp(ea, eb) == 0 &&
           ss_generate_state_u64(a, ga, 5) == RNG_OK && ss_generate_state_u64(b, gb, 5) == RNG_OK &&
           memcmp(ga, gb, sizeof ga) == 0;
}

/* ---- Round trips ---------------------------------------------------------------------------- */

typedef struct pattern {
    int n64, n32;
} pattern;

/* Draws before the checkpoint: fresh, pending half words, each Philox buffer position, MT19937
 * fresh (pos 623), after one output (pos 624) and after a regeneration. */
static const pattern PATTERNS[] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {3, 0},
                                   {3, 1}, {4, 0}, {5, 3}, {311, 1}, {700, 0}, {1000, 7}};
#define N_PATTERNS (sizeof PATTERNS / sizeof PATTERNS[0])

/* What the JSON must say after the pattern (checked where the position is the point). */
static void check_position(const algorithm *alg, const pattern *pt, const char *json) {
    char want[64];
    want[0] = '\0';
    if (is_mt19937(alg)) {
        if (pt->n64 == 0 && pt->n32 <= 1) {
            snprintf(want, sizeof want, "\"pos\": %d}", 623 + pt->n32);
        }
    } else if (strcmp(alg->name, "Philox") == 0 && pt->n32 == 0 && pt->n64 <= 4) {
        snprintf(want, sizeof want, "\"buffer_pos\": %d,", pt->n64 == 0 ? 4 : pt->n64);
    } else {
        snprintf(want, sizeof want, "\"has_uint32\": %d,", pt->n32 % 2);
    }
    if (want[0] != '\0') {
        char what[128];
        snprintf(what, sizeof what, "the state JSON has %s", want);
        check_at(__LINE__, json != NULL && strstr(json, want) != NULL, what);
    }
}

static void test_round_trips(const algorithm *alg) {
    size_t a = algorithm_index(alg), p;
    for (p = 0; p < N_PATTERNS; p++) {
        const pattern *pt = &PATTERNS[p];
        rng_seedseq *ss = ss_new_str("20240611"), *other_ss = ss_new_str("7");
        rng_bitgen *bg = alg->new_from_ss(ss);
        rng_bitgen *other = alg->new_from_ss(other_ss);
        rng_bitgen *before, *twin, *copy, *loaded, *bare;
        char *json, *json2, *json3;
        uint8_t *bytes, *bytes2, *bare_bytes;
        size_t n = 0, n2 = 0, n_bare = 0;

        set_context("%s after %d u64 + %d u32", alg->name, pt->n64, pt->n32);
        if (!CHECK(bg != NULL && other != NULL)) {
            bitgen_free(bg);
            bitgen_free(other);
            ss_free(ss);
            ss_free(other_ss);
            continue;
        }
        consume(bg, pt->n64, pt->n32);
        before = bitgen_clone(bg);
        json = bg_json(bg);
        bytes = bg_save(bg, &n);
        CHECK(json != NULL && bytes != NULL);
        check_position(alg, pt, json);

        /* JSON: a new generator, the same text, the same stream; no seed sequence. */
        copy = bitgen_from_state_json(json);
        json2 = bg_json(copy);
        CHECK(json_equal(json, json2));
        CHECK(copy != NULL && strcmp(bitgen_name(copy), alg->name) == 0);
        twin = bitgen_clone(bg);
        CHECK(same_long(copy, twin, 2000));
        bitgen_free(twin);
        bare_bytes = bg_save(copy, &n_bare); /* after same_long: any state will do */
        check_frame(__LINE__, bare_bytes, n_bare, 1, ALGORITHM_IDS[a], 0, CORE_PAYLOAD[a]);
        free(bare_bytes);
        bitgen_free(copy);
        free(json2);

        /* JSON into an existing generator of the algorithm (other seed, other position). */
        consume(other, 3, 1);
        EXPECT_OK(bitgen_set_state_json(other, json));
        json2 = bg_json(other);
        CHECK(json_equal(json, json2));
        free(json2);
        twin = bitgen_clone(bg);
        CHECK(same_long(other, twin, 2000));
        bitgen_free(twin);

        /* Binary: a new generator, the same bytes again, the same JSON, the same stream. */
        check_frame(__LINE__, bytes, n, 1, ALGORITHM_IDS[a], 1, (size_t)-1);
        CHECK(n > HEADER_LEN + TRAILER_LEN + CORE_PAYLOAD[a]);
        loaded = bitgen_state_load(bytes, n);
        CHECK(loaded != NULL && strcmp(bitgen_name(loaded), alg->name) == 0);
        bytes2 = bg_save(loaded, &n2);
        CHECK(bytes2 != NULL && n2 == n && memcmp(bytes, bytes2, n) == 0);
        json3 = bg_json(loaded);
        CHECK(json_equal(json, json3));
        free(json3);
        free(bytes2);
        twin = bitgen_clone(bg);
        CHECK(same_long(loaded, twin, 2000));
        bitgen_free(twin);
        bitgen_free(loaded);

        /* A checkpoint of a generator without a seed sequence (the JSON copy): flags 0. */
        bare = bitgen_from_state_json(json);
        bare_bytes = bg_save(bare, &n_bare);
        check_frame(__LINE__, bare_bytes, n_bare, 1, ALGORITHM_IDS[a], 0, CORE_PAYLOAD[a]);
        /* Its payload is the core part of the seeded generator's. */
        CHECK(bare_bytes != NULL && bytes != NULL &&
              memcmp(bare_bytes + HEADER_LEN, bytes + HEADER_LEN, CORE_PAYLOAD[a]) == 0);
        loaded = bitgen_state_load(bare_bytes, n_bare);
        CHECK(loaded != NULL);
        {
            rng_seedseq *none;
            rng_bitgen *kids[1] = {NULL};
            prime_error();
            none = bitgen_seedseq(loaded);
            expect_failed_at(__LINE__, "bitgen_seedseq(loaded without a seed sequence)",
                             none == NULL, "NULL");
            ss_free(none);
            EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_spawn(loaded, 1, kids));
            EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_spawn(bare, 1, kids));
        }
        twin = bitgen_clone(bg);
        CHECK(same_long(loaded, twin, 2000));
        bitgen_free(twin);
        bitgen_free(loaded);
        bitgen_free(bare);
        free(bare_bytes);

        /* Saving and writing JSON drew nothing from bg. */
        CHECK(same_long(bg, before, 2000));

        free(json);
        free(bytes);
        bitgen_free(before);
        bitgen_free(bg);
        bitgen_free(other);
        ss_free(ss);
        ss_free(other_ss);
    }
    clear_context();
}

/* Generators without a seed sequence round-trip too (jumped, keyed, legacy seeding). */
static void test_seedless_round_trips(void) {
    static const uint64_t key[2] = {0x0123456789abcdefu, 0xfedcba9876543210u};
    static const uint64_t counter[4] = {UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX - 1};
    static const uint32_t seeds[3] = {1, 2, 3};
    static const uint32_t ids[4] = {4, 3, 3, 1}; /* the layout's algorithm ids of gens[] */
    rng_seedseq *ss = ss_new_str("5");
    rng_bitgen *pcg = pcg64_new(ss);
    rng_bitgen *gens[5];
    size_t i;
    gens[0] = philox_new_key(key, counter); /* the counter wraps within a few blocks */
    gens[1] = mt19937_new_legacy(12345);
    gens[2] = mt19937_new_legacy_array(seeds, 3);
    gens[3] = pcg64_jumped(pcg, 3);
    gens[4] = pcg64dxsm_jumped(pcg, 1); /* NULL: pcg is PCG64 */
    CHECK(gens[4] == NULL);
    for (i = 0; i < 4; i++) {
        uint8_t *bytes;
        size_t n;
        rng_bitgen *loaded, *copy, *twin;
        char *json;
        set_context("seedless generator %lu", (unsigned long)i);
        if (!CHECK(gens[i] != NULL)) {
            continue;
        }
        consume(gens[i], 2, 1);
        bytes = bg_save(gens[i], &n);
        check_frame(__LINE__, bytes, n, 1, ids[i], 0, CORE_PAYLOAD[ids[i] == 4 ? 3 : ids[i] - 1]);
        json = bg_json(gens[i]);
        loaded = bitgen_state_load(bytes, n);
        copy = bitgen_from_state_json(json);
        twin = bitgen_clone(gens[i]);
        CHECK(same_long(loaded, twin, 3000));
        bitgen_free(twin);
        twin = bitgen_clone(gens[i]);
        CHECK(same_long(copy, twin, 3000));
        bitgen_free(twin);
        bitgen_free(loaded);
        bitgen_free(copy);
        free(bytes);
        free(json);
    }
    clear_context();
    for (i = 0; i < 5; i++) {
        bitgen_free(gens[i]);
    }
    bitgen_free(pcg);
    ss_free(ss);
}

/* ---- The binary layout, byte by byte -------------------------------------------------------- */

static void test_binary_layout(void) {
    uint8_t want[HEADER_LEN + 2600 + TRAILER_LEN];
    uint8_t *got;
    size_t n, i, len;
    rng_bitgen *bg;
    rng_seedseq *ss;
    char *json = malloc(JSON_CAP);
    if (!CHECK(json != NULL)) {
        return;
    }

    /* PCG64: state and inc as low/high pairs, has_uint32, uinteger. */
    set_context("PCG64 layout");
    bg = bitgen_from_state_json("{\"bit_generator\": \"PCG64\", \"state\": {\"state\": "
                                "1339673755198158349623302689933104920, \"inc\": "
                                "214850178489904645228603448529473943481}, \"has_uint32\": 1, "
                                "\"uinteger\": 3735928559}");
    got = bg_save(bg, &n);
    memcpy(want, "RNDSTRM\0", 8);
    put32(want + 8, 1);
    put32(want + 12, 1);
    put32(want + 16, 1);
    put32(want + 20, 0);
    put64(want + 24, 40);
    put64(want + 32, 0x1112131415161718u);
    put64(want + 40, 0x0102030405060708u);
    put64(want + 48, 0xB1B2B3B4B5B6B7B9u);
    put64(want + 56, 0xA1A2A3A4A5A6A7A8u);
    put32(want + 64, 1);
    put32(want + 68, 0xdeadbeefu);
    put64(want + 72, fnv1a(want, 72));
    CHECK(got != NULL && n == 80 && memcmp(got, want, 80) == 0);
    free(got);
    bitgen_free(bg);

    /* Philox: counter, key, buffer (u64 each), buffer_pos, has_uint32, uinteger (u32 each). */
    set_context("Philox layout");
    bg = bitgen_from_state_json("{\"bit_generator\": \"Philox\", \"state\": {\"counter\": [1, 2, 3, "
                                "4], \"key\": [5, 18446744073709551615]}, \"buffer\": [7, 8, 9, "
                                "10], \"buffer_pos\": 2, \"has_uint32\": 0, \"uinteger\": 11}");
    got = bg_save(bg, &n);
    put32(want + 16, 4);
    put64(want + 24, 92);
    for (i = 0; i < 4; i++) {
        put64(want + 32 + 8 * i, i + 1);
        put64(want + 80 + 8 * i, i + 7);
    }
    put64(want + 64, 5);
    put64(want + 72, UINT64_MAX);
    put32(want + 112, 2);
    put32(want + 116, 0);
    put32(want + 120, 11);
    put64(want + 124, fnv1a(want, 124));
    CHECK(got != NULL && n == 132 && memcmp(got, want, 132) == 0);
    free(got);
    bitgen_free(bg);

    /* SFC64: state (4 u64), has_uint32, uinteger. */
    set_context("SFC64 layout");
    bg = bitgen_from_state_json("{\"bit_generator\": \"SFC64\", \"state\": {\"state\": [1, 2, 3, "
                                "4294967296]}, \"has_uint32\": 1, \"uinteger\": 4294967295}");
    got = bg_save(bg, &n);
    put32(want + 16, 5);
    put64(want + 24, 40);
    put64(want + 32, 1);
    put64(want + 40, 2);
    put64(want + 48, 3);
    put64(want + 56, 4294967296u);
    put32(want + 64, 1);
    put32(want + 68, 0xffffffffu);
    put64(want + 72, fnv1a(want, 72));
    CHECK(got != NULL && n == 80 && memcmp(got, want, 80) == 0);
    free(got);
    bitgen_free(bg);

    /* MT19937: key (624 u32), pos (u32). */
    set_context("MT19937 layout");
    len = (size_t)snprintf(json, JSON_CAP, "{\"bit_generator\": \"MT19937\", \"state\": {\"key\": [");
    for (i = 0; i < 624; i++) {
        len += (size_t)snprintf(json + len, JSON_CAP - len, "%s%lu", i ? ", " : "",
                                (unsigned long)(i * 2654435761u % 4294967296u));
    }
    snprintf(json + len, JSON_CAP - len, "], \"pos\": 17}}");
    bg = bitgen_from_state_json(json);
    got = bg_save(bg, &n);
    put32(want + 16, 3);
    put64(want + 24, 2500);
    for (i = 0; i < 624; i++) {
        put32(want + 32 + 4 * i, (uint32_t)(i * 2654435761u % 4294967296u));
    }
    put32(want + 32 + 2496, 17);
    put64(want + 32 + 2500, fnv1a(want, 32 + 2500));
    CHECK(got != NULL && n == 2540 && memcmp(got, want, 2540) == 0);
    free(got);
    bitgen_free(bg);

    /* A seed sequence: entropy form, items (word count, words), spawn key, pool_size,
     * n_children_spawned. */
    set_context("seed sequence layout");
    {
        static const uint64_t key[1] = {7};
        ss = ss_new_ex("[1, 0x200000003]", key, 1, 5, 2);
        got = ss_save(ss, &n);
        put32(want + 12, 2);
        put32(want + 16, 0);
        put32(want + 20, 0);
        put64(want + 24, 4 * 8 + 3 * 8);
        put32(want + 32, 1); /* a list */
        put32(want + 36, 2); /* of two items */
        put32(want + 40, 1); /* 1: one word */
        put32(want + 44, 1);
        put32(want + 48, 2); /* 0x200000003: two words, least significant first */
        put32(want + 52, 3);
        put32(want + 56, 2);
        put32(want + 60, 1); /* spawn key (7) */
        put64(want + 64, 7);
        put64(want + 72, 5); /* pool_size */
        put64(want + 80, 2); /* n_children_spawned */
        put64(want + 88, fnv1a(want, 88));
        CHECK(got != NULL && n == 96 && memcmp(got, want, 96) == 0);
        free(got);
        ss_free(ss);

        ss = ss_new_str("5"); /* an int: form 0, one item */
        got = ss_save(ss, &n);
        put64(want + 24, 4 * 5 + 2 * 8);
        put32(want + 32, 0);
        put32(want + 36, 1);
        put32(want + 40, 1);
        put32(want + 44, 5);
        put32(want + 48, 0); /* empty spawn key */
        put64(want + 52, 4);
        put64(want + 60, 0);
        put64(want + 68, fnv1a(want, 68));
        CHECK(got != NULL && n == 76 && memcmp(got, want, 76) == 0);

        /* A seeded generator's checkpoint: flags 1, the core, then this same block. */
        bg = pcg64_new(ss);
        {
            uint8_t *gb;
            size_t gn;
            gb = bg_save(bg, &gn);
            check_frame(__LINE__, gb, gn, 1, 1, 1, 40 + 36);
            CHECK(gb != NULL && got != NULL && gn == 32 + 76 + 8 &&
                  memcmp(gb + 32 + 40, got + 32, 36) == 0);
            free(gb);
        }
        bitgen_free(bg);
        free(got);
        ss_free(ss);
    }
    clear_context();
    free(json);
}

/* Well-framed files (valid checksum) with a field out of its documented range. */
static void test_forged_checkpoints(void) {
    rng_seedseq *ss = ss_new_str("42");
    size_t a;
    for (a = 0; a < N_ALGORITHMS; a++) {
        const algorithm *alg = &ALGORITHMS[a];
        rng_bitgen *bg = alg->new_from_ss(ss);
        uint8_t *bytes, *copy;
        size_t n;
        rng_bitgen *p;
        set_context("%s forged", alg->name);
        bytes = bg_save(bg, &n);
        copy = bytes ? malloc(n) : NULL;
        if (!CHECK(bytes != NULL && copy != NULL)) {
            free(bytes);
            bitgen_free(bg);
            continue;
        }
#define FORGED(edit, what)                                                                       \
    do {                                                                                         \
        memcpy(copy, bytes, n);                                                                  \
        edit;                                                                                    \
        reseal(copy, n);                                                                         \
        prime_error();                                                                           \
        p = bitgen_state_load(copy, n);                                                          \
        expect_failed_at(__LINE__, "bitgen_state_load(" what ")", p == NULL, "NULL");            \
        bitgen_free(p);                                                                          \
    } while (0)
        /* The resealed original loads: only the edits below are refused. */
        memcpy(copy, bytes, n);
        reseal(copy, n);
        p = bitgen_state_load(copy, n);
        CHECK(p != NULL);
        bitgen_free(p);
        FORGED(put32(copy + 8, 2), "format version 2");
        FORGED(put32(copy + 8, 0), "format version 0");
        FORGED(put32(copy + 12, 2), "kind 2 (a seed sequence)");
        FORGED(put32(copy + 12, 3), "kind 3");
        FORGED(put32(copy + 16, 0), "algorithm 0");
        FORGED(put32(copy + 16, 6), "algorithm 6");
        FORGED(put32(copy + 20, 3), "flags 3");
        FORGED(put32(copy + 20, 0), "flags 0 with a seed sequence block");
        FORGED(copy[0] = 'r', "bad magic");
        if (is_mt19937(alg)) {
            FORGED(put32(copy + 32 + 2496, 625), "pos 625");
            FORGED(memset(copy + 32, 0, 2496), "an all-zero key");
        } else {
            size_t half = 32 + CORE_PAYLOAD[a] - 8; /* has_uint32, then uinteger */
            FORGED(put32(copy + half, 2), "has_uint32 2");
            if (strcmp(alg->name, "Philox") == 0) {
                FORGED(put32(copy + half - 4, 5), "buffer_pos 5");
            }
        }
        /* The seed sequence block: entropy form 2, pool_size 3. */
        FORGED(put32(copy + 32 + CORE_PAYLOAD[a], 2), "entropy form 2");
        FORGED(put64(copy + n - 8 - 16, 3), "pool_size 3");
#undef FORGED
        free(copy);
        free(bytes);
        bitgen_free(bg);
    }
    clear_context();

    /* A seed sequence file with a generator header, and the reverse. */
    {
        uint8_t *bytes, *copy;
        size_t n;
        rng_seedseq *p;
        bytes = ss_save(ss, &n);
        copy = bytes ? malloc(n) : NULL;
        if (CHECK(bytes != NULL && copy != NULL)) {
#define FORGED_SS(edit, what)                                                                    \
    do {                                                                                         \
        memcpy(copy, bytes, n);                                                                  \
        edit;                                                                                    \
        reseal(copy, n);                                                                         \
        prime_error();                                                                           \
        p = ss_state_load(copy, n);                                                              \
        expect_failed_at(__LINE__, "ss_state_load(" what ")", p == NULL, "NULL");                \
        ss_free(p);                                                                              \
    } while (0)
            FORGED_SS(put32(copy + 8, 2), "format version 2");
            FORGED_SS(put32(copy + 12, 1), "kind 1 (a generator)");
            FORGED_SS(put32(copy + 16, 1), "algorithm 1");
            FORGED_SS(put32(copy + 20, 1), "flags 1");
            FORGED_SS(put32(copy + 32, 2), "entropy form 2");
            FORGED_SS(put32(copy + 36, 2), "an int entropy of two items");
            FORGED_SS(put64(copy + n - 8 - 16, 3), "pool_size 3");
#undef FORGED_SS
        }
        free(copy);
        free(bytes);
    }
    ss_free(ss);
}

/* ---- Writers: snprintf semantics, size query ------------------------------------------------ */

static void test_json_writer_semantics(void) {
    rng_seedseq *ss = ss_new_str("3");
    rng_bitgen *bg = sfc64_new(ss);
    char *full = bg_json(bg), *buf;
    size_t len = full ? strlen(full) : 0, caps[5], i;
    char small[32];

    set_context("bitgen_state_json");
    if (!CHECK(full != NULL && len > 40 && (buf = malloc(len + 17)) != NULL)) {
        free(full);
        bitgen_free(bg);
        ss_free(ss);
        return;
    }
    CHECK(bitgen_state_json(bg, NULL, 0) == len);
    poison(small, sizeof small);
    CHECK(bitgen_state_json(bg, small, 0) == len && untouched(small, sizeof small));
    CHECK(bitgen_state_json(bg, small, 1) == len && small[0] == '\0' &&
          untouched(small + 1, sizeof small - 1));
    caps[0] = 2;
    caps[1] = 10;
    caps[2] = len;     /* one short: the last character is cut */
    caps[3] = len + 1; /* exact */
    caps[4] = len + 17;
    for (i = 0; i < 5; i++) {
        size_t cap = caps[i], kept = cap - 1 < len ? cap - 1 : len;
        poison(buf, len + 17);
        CHECK(bitgen_state_json(bg, buf, cap) == len && buf[kept] == '\0' &&
              strncmp(buf, full, kept) == 0 && strlen(buf) == kept &&
              untouched(buf + kept + 1, len + 16 - kept));
    }
    poison(small, sizeof small);
    EXPECT_ZERO(bitgen_state_json(bg, NULL, 5));
    EXPECT_ZERO(bitgen_state_json(NULL, small, sizeof small));
    EXPECT_ZERO(bitgen_state_json(NULL, NULL, 0));
    CHECK(untouched(small, sizeof small));
    free(buf);
    free(full);

    /* The same for ss_state_json. */
    set_context("ss_state_json");
    full = ss_json(ss);
    len = full ? strlen(full) : 0;
    CHECK(json_equal(full, "{\"entropy\": 3, \"spawn_key\": [], \"pool_size\": 4, "
                           "\"n_children_spawned\": 0}"));
    if (CHECK(full != NULL && (buf = malloc(len + 17)) != NULL)) {
        CHECK(ss_state_json(ss, NULL, 0) == len);
        poison(small, sizeof small);
        CHECK(ss_state_json(ss, small, 0) == len && untouched(small, sizeof small));
        CHECK(ss_state_json(ss, small, 1) == len && small[0] == '\0' &&
              untouched(small + 1, sizeof small - 1));
        caps[0] = 2;
        caps[1] = 10;
        caps[2] = len;
        caps[3] = len + 1;
        caps[4] = len + 17;
        for (i = 0; i < 5; i++) {
            size_t cap = caps[i], kept = cap - 1 < len ? cap - 1 : len;
            poison(buf, len + 17);
            CHECK(ss_state_json(ss, buf, cap) == len && buf[kept] == '\0' &&
                  strncmp(buf, full, kept) == 0 && untouched(buf + kept + 1, len + 16 - kept));
        }
        free(buf);
    }
    poison(small, sizeof small);
    EXPECT_ZERO(ss_state_json(ss, NULL, 5));
    EXPECT_ZERO(ss_state_json(NULL, small, sizeof small));
    EXPECT_ZERO(ss_state_json(NULL, NULL, 0));
    CHECK(untouched(small, sizeof small));
    free(full);
    clear_context();
    bitgen_free(bg);
    ss_free(ss);
}

static void test_save_semantics(void) {
    rng_seedseq *ss = ss_new_str("[4, 5]");
    rng_bitgen *bg = philox_new(ss), *twin = bitgen_clone(bg);
    uint8_t *full, *buf;
    size_t n = 0, out, caps[3], i;

    /* bitgen_state_save */
    set_context("bitgen_state_save");
    full = bg_save(bg, &n);
    if (!CHECK(full != NULL && (buf = malloc(n + 16)) != NULL)) {
        free(full);
        bitgen_free(bg);
        bitgen_free(twin);
        ss_free(ss);
        return;
    }
    poison(&out, sizeof out);
    EXPECT_OK(bitgen_state_save(bg, NULL, 0, &out));
    CHECK(out == n);
    caps[0] = 0; /* with a buffer: not a size query */
    caps[1] = 1;
    caps[2] = n - 1;
    for (i = 0; i < 3; i++) {
        poison(buf, n + 16);
        poison(&out, sizeof out);
        EXPECT_FAIL(RNG_ERR_BUFFER_TOO_SMALL, bitgen_state_save(bg, buf, caps[i], &out));
        CHECK(out == n && untouched(buf, n + 16));
    }
    poison(buf, n + 16);
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(bg, buf, n, NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(bg, NULL, 0, NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(bg, NULL, n, &out));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(NULL, buf, n, &out));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(NULL, NULL, 0, &out));
    CHECK(untouched(buf, n + 16));
    poison(&out, sizeof out);
    EXPECT_OK(bitgen_state_save(bg, buf, n + 16, &out));
    CHECK(out == n && memcmp(buf, full, n) == 0 && untouched(buf + n, 16));
    poison(buf, n + 16);
    EXPECT_OK(bitgen_state_save(bg, buf, n, &out));
    CHECK(out == n && memcmp(buf, full, n) == 0 && untouched(buf + n, 16));
    CHECK(same_stream(bg, twin));
    free(buf);
    free(full);

    /* ss_state_save */
    set_context("ss_state_save");
    full = ss_save(ss, &n);
    if (CHECK(full != NULL && (buf = malloc(n + 16)) != NULL)) {
        poison(&out, sizeof out);
        EXPECT_OK(ss_state_save(ss, NULL, 0, &out));
        CHECK(out == n);
        caps[2] = n - 1;
        for (i = 0; i < 3; i++) {
            poison(buf, n + 16);
            poison(&out, sizeof out);
            EXPECT_FAIL(RNG_ERR_BUFFER_TOO_SMALL, ss_state_save(ss, buf, caps[i], &out));
            CHECK(out == n && untouched(buf, n + 16));
        }
        poison(buf, n + 16);
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(ss, buf, n, NULL));
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(ss, NULL, 0, NULL));
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(ss, NULL, n, &out));
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(NULL, buf, n, &out));
        EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(NULL, NULL, 0, &out));
        CHECK(untouched(buf, n + 16));
        EXPECT_OK(ss_state_save(ss, buf, n + 16, &out));
        CHECK(out == n && memcmp(buf, full, n) == 0 && untouched(buf + n, 16));
        free(buf);
    }
    free(full);
    clear_context();
    bitgen_free(bg);
    bitgen_free(twin);
    ss_free(ss);
}

/* ---- Loaders refuse damaged input ----------------------------------------------------------- */

static void test_damaged_checkpoints(void) {
    static const uint64_t key[2] = {9, 10};
    rng_seedseq *ss = ss_new_ex("[1, 0x8c3c010cb4754c905776bdac5ee7501]", key, 2, 4, 3);
    size_t a, n;
    uint8_t *bytes;
    for (a = 0; a < N_ALGORITHMS; a++) {
        rng_bitgen *bg = ALGORITHMS[a].new_from_ss(ss), *bare;
        char *json;
        set_context("%s checkpoint", ALGORITHMS[a].name);
        consume(bg, 1, 1);
        bytes = bg_save(bg, &n);
        if (CHECK(bytes != NULL)) {
            check_bg_rejections(__LINE__, bytes, n);
        }
        free(bytes);
        /* And without a seed sequence block. */
        set_context("%s checkpoint without a seed sequence", ALGORITHMS[a].name);
        json = bg_json(bg);
        bare = bitgen_from_state_json(json);
        bytes = bg_save(bare, &n);
        if (CHECK(bytes != NULL)) {
            check_bg_rejections(__LINE__, bytes, n);
        }
        free(bytes);
        free(json);
        bitgen_free(bare);
        bitgen_free(bg);
    }
    set_context("seed sequence checkpoint");
    bytes = ss_save(ss, &n);
    if (CHECK(bytes != NULL)) {
        check_ss_rejections(__LINE__, bytes, n);
    }
    free(bytes);
    clear_context();

    {
        static const uint8_t junk[64] = {'R', 'N', 'D', 'S', 'T', 'R', 'M', 0, 1};
        EXPECT_NULL_BG(bitgen_state_load(junk, sizeof junk));
        EXPECT_NULL_SS(ss_state_load(junk, sizeof junk));
        EXPECT_NULL_BG(bitgen_state_load(NULL, 80));
        EXPECT_NULL_SS(ss_state_load(NULL, 80));
        EXPECT_NULL_BG(bitgen_state_load(NULL, 0));
        EXPECT_NULL_SS(ss_state_load(NULL, 0));
    }
    ss_free(ss);
}

/* ---- The seed sequence travels in a generator's checkpoint ---------------------------------- */

static void test_checkpoint_keeps_seedseq(const algorithm *alg) {
    rng_seedseq *root = ss_new_str("99"), *lss;
    rng_bitgen *bg = alg->new_from_ss(root), *loaded, *twin;
    rng_bitgen *kids[3] = {NULL, NULL, NULL}, *after[2] = {NULL, NULL}, *orig[2] = {NULL, NULL};
    uint8_t *bytes;
    size_t n, j;
    char *json;

    set_context("%s", alg->name);
    if (!CHECK(bg != NULL)) {
        ss_free(root);
        return;
    }
    EXPECT_OK(bitgen_spawn(bg, 3, kids));
    for (j = 0; j < 3; j++) {
        bitgen_free(kids[j]);
    }
    consume(bg, 5, 1);
    bytes = bg_save(bg, &n);
    loaded = bitgen_state_load(bytes, n);
    CHECK(loaded != NULL);
    lss = bitgen_seedseq(loaded);
    CHECK(lss != NULL && ss_n_children_spawned(lss) == 3 && same_state(lss, root) &&
          spawn_key_is(lss, NULL, 0) && ss_pool_size(lss) == 4);
    twin = bitgen_clone(bg);
    CHECK(same_stream(loaded, twin));
    bitgen_free(twin);

    EXPECT_OK(bitgen_spawn(loaded, 2, after));
    CHECK(bg_spawn_key_is(after[0], 3) && bg_spawn_key_is(after[1], 4));
    CHECK(ss_n_children_spawned(lss) == 5); /* lss is the loaded generator's, shared */
    /* The children are those the original would spawn next; its counter is its own. */
    CHECK(ss_n_children_spawned(root) == 3);
    EXPECT_OK(bitgen_spawn(bg, 2, orig));
    CHECK(same_long(after[0], orig[0], 500) && same_long(after[1], orig[1], 500));
    CHECK(ss_n_children_spawned(root) == 5);

    /* A JSON copy has no seed sequence, but bitgen_set_state_json keeps the handle's. */
    json = bg_json(bg);
    {
        rng_seedseq *other_ss = ss_new_str("100");
        rng_bitgen *other = alg->new_from_ss(other_ss), *k1[1] = {NULL};
        EXPECT_OK(bitgen_spawn(other, 1, k1));
        bitgen_free(k1[0]);
        EXPECT_OK(bitgen_set_state_json(other, json));
        twin = bitgen_clone(bg);
        CHECK(same_long(other, twin, 500));
        bitgen_free(twin);
        EXPECT_OK(bitgen_spawn(other, 1, k1));
        CHECK(bg_spawn_key_is(k1[0], 1) && ss_n_children_spawned(other_ss) == 2);
        bitgen_free(k1[0]);
        bitgen_free(other);
        ss_free(other_ss);
    }
    free(json);
    for (j = 0; j < 2; j++) {
        bitgen_free(after[j]);
        bitgen_free(orig[j]);
    }
    ss_free(lss);
    bitgen_free(loaded);
    free(bytes);
    bitgen_free(bg);
    ss_free(root);
    clear_context();
}

/* ---- Strict JSON ---------------------------------------------------------------------------- */

/* Where the JSON value starting at v ends. */
static const char *value_end(const char *v) {
    int depth = 0;
    if (*v == '"') {
        const char *q = strchr(v + 1, '"');
        return q ? q + 1 : v + strlen(v);
    }
    if (*v == '[' || *v == '{') {
        for (; *v; v++) {
            depth += (*v == '[' || *v == '{') - (*v == ']' || *v == '}');
            if (depth == 0) {
                return v + 1;
            }
        }
        return v;
    }
    while (*v && *v != ',' && *v != '}' && *v != ']') {
        v++;
    }
    return v;
}

/* Copies `json` to `out` with the value of the occ-th `"key": ` replaced by `value`, appended to
 * when `value` starts with '+', or with the key removed when `value` is NULL. */
static int edit_json(const char *json, const char *key, int occ, const char *value, char *out,
                     size_t cap) {
    char needle[64];
    const char *p = json, *v, *end, *start;
    int written;
    snprintf(needle, sizeof needle, "\"%s\": ", key);
    for (;;) {
        p = strstr(p, needle);
        if (p == NULL) {
            return 0;
        }
        if (occ-- == 0) {
            break;
        }
        p += strlen(needle);
    }
    v = p + strlen(needle);
    end = value_end(v);
    if (value != NULL && value[0] == '+') {
        written = snprintf(out, cap, "%.*s%s%s", (int)(end - json), json, value + 1, end);
    } else if (value != NULL) {
        written = snprintf(out, cap, "%.*s%s%s", (int)(v - json), json, value, end);
    } else {
        start = p;
        if (*end == ',') {
            for (end++; *end == ' '; end++) {
            }
        } else {
            while (start > json && (start[-1] == ' ' || start[-1] == ',')) {
                start--;
            }
        }
        written = snprintf(out, cap, "%.*s%s", (int)(start - json), json, end);
    }
    return written > 0 && (size_t)written < cap;
}

typedef struct json_case {
    const char *key;
    int occ;
    const char *value; /* NULL: remove the key; "+...": append after the value */
    const char *field; /* what the message must name */
} json_case;

/* Cases for the 32-bit half word (not MT19937). */
static const json_case HALF_CASES[] = {
    {"has_uint32", 0, "2", "has_uint32"},
    {"has_uint32", 0, "-1", "has_uint32"},
    {"has_uint32", 0, "true", "has_uint32"},
    {"has_uint32", 0, NULL, "has_uint32"},
    {"uinteger", 0, "4294967296", "uinteger"},
    {"uinteger", 0, "-1", "uinteger"},
    {"uinteger", 0, "1.0", "uinteger"},
    {"uinteger", 0, "1e3", "uinteger"},
    {"uinteger", 0, "\"7\"", "uinteger"},
    {"uinteger", 0, "null", "uinteger"},
    {"uinteger", 0, NULL, "uinteger"},
};

static char mt_key_short[624 * 4], mt_key_zero[624 * 4], mt_key_big[624 * 12];
static char mt_key_long[625 * 4];

static void build_mt_keys(void) {
    size_t i, a = 0, b = 0, c = 0, d = 0;
    a += (size_t)sprintf(mt_key_short + a, "[");
    b += (size_t)sprintf(mt_key_zero + b, "[");
    c += (size_t)sprintf(mt_key_big + c, "[");
    d += (size_t)sprintf(mt_key_long + d, "[");
    for (i = 0; i < 625; i++) {
        const char *sep = i ? ", " : "";
        if (i < 623) {
            a += (size_t)sprintf(mt_key_short + a, "%s1", sep);
        }
        if (i < 624) {
            b += (size_t)sprintf(mt_key_zero + b, "%s0", sep);
            c += (size_t)sprintf(mt_key_big + c, "%s%s", sep, i == 5 ? "4294967296" : "9");
        }
        d += (size_t)sprintf(mt_key_long + d, "%s1", sep);
    }
    sprintf(mt_key_short + a, "]");
    sprintf(mt_key_zero + b, "]");
    sprintf(mt_key_big + c, "]");
    sprintf(mt_key_long + d, "]");
}

static const json_case PCG_CASES[] = {
    {"state", 1, "340282366920938463463374607431768211456", "state.state"},
    {"state", 1, "-5", "state.state"},
    {"state", 1, "1.5", "state.state"},
    {"state", 1, "[1]", "state.state"},
    {"inc", 0, "999999999999999999999999999999999999999999", "state.inc"},
    {"inc", 0, "\"12\"", "state.inc"},
    {"inc", 0, NULL, "inc"},
    {"state", 1, NULL, "\"state\""},
    {"inc", 0, "+, \"extra_inner\": 1", "extra_inner"},
    {NULL, 0, NULL, NULL},
};
static const json_case PHILOX_CASES[] = {
    {"counter", 0, "[1, 2, 3]", "state.counter"},
    {"counter", 0, "[1, 2, 3, 4, 5]", "state.counter"},
    {"counter", 0, "[1, 2, 3, -4]", "state.counter[3]"},
    {"counter", 0, "7", "state.counter"},
    {"key", 0, "[1, 18446744073709551616]", "state.key[1]"},
    {"key", 0, "[1]", "state.key"},
    {"key", 0, NULL, "key"},
    {"buffer", 0, "[0, 0, 0, 18446744073709551616]", "buffer[3]"},
    {"buffer", 0, "[0, 0, 0]", "buffer"},
    {"buffer", 0, NULL, "buffer"},
    {"buffer_pos", 0, "5", "buffer_pos"},
    {"buffer_pos", 0, "-1", "buffer_pos"},
    {"buffer_pos", 0, NULL, "buffer_pos"},
    {"key", 0, "+, \"extra_inner\": 1", "extra_inner"},
    {NULL, 0, NULL, NULL},
};
static const json_case SFC_CASES[] = {
    {"state", 1, "[1, 2, 3]", "state.state"},
    {"state", 1, "[1, 2, 3, 4, 5]", "state.state"},
    {"state", 1, "[1, 2, 3, 18446744073709551616]", "state.state[3]"},
    {"state", 1, "[1, 2, 3, 4.5]", "state.state[3]"},
    {"state", 1, "5", "state.state"},
    {"state", 1, "+, \"extra_inner\": 1", "extra_inner"},
    {NULL, 0, NULL, NULL},
};
static const json_case MT_CASES[] = {
    {"pos", 0, "625", "state.pos"},
    {"pos", 0, "-1", "state.pos"},
    {"pos", 0, NULL, "pos"},
    {"key", 0, mt_key_short, "state.key"},
    {"key", 0, mt_key_long, "state.key"},
    {"key", 0, mt_key_zero, "state.key"},
    {"key", 0, mt_key_big, "state.key[5]"},
    {"key", 0, NULL, "key"},
    {"pos", 0, "+, \"extra_inner\": 1", "extra_inner"},
    {"state", 0, "+, \"has_uint32\": 0", "has_uint32"}, /* MT19937 has no half word */
    {NULL, 0, NULL, NULL},
};
/* For every algorithm. */
static const json_case COMMON_CASES[] = {
    {"bit_generator", 0, "\"Other\"", "bit_generator"},
    {"bit_generator", 0, "\"pcg64\"", "bit_generator"},
    {"bit_generator", 0, "5", "bit_generator"},
    {"bit_generator", 0, NULL, "bit_generator"},
    {"bit_generator", 0, "+, \"extra\": 1", "extra"},
    {"state", 0, "5", "state"},
    {"state", 0, "[]", "state"},
    {"state", 0, NULL, "\"state\""},
    {NULL, 0, NULL, NULL},
};

static const json_case *specific_cases(const algorithm *alg) {
    if (strncmp(alg->name, "PCG64", 5) == 0) {
        return PCG_CASES;
    }
    if (strcmp(alg->name, "Philox") == 0) {
        return PHILOX_CASES;
    }
    if (strcmp(alg->name, "SFC64") == 0) {
        return SFC_CASES;
    }
    return MT_CASES;
}

/* The JSON `text` is refused by bitgen_set_state_json (bg keeps its stream, checked against the
 * twin) and by bitgen_from_state_json, each with a fresh message containing `field` (if any). */
static void expect_json_refused(int line, rng_bitgen *bg, rng_bitgen *twin, const char *text,
                                const char *field, const char *label) {
    char what[256];
    rng_bitgen *p;
    prime_error();
    snprintf(what, sizeof what, "bitgen_set_state_json(bg, %s)", label);
    expect_status_at(line, what, bitgen_set_state_json(bg, text), RNG_ERR_INVALID_ARGUMENT);
    if (field != NULL) {
        snprintf(what, sizeof what, "the message names %s (is \"%s\")", field, rng_last_error());
        check_at(line, strstr(rng_last_error(), field) != NULL, what);
    }
    snprintf(what, sizeof what, "bg keeps its stream after %s", label);
    check_at(line, same_stream(bg, twin), what);
    prime_error();
    p = bitgen_from_state_json(text);
    snprintf(what, sizeof what, "bitgen_from_state_json(%s)", label);
    expect_failed_at(line, what, p == NULL, "NULL");
    if (field != NULL) {
        snprintf(what, sizeof what, "the message names %s (is \"%s\")", field, rng_last_error());
        check_at(line, strstr(rng_last_error(), field) != NULL, what);
    }
    bitgen_free(p);
}

static void test_strict_json(const algorithm *alg) {
    static const char *const malformed[] = {
        "", "{", "}", "null", "[]", "42", "\"PCG64\"", "{\"bit_generator\": \"PCG64\"",
        "{'bit_generator': 'PCG64'}", "\xff\xfe", "{\"bit_generator\": \"MT19937\", \"state\": {}}",
    };
    char *out = malloc(JSON_CAP), *json;
    const json_case *lists[3];
    rng_seedseq *ss = ss_new_str("31337");
    rng_bitgen *bg = alg->new_from_ss(ss), *twin;
    size_t a = algorithm_index(alg), i, l;

    set_context("%s", alg->name);
    if (!CHECK(out != NULL && bg != NULL)) {
        free(out);
        bitgen_free(bg);
        ss_free(ss);
        return;
    }
    consume(bg, 1, 1);
    json = bg_json(bg);
    twin = bitgen_clone(bg);

    /* The unedited text and the edit helper round-trip (the failures below are the edits'). */
    CHECK(json != NULL && edit_json(json, "bit_generator", 0, "+", out, JSON_CAP) &&
          strcmp(out, json) == 0);
    EXPECT_OK(bitgen_set_state_json(bg, json));
    CHECK(same_stream(bg, twin));

    /* The state of every other algorithm. */
    for (i = 0; i < N_ALGORITHMS; i++) {
        rng_bitgen *g = ALGORITHMS[i].new_from_ss(ss);
        char *other = bg_json(g), label[64];
        if (i != a) {
            snprintf(label, sizeof label, "a %s state", ALGORITHMS[i].name);
            prime_error();
            expect_status_at(__LINE__, label, bitgen_set_state_json(bg, other),
                             RNG_ERR_INVALID_ARGUMENT);
            CHECK(strstr(rng_last_error(), "bit_generator") != NULL);
            CHECK(same_stream(bg, twin));
        }
        free(other);
        bitgen_free(g);
    }

    for (i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        char label[64];
        snprintf(label, sizeof label, "malformed #%lu", (unsigned long)i);
        expect_json_refused(__LINE__, bg, twin, malformed[i], NULL, label);
    }
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_set_state_json(bg, NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_set_state_json(NULL, json));
    EXPECT_NULL_BG(bitgen_from_state_json(NULL));
    CHECK(same_stream(bg, twin));

    lists[0] = COMMON_CASES;
    lists[1] = specific_cases(alg);
    lists[2] = is_mt19937(alg) ? NULL : HALF_CASES;
    for (l = 0; l < 3; l++) {
        size_t count = l == 2 ? sizeof HALF_CASES / sizeof HALF_CASES[0] : (size_t)-1;
        for (i = 0; lists[l] != NULL && i < count && lists[l][i].key != NULL; i++) {
            const json_case *c = &lists[l][i];
            char label[96];
            snprintf(label, sizeof label, "%s #%lu = %.24s", c->key, (unsigned long)i,
                     c->value ? c->value : "(removed)");
            if (!CHECK(edit_json(json, c->key, c->occ, c->value, out, JSON_CAP))) {
                continue;
            }
            expect_json_refused(__LINE__, bg, twin, out, c->field, label);
        }
    }
    /* An extra key at the top level, last. */
    {
        size_t len = strlen(json);
        snprintf(out, JSON_CAP, "%.*s, \"zzz\": 0}", (int)(len - 1), json);
        expect_json_refused(__LINE__, bg, twin, out, "zzz", "an extra key zzz");
    }
    /* Accepted: other spacing and key order; the text written back is NumPy's form. */
    {
        char *compact = malloc(strlen(json) + 1), *o = compact, *back;
        const char *s;
        rng_bitgen *p;
        for (s = json; compact && *s; s++) {
            if (*s != ' ') {
                *o++ = *s;
            }
        }
        if (CHECK(compact != NULL)) {
            *o = '\0';
            p = bitgen_from_state_json(compact);
            back = bg_json(p);
            CHECK(json_equal(back, json));
            free(back);
            bitgen_free(p);
            /* bg goes back to the state of `json` (the twin has moved on since). */
            EXPECT_OK(bitgen_set_state_json(bg, compact));
            p = bitgen_from_state_json(json);
            CHECK(same_long(bg, p, 500));
            bitgen_free(p);
        }
        free(compact);
    }
    free(json);
    free(out);
    bitgen_free(twin);
    bitgen_free(bg);
    ss_free(ss);
    clear_context();
}

/* Range boundaries and other forms the loader accepts; the text comes back in NumPy's form. */
static void test_json_boundaries(void) {
    static const char *const accepted[] = {
        "{\"bit_generator\": \"PCG64\", \"state\": {\"state\": "
        "340282366920938463463374607431768211455, \"inc\": "
        "340282366920938463463374607431768211455}, \"has_uint32\": 1, \"uinteger\": 4294967295}",
        "{\"bit_generator\": \"PCG64DXSM\", \"state\": {\"state\": 0, \"inc\": 1}, "
        "\"has_uint32\": 0, \"uinteger\": 0}",
        "{\"bit_generator\": \"Philox\", \"state\": {\"counter\": [18446744073709551615, "
        "18446744073709551615, 18446744073709551615, 18446744073709551615], \"key\": "
        "[18446744073709551615, 0]}, \"buffer\": [1, 2, 3, 4], \"buffer_pos\": 4, "
        "\"has_uint32\": 1, \"uinteger\": 5}",
        "{\"bit_generator\": \"Philox\", \"state\": {\"counter\": [0, 0, 0, 0], \"key\": [0, 0]}, "
        "\"buffer\": [1, 2, 3, 4], \"buffer_pos\": 0, \"has_uint32\": 0, \"uinteger\": 0}",
        "{\"bit_generator\": \"SFC64\", \"state\": {\"state\": [0, 0, 0, 0]}, \"has_uint32\": 0, "
        "\"uinteger\": 0}",
    };
    static const char *const reordered[2] = {
        "{\"uinteger\": 7, \"has_uint32\": 1, \"state\": {\"inc\": 3, \"state\": 12}, "
        "\"bit_generator\": \"PCG64\"}",
        "{\"bit_generator\": \"PCG64\", \"state\": {\"state\": 12, \"inc\": 3}, \"has_uint32\": 1, "
        "\"uinteger\": 7}",
    };
    char *text = malloc(JSON_CAP);
    size_t i, len;
    rng_bitgen *a, *b;
    char *back;
    set_context("boundaries");
    for (i = 0; i < sizeof accepted / sizeof accepted[0]; i++) {
        a = bitgen_from_state_json(accepted[i]);
        back = bg_json(a);
        CHECK(a != NULL && json_equal(back, accepted[i]));
        if (a != NULL) {
            (void)bitgen_next_u64(a); /* the edges draw (Philox's counter wraps) */
        }
        free(back);
        bitgen_free(a);
    }
    a = bitgen_from_state_json(reordered[0]);
    b = bitgen_from_state_json(reordered[1]);
    back = bg_json(a);
    CHECK(json_equal(back, reordered[1]) && same_long(a, b, 100));
    free(back);
    bitgen_free(a);
    bitgen_free(b);

    /* MT19937: pos 0 and 624, a key with a single non-zero word, all ones. */
    if (CHECK(text != NULL)) {
        int pos, form;
        for (form = 0; form < 2; form++) {
            for (pos = 0; pos <= 624; pos += 624) {
                len = (size_t)snprintf(text, JSON_CAP,
                                       "{\"bit_generator\": \"MT19937\", \"state\": {\"key\": [");
                for (i = 0; i < 624; i++) {
                    len += (size_t)snprintf(text + len, JSON_CAP - len, "%s%s", i ? ", " : "",
                                            form == 0 ? (i == 600 ? "1" : "0") : "4294967295");
                }
                snprintf(text + len, JSON_CAP - len, "], \"pos\": %d}}", pos);
                a = bitgen_from_state_json(text);
                back = bg_json(a);
                CHECK(a != NULL && json_equal(back, text));
                free(back);
                if (a != NULL) {
                    rng_bitgen *c = bitgen_clone(a);
                    uint8_t *bytes;
                    size_t n;
                    bytes = bg_save(a, &n);
                    b = bitgen_state_load(bytes, n);
                    CHECK(same_long(b, c, 2000));
                    bitgen_free(b);
                    bitgen_free(c);
                    free(bytes);
                }
                bitgen_free(a);
            }
        }
    }
    free(text);
    clear_context();
}

/* ---- User generators ------------------------------------------------------------------------ */

static uint64_t user_next_u64(void *state) {
    uint64_t *x = state;
    *x += 0x9e3779b97f4a7c15u;
    return *x;
}

static void test_user_generator(void) {
    uint64_t user_state = 1;
    rng_bitgen *user = bitgen_new_user(&user_state, user_next_u64, NULL, NULL);
    rng_seedseq *ss = ss_new_str("1");
    rng_bitgen *pcg = pcg64_new(ss);
    char *json = bg_json(pcg), text[64];
    uint8_t buf[256];
    size_t out;
    set_context("user generator");
    if (!CHECK(user != NULL && json != NULL)) {
        bitgen_free(user);
        bitgen_free(pcg);
        ss_free(ss);
        free(json);
        return;
    }
    poison(text, sizeof text);
    EXPECT_ZERO(bitgen_state_json(user, text, sizeof text));
    EXPECT_ZERO(bitgen_state_json(user, NULL, 0));
    CHECK(untouched(text, sizeof text));
    EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_set_state_json(user, json));
    poison(buf, sizeof buf);
    EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_state_save(user, buf, sizeof buf, &out));
    EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_state_save(user, NULL, 0, &out));
    CHECK(untouched(buf, sizeof buf));
    EXPECT_NULL_SS(bitgen_seedseq(user));
    prime_error_other();
    expect_null_bg_at(__LINE__, "bitgen_clone(user)", bitgen_clone(user));
    /* Still a working generator, untouched by the refusals. */
    CHECK(user_state == 1 && bitgen_next_u64(user) == 1 + 0x9e3779b97f4a7c15u);
    clear_context();
    free(json);
    bitgen_free(user);
    bitgen_free(pcg);
    ss_free(ss);
}

/* ---- Seed sequences ------------------------------------------------------------------------- */

static void test_ss_round_trips(void) {
    static const uint64_t key2[2] = {7, 8};
    static const uint64_t key1[1] = {UINT64_MAX};
    rng_seedseq *cases[10];
    rng_seedseq *root = ss_new_str("2024"), *kids[2] = {NULL, NULL};
    size_t i, n_cases = 0;

    cases[n_cases++] = ss_new_str("12345");
    cases[n_cases++] = ss_new_str("0");
    cases[n_cases++] = ss_new_str("[]");
    cases[n_cases++] = ss_new_str("[0, 0]");
    cases[n_cases++] = ss_new_str("0x8c3c010cb4754c905776bdac5ee7501");
    cases[n_cases++] = ss_new_str("[3, 340282366920938463463374607431768211457, 18446744073709551615]");
    cases[n_cases++] = ss_new_ex("[1, 0x10]", key2, 2, 8, 3);
    cases[n_cases++] = ss_new_ex("77", key1, 1, 4, UINT64_MAX);
    cases[n_cases++] = ss_new_os();
    CHECK(ss_spawn(root, 2, kids) == RNG_OK);
    cases[n_cases++] = kids[1]; /* spawn key (1) */
    ss_free(kids[0]);

    {
        char *j = ss_json(cases[6]);
        CHECK(json_equal(j, "{\"entropy\": [1, 16], \"spawn_key\": [7, 8], \"pool_size\": 8, "
                            "\"n_children_spawned\": 3}"));
        free(j);
    }
    for (i = 0; i < n_cases; i++) {
        rng_seedseq *ss = cases[i], *fromj, *fromb;
        char *json, *json2, *json3;
        uint8_t *bytes, *bytes2;
        size_t n, n2;
        set_context("seed sequence case %lu", (unsigned long)i);
        if (!CHECK(ss != NULL)) {
            continue;
        }
        json = ss_json(ss);
        bytes = ss_save(ss, &n);
        check_frame(__LINE__, bytes, n, 2, 0, 0, (size_t)-1);
        fromj = ss_from_state_json(json);
        fromb = ss_state_load(bytes, n);
        CHECK(same_seedseq(ss, fromj));
        CHECK(same_seedseq(ss, fromb));
        json2 = ss_json(fromj);
        json3 = ss_json(fromb);
        CHECK(json_equal(json, json2) && json_equal(json, json3));
        bytes2 = ss_save(fromj, &n2);
        CHECK(bytes2 != NULL && n2 == n && memcmp(bytes, bytes2, n) == 0);
        /* The children match too (where the counter allows spawning). */
        if (ss_n_children_spawned(ss) < UINT64_MAX) {
            rng_seedseq *ka[2] = {NULL, NULL}, *kb[2] = {NULL, NULL}, *kc[2] = {NULL, NULL};
            EXPECT_OK(ss_spawn(ss, 2, ka));
            EXPECT_OK(ss_spawn(fromj, 2, kb));
            EXPECT_OK(ss_spawn(fromb, 2, kc));
            CHECK(same_seedseq(ka[0], kb[0]) && same_seedseq(ka[1], kb[1]));
            CHECK(same_seedseq(ka[0], kc[0]) && same_seedseq(ka[1], kc[1]));
            ss_free(ka[0]);
            ss_free(ka[1]);
            ss_free(kb[0]);
            ss_free(kb[1]);
            ss_free(kc[0]);
            ss_free(kc[1]);
        } else {
            rng_seedseq *k[1] = {NULL};
            EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_spawn(fromj, 1, k));
            EXPECT_FAIL(RNG_ERR_INVALID_ARGUMENT, ss_spawn(fromb, 1, k));
        }
        free(json);
        free(json2);
        free(json3);
        free(bytes);
        free(bytes2);
        ss_free(fromj);
        ss_free(fromb);
        ss_free(ss);
    }
    clear_context();
    ss_free(root);
}

static void test_ss_strict_json(void) {
    static const struct {
        const char *text;
        const char *field;
    } refused[] = {
        {"{\"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}", "entropy"},
        {"{\"entropy\": 1, \"pool_size\": 4, \"n_children_spawned\": 0}", "spawn_key"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"n_children_spawned\": 0}", "pool_size"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 4}", "n_children_spawned"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0, "
         "\"extra\": 1}",
         "extra"},
        {"{\"entropy\": -1, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
         "entropy"},
        {"{\"entropy\": 1.5, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
         "entropy"},
        {"{\"entropy\": \"1\", \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
         "entropy"},
        {"{\"entropy\": [[1]], \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
         "entropy[0]"},
        {"{\"entropy\": [1, -2], \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
         "entropy[1]"},
        {"{\"entropy\": 1, \"spawn_key\": 3, \"pool_size\": 4, \"n_children_spawned\": 0}",
         "spawn_key"},
        {"{\"entropy\": 1, \"spawn_key\": [1, 18446744073709551616], \"pool_size\": 4, "
         "\"n_children_spawned\": 0}",
         "spawn_key[1]"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 3, \"n_children_spawned\": 0}",
         "pool_size"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": -4, \"n_children_spawned\": 0}",
         "pool_size"},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": "
         "18446744073709551616}",
         "n_children_spawned"},
        {"", NULL},
        {"{", NULL},
        {"[]", NULL},
        {"null", NULL},
        {"{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0} x",
         NULL},
    };
    size_t i;
    rng_seedseq *p;
    char what[256];
    for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        set_context("ss JSON #%lu", (unsigned long)i);
        EXPECT_NULL_SS(ss_from_state_json(refused[i].text));
        if (refused[i].field != NULL) {
            snprintf(what, sizeof what, "the message names %s (is \"%s\")", refused[i].field,
                     rng_last_error());
            check_at(__LINE__, strstr(rng_last_error(), refused[i].field) != NULL, what);
        }
    }
    clear_context();
    EXPECT_NULL_SS(ss_from_state_json(NULL));
    /* Accepted: NumPy's form with another spacing and key order. */
    p = ss_from_state_json("{\"n_children_spawned\":2,\"pool_size\":6,\"spawn_key\":[4],"
                           "\"entropy\":[5,6]}");
    {
        char *j = ss_json(p);
        CHECK(json_equal(j, "{\"entropy\": [5, 6], \"spawn_key\": [4], \"pool_size\": 6, "
                            "\"n_children_spawned\": 2}"));
        free(j);
    }
    ss_free(p);
}

/* ---- NULL handles --------------------------------------------------------------------------- */

static void test_null_handles(void) {
    uint8_t bytes[64];
    char text[64];
    size_t out;
    poison(bytes, sizeof bytes);
    poison(text, sizeof text);
    EXPECT_ZERO(bitgen_state_json(NULL, text, sizeof text));
    EXPECT_NULL_BG(bitgen_from_state_json(NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_set_state_json(NULL, NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(NULL, bytes, sizeof bytes, &out));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, bitgen_state_save(NULL, NULL, 0, NULL));
    EXPECT_NULL_BG(bitgen_state_load(NULL, sizeof bytes));
    EXPECT_ZERO(ss_state_json(NULL, text, sizeof text));
    EXPECT_NULL_SS(ss_from_state_json(NULL));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(NULL, bytes, sizeof bytes, &out));
    EXPECT_FAIL(RNG_ERR_NULL_POINTER, ss_state_save(NULL, NULL, 0, NULL));
    EXPECT_NULL_SS(ss_state_load(NULL, sizeof bytes));
    CHECK(untouched(bytes, sizeof bytes) && untouched(text, sizeof text));
}

int main(void) {
    size_t i;
    build_mt_keys();
    for (i = 0; i < N_ALGORITHMS; i++) {
        test_round_trips(&ALGORITHMS[i]);
        test_checkpoint_keeps_seedseq(&ALGORITHMS[i]);
        test_strict_json(&ALGORITHMS[i]);
    }
    test_seedless_round_trips();
    test_binary_layout();
    test_forged_checkpoints();
    test_json_writer_semantics();
    test_save_semantics();
    test_damaged_checkpoints();
    test_json_boundaries();
    test_user_generator();
    test_ss_round_trips();
    test_ss_strict_json();
    test_null_handles();
    return check_finish();
}
