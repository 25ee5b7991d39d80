/*
 * The bad-input matrix: every function of include/randstreams.h, one row each in ROWS below,
 * called with every kind of bad argument its parameter list admits.
 *
 * A row names the cases its test function exercises, as tags `<case>:<parameter>`:
 *   null:p      p is NULL (a handle, or a buffer with a count > 0)
 *   type:p      p is a live handle of the other type (an rng_seedseq passed as an rng_bitgen,
 *               and the reverse), as untyped Fortran and ctypes handles make easy
 *   nullok:p    p may be NULL with a documented meaning; the call succeeds
 *   n0:p        buffer p with a count of 0, p NULL and not: no failure (or the documented one),
 *               nothing written, nothing drawn
 *   overflow:p  buffer p with a count whose byte size does not fit in memory
 *   wrongalg:p  a generator of another algorithm (or a user generator) for an
 *               algorithm-specific function
 *   bad:p       each kind of rejected value of p (text, parameters, checkpoint bytes)
 *   anyok:p     p has no invalid value: extremes are accepted
 *   small:p     buffer p too small (RNG_ERR_BUFFER_TOO_SMALL)
 *   state:what  a handle in a state the call refuses (a user generator, no seed sequence, a
 *               spent spawn counter)
 *   nofail      a function without parameters that cannot fail in a test
 * tests/badinput_coverage.rs derives from the header which tags each function needs and checks
 * this table against it; this program checks that each row's test exercises exactly its tags.
 *
 * Every failing case checks the documented status (or NULL / 0 / no-op), a fresh
 * rng_last_error() that names the function, a sentinel-filled output buffer left untouched
 * (out-lengths too), and that every subject handle still draws the same stream as its twin,
 * which was built the same way and never passed to a failing call. Successful zero-count and
 * NULL-allowed calls must leave rng_last_error() as it was.
 *
 * Prints every failed check and, as its last line, `N passed, M failed`; exits non-zero on any
 * failure. Every handle is freed, so that the test runs under valgrind and ASan.
 */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "randstreams.h"

#define CHECK_FILE "test_badinput.c"
#define CHECK_STATUS_WITH_ERROR 1
#include "check.h"

#define NULLP RNG_ERR_NULL_POINTER
#define INVAL RNG_ERR_INVALID_ARGUMENT
#define UNSUP RNG_ERR_UNSUPPORTED

/* ---- Subjects and their twins --------------------------------------------------------------- */

enum { S_PCG64, S_DXSM, S_MT, S_PHILOX, S_SFC64, S_USER, S_KEYED, N_SUBJ };
static const char *const SUBJ_NAME[N_SUBJ] = {"PCG64",  "PCG64DXSM", "MT19937",
                                              "Philox", "SFC64",     "user generator",
                                              "Philox from a key (no seed sequence)"};
/* The algorithm of each subject, for the wrong-algorithm cases (S_USER is none). */
static const int SUBJ_ALG[N_SUBJ] = {S_PCG64, S_DXSM, S_MT, S_PHILOX, S_SFC64, S_USER, S_PHILOX};

static rng_bitgen *bg[N_SUBJ], *tw[N_SUBJ];
static rng_seedseq *ss, *ss_tw;
static uint64_t user_state, user_state_tw;
static const uint64_t KEY[2] = {0x1234, 0x5678};

/* splitmix64 */
static uint64_t user_next(void *state) {
    uint64_t *x = state, z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int has_seedseq(int k) {
    return k <= S_SFC64;
}

static void make_subjects(void) {
    static const char *const names[5] = {"PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"};
    static const uint64_t key[2] = {5, 6};
    rng_seedseq *a = ss_new_str("777"), *b = ss_new_str("777");
    int k;
    for (k = 0; k <= S_SFC64; k++) {
        bg[k] = bitgen_new(names[k], a);
        tw[k] = bitgen_new(names[k], b); /* its own sequence: spawn counters are compared */
    }
    ss_free(a);
    ss_free(b);
    user_state = user_state_tw = 99;
    bg[S_USER] = bitgen_new_user(&user_state, user_next, NULL, NULL);
    tw[S_USER] = bitgen_new_user(&user_state_tw, user_next, NULL, NULL);
    bg[S_KEYED] = philox_new_key(KEY, NULL);
    tw[S_KEYED] = philox_new_key(KEY, NULL);
    ss = ss_new_ex("12345", key, 2, 4, 0);
    ss_tw = ss_new_ex("12345", key, 2, 4, 0);
}

static void free_subjects(void) {
    int k;
    for (k = 0; k < N_SUBJ; k++) {
        bitgen_free(bg[k]);
        bitgen_free(tw[k]);
    }
    ss_free(ss);
    ss_free(ss_tw);
}

/* The handles of the other type. */
static rng_bitgen *ss_as_bg(void) {
    return (rng_bitgen *)(void *)ss;
}
static rng_seedseq *bg_as_ss(void) {
    return (rng_seedseq *)(void *)bg[S_PCG64];
}

static uint64_t spawned(const rng_bitgen *g) {
    rng_seedseq *s = bitgen_seedseq(g);
    uint64_t n = ss_n_children_spawned(s);
    ss_free(s);
    return n;
}

static int same_ss(const rng_seedseq *a, const rng_seedseq *b) {
    char ea[128], eb[128];
    uint64_t ka[4] = {0}, kb[4] = {0};
    return same_state(a, b) && ss_n_children_spawned(a) == ss_n_children_spawned(b) &&
           ss_pool_size(a) == ss_pool_size(b) && ss_entropy_str(a, ea, sizeof ea) > 0 &&
           ss_entropy_str(b, eb, sizeof eb) > 0 && strcmp(ea, eb) == 0 &&
           ss_spawn_key(a, ka, 4) == ss_spawn_key(b, kb, 4) && memcmp(ka, kb, sizeof ka) == 0;
}

/* Every subject as its twin: nothing drawn, spawned or changed by the calls so far. */
static void settled(int line) {
    char what[128];
    int k;
    for (k = 0; k < N_SUBJ; k++) {
        snprintf(what, sizeof what, "%s draws as its twin", SUBJ_NAME[k]);
        check_at(line, same_stream(bg[k], tw[k]), what);
        if (has_seedseq(k)) {
            snprintf(what, sizeof what, "%s spawned as many as its twin", SUBJ_NAME[k]);
            check_at(line, spawned(bg[k]) == spawned(tw[k]), what);
        }
    }
    check_at(line, same_ss(ss, ss_tw), "the seed sequence is as its twin");
}

/* ---- Cases ---------------------------------------------------------------------------------- */

static const char *cur_fn;    /* the function of the row under test */
static char done_tags[1024];  /* the tags its cases exercised, each followed by a space */
static union {
    uint64_t u64[64];
    double f64[64];
    unsigned char bytes[512];
} outbuf;
#define OUT ((void *)outbuf.bytes)
#define OUT_BYTES sizeof outbuf

/* Whether the space-separated `list` contains the word `w` (of length n). */
static int has_word(const char *list, const char *w, size_t n) {
    const char *p = list;
    while ((p = strstr(p, w)) != NULL) {
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
            return 1;
        }
        p += n;
    }
    return 0;
}

static void did(const char *tag) {
    if (!has_word(done_tags, tag, strlen(tag))) {
        strncat(done_tags, tag, sizeof done_tags - strlen(done_tags) - 2);
        strcat(done_tags, " ");
    }
}

static const char *cur_tag;

/* A different failure before each case, so that a case's own message is seen to be new. */
static void begin_case(const char *tag) {
    cur_tag = tag;
    did(tag);
    set_context("%s, %s", cur_fn, tag);
    poison(OUT, OUT_BYTES);
    if (strcmp(cur_fn, "bitgen_clone") == 0) {
        ss_free(ss_new_str(NULL));
    } else {
        bitgen_free(bitgen_clone(NULL));
    }
    remember_error();
}

/* After a failure: a fresh message naming the function (and the handle type for type:), an
 * untouched output buffer, and handles as their twins. */
static void after_fail(int line, const char *expr) {
    const char *e = rng_last_error();
    char what[512];
    size_t len = strlen(cur_fn);
    expect_fresh_error(line, expr);
    snprintf(what, sizeof what, "%s: the message names the function (\"%s\")", expr, e);
    check_at(line, strncmp(e, cur_fn, len) == 0 && strncmp(e + len, ": ", 2) == 0, what);
    if (strncmp(cur_tag, "type:", 5) == 0) {
        snprintf(what, sizeof what, "%s: the message says the handle is not live (\"%s\")", expr,
                 e);
        check_at(line, strstr(e, "is not a live rng_") != NULL, what);
    }
    snprintf(what, sizeof what, "%s writes nothing", expr);
    check_at(line, untouched(OUT, OUT_BYTES), what);
    settled(line);
}

/* After a success that must not have failed or drawn: the last error is as primed. */
static void after_quiet_ok(int line, const char *expr) {
    char what[512];
    snprintf(what, sizeof what, "%s leaves rng_last_error as it was", expr);
    check_at(line, strcmp(rng_last_error(), primed_error) == 0, what);
    snprintf(what, sizeof what, "%s writes nothing", expr);
    check_at(line, untouched(OUT, OUT_BYTES), what);
    settled(line);
}

/* A status-returning call that must fail with `want`. */
#define FAIL_ST(tag, want, call)                                                                 \
    do {                                                                                         \
        begin_case(tag);                                                                         \
        expect_status_at(__LINE__, #call, (call), (want));                                       \
        after_fail(__LINE__, #call);                                                             \
    } while (0)

/* A value-returning call that must fail by returning `expected`. */
#define FAIL_IS(tag, call, expected)                                                             \
    do {                                                                                         \
        begin_case(tag);                                                                         \
        check_at(__LINE__, (call) == (expected), #call " returns " #expected);                   \
        after_fail(__LINE__, #call);                                                             \
    } while (0)

/* A void call that must refuse (set an error, do nothing). */
#define FAIL_VOID(tag, call)                                                                     \
    do {                                                                                         \
        begin_case(tag);                                                                         \
        call;                                                                                    \
        after_fail(__LINE__, #call);                                                             \
    } while (0)

/* Constructors that must fail: NULL (freed anyway if not). */
#define FAIL_NEW_BG(tag, call)                                                                   \
    do {                                                                                         \
        rng_bitgen *p_;                                                                          \
        begin_case(tag);                                                                         \
        p_ = (call);                                                                             \
        check_at(__LINE__, p_ == NULL, #call " returns NULL");                                   \
        bitgen_free(p_);                                                                         \
        after_fail(__LINE__, #call);                                                             \
    } while (0)
#define FAIL_NEW_SS(tag, call)                                                                   \
    do {                                                                                         \
        rng_seedseq *p_;                                                                         \
        begin_case(tag);                                                                         \
        p_ = (call);                                                                             \
        check_at(__LINE__, p_ == NULL, #call " returns NULL");                                   \
        ss_free(p_);                                                                             \
        after_fail(__LINE__, #call);                                                             \
    } while (0)

/* A call that must succeed quietly (no error, nothing written, nothing drawn). */
#define QUIET_ST(tag, call)                                                                      \
    do {                                                                                         \
        begin_case(tag);                                                                         \
        expect_status_at(__LINE__, #call, (call), RNG_OK);                                       \
        after_quiet_ok(__LINE__, #call);                                                         \
    } while (0)
#define QUIET_IS(tag, call, cond)                                                                \
    do {                                                                                         \
        begin_case(tag);                                                                         \
        check_at(__LINE__, (call)cond, #call " " #cond);                                         \
        after_quiet_ok(__LINE__, #call);                                                         \
    } while (0)
/* Constructors that must succeed quietly. */
#define QUIET_NEW_BG(tag, call)                                                                  \
    do {                                                                                         \
        rng_bitgen *p_;                                                                          \
        begin_case(tag);                                                                         \
        p_ = (call);                                                                             \
        check_at(__LINE__, p_ != NULL, #call " returns a handle");                               \
        bitgen_free(p_);                                                                         \
        after_quiet_ok(__LINE__, #call);                                                         \
    } while (0)
#define QUIET_NEW_SS(tag, call)                                                                  \
    do {                                                                                         \
        rng_seedseq *p_;                                                                         \
        begin_case(tag);                                                                         \
        p_ = (call);                                                                             \
        check_at(__LINE__, p_ != NULL, #call " returns a handle");                               \
        ss_free(p_);                                                                             \
        after_quiet_ok(__LINE__, #call);                                                         \
    } while (0)

/* A call of G that must succeed and may draw: made on every subject and on its twin, so the
 * pairs stay in step. */
#define ANYOK_ST(tag, call)                                                                      \
    do {                                                                                         \
        int k_;                                                                                  \
        begin_case(tag);                                                                         \
        for (k_ = 0; k_ < N_SUBJ; k_++) {                                                        \
            rng_bitgen *G = bg[k_];                                                              \
            set_context("%s, %s, %s", cur_fn, tag, SUBJ_NAME[k_]);                               \
            expect_status_at(__LINE__, #call, (call), RNG_OK);                                   \
            G = tw[k_];                                                                          \
            expect_status_at(__LINE__, #call " (twin)", (call), RNG_OK);                         \
        }                                                                                        \
        check_at(__LINE__, strcmp(rng_last_error(), primed_error) == 0, #call " sets no error"); \
        settled(__LINE__);                                                                       \
    } while (0)

/* `stmt` with G bound to each subject in turn. */
#define EACH_SUBJ(stmt)                                                                          \
    do {                                                                                         \
        int k_;                                                                                  \
        for (k_ = 0; k_ < N_SUBJ; k_++) {                                                        \
            rng_bitgen *G = bg[k_];                                                              \
            stmt;                                                                                \
        }                                                                                        \
    } while (0)

/* Counts of `elem`-byte values whose byte size does not fit in memory (isize::MAX bytes). */
#define N_OVER 3
static size_t over(size_t elem, int i) {
    switch (i) {
    case 0: return SIZE_MAX;
    case 1: return (size_t)PTRDIFF_MAX / elem + 1;
    default: return elem > 1 ? SIZE_MAX / elem + 1 : (size_t)PTRDIFF_MAX + 1;
    }
}

/* The cases of a fill `call` of G into O (parameter `buf`) of N values of `elem` bytes, on the
 * subjects k with `ok_subj`. */
#define FILL_CASES(buf, elem, ok_subj, call)                                                     \
    do {                                                                                         \
        rng_bitgen *G = NULL;                                                                    \
        void *O = OUT;                                                                           \
        size_t N = 4;                                                                            \
        int k_, i_;                                                                              \
        FAIL_ST("null:bg", NULLP, call);                                                         \
        G = ss_as_bg();                                                                          \
        FAIL_ST("type:bg", INVAL, call);                                                         \
        for (k_ = 0; k_ < N_SUBJ; k_++) {                                                        \
            if (!(ok_subj)) {                                                                    \
                continue;                                                                        \
            }                                                                                    \
            G = bg[k_];                                                                          \
            O = NULL, N = 4;                                                                     \
            FAIL_ST("null:" buf, NULLP, call);                                                   \
            O = NULL, N = 0;                                                                     \
            QUIET_ST("n0:" buf, call);                                                           \
            O = OUT, N = 0;                                                                      \
            QUIET_ST("n0:" buf, call);                                                           \
            for (i_ = 0; i_ < N_OVER; i_++) {                                                    \
                O = OUT, N = over(elem, i_);                                                     \
                FAIL_ST("overflow:" buf, INVAL, call);                                           \
            }                                                                                    \
        }                                                                                        \
    } while (0)
#define FILL_MATRIX(buf, elem, call) FILL_CASES(buf, elem, 1, call)

/* The cases of a single-value status form `call` of G writing to O. */
#define NEXT_MATRIX(call)                                                                        \
    do {                                                                                         \
        rng_bitgen *G = NULL;                                                                    \
        void *O = OUT;                                                                           \
        int k_;                                                                                  \
        FAIL_ST("null:bg", NULLP, call);                                                         \
        G = ss_as_bg();                                                                          \
        FAIL_ST("type:bg", INVAL, call);                                                         \
        for (k_ = 0; k_ < N_SUBJ; k_++) {                                                        \
            G = bg[k_], O = NULL;                                                                \
            FAIL_ST("null:out", NULLP, call);                                                    \
        }                                                                                        \
    } while (0)

/* The cases of a value-returning `call` of G only: 0 on failure. */
#define VALUE_MATRIX(call)                                                                       \
    do {                                                                                         \
        rng_bitgen *G = NULL;                                                                    \
        FAIL_IS("null:bg", call, 0);                                                             \
        G = ss_as_bg();                                                                          \
        FAIL_IS("type:bg", call, 0);                                                             \
    } while (0)

/* The cases of a seed sequence fill `call` of S into O (parameter `buf`) of N values. */
#define SS_FILL_MATRIX(buf, elem, call)                                                          \
    do {                                                                                         \
        const rng_seedseq *S = NULL;                                                             \
        void *O = OUT;                                                                           \
        size_t N = 4;                                                                            \
        int i_;                                                                                  \
        FAIL_ST("null:ss", NULLP, call);                                                         \
        S = bg_as_ss();                                                                          \
        FAIL_ST("type:ss", INVAL, call);                                                         \
        S = ss, O = NULL, N = 4;                                                                 \
        FAIL_ST("null:" buf, NULLP, call);                                                       \
        O = NULL, N = 0;                                                                         \
        QUIET_ST("n0:" buf, call);                                                               \
        O = OUT, N = 0;                                                                          \
        QUIET_ST("n0:" buf, call);                                                               \
        for (i_ = 0; i_ < N_OVER; i_++) {                                                        \
            O = OUT, N = over(elem, i_);                                                         \
            FAIL_ST("overflow:" buf, INVAL, call);                                               \
        }                                                                                        \
    } while (0)

/* snprintf-style writers `call` of H (a handle of type `htype`, subject `subject`, other-type
 * handle `decoy`, parameter `hname`) into O of capacity N: 0 after a failure. */
#define TEXT_MATRIX(htype, hname, subject, decoy, buf, elem, call)                               \
    do {                                                                                         \
        htype H = NULL;                                                                          \
        void *O = OUT;                                                                           \
        size_t N = 16;                                                                           \
        int i_;                                                                                  \
        FAIL_IS("null:" hname, call, 0);                                                         \
        H = (decoy);                                                                             \
        FAIL_IS("type:" hname, call, 0);                                                         \
        H = (subject), O = NULL, N = 16;                                                         \
        FAIL_IS("null:" buf, call, 0);                                                           \
        O = NULL, N = 0;                                                                         \
        QUIET_IS("n0:" buf, call, > 0);                                                          \
        O = OUT, N = 0;                                                                          \
        QUIET_IS("n0:" buf, call, > 0);                                                          \
        for (i_ = 0; i_ < N_OVER; i_++) {                                                        \
            O = OUT, N = over(elem, i_);                                                         \
            FAIL_IS("overflow:" buf, call, 0);                                                   \
        }                                                                                        \
    } while (0)

/* ---- Helpers for the checkpoint rows -------------------------------------------------------- */

static char *bg_json(const rng_bitgen *g) {
    size_t n = bitgen_state_json(g, NULL, 0);
    char *s = malloc(n + 1);
    if (s != NULL && (n == 0 || bitgen_state_json(g, s, n + 1) != n)) {
        free(s);
        s = NULL;
    }
    return s;
}

static char *ss_json(const rng_seedseq *s) {
    size_t n = ss_state_json(s, NULL, 0);
    char *t = malloc(n + 1);
    if (t != NULL && (n == 0 || ss_state_json(s, t, n + 1) != n)) {
        free(t);
        t = NULL;
    }
    return t;
}

/* A checkpoint of g (bitgen) or s (seed sequence), malloc'ed, its length in *n. */
static uint8_t *checkpoint(const rng_bitgen *g, const rng_seedseq *s, size_t *n) {
    uint8_t *b;
    *n = 0;
    if ((g ? bitgen_state_save(g, NULL, 0, n) : ss_state_save(s, NULL, 0, n)) != RNG_OK ||
        (b = malloc(*n)) == NULL) {
        return NULL;
    }
    if ((g ? bitgen_state_save(g, b, *n, n) : ss_state_save(s, b, *n, n)) != RNG_OK) {
        free(b);
        return NULL;
    }
    return b;
}

static const char *const BAD_JSON[] = {
    "", "{", "{}", "[]", "null", "12345", "{\"bit_generator\": \"PCG64\"}", "\xff\xfe",
};
#define N_BAD_JSON (sizeof BAD_JSON / sizeof BAD_JSON[0])

/* ---- Rows: constructors --------------------------------------------------------------------- */

#define CTOR_FROM_SS(fn)                                                                         \
    static void t_##fn(void) {                                                                   \
        FAIL_NEW_BG("null:ss", fn(NULL));                                                        \
        FAIL_NEW_BG("type:ss", fn(bg_as_ss()));                                                  \
    }
CTOR_FROM_SS(pcg64_new)
CTOR_FROM_SS(pcg64dxsm_new)
CTOR_FROM_SS(mt19937_new)
CTOR_FROM_SS(philox_new)
CTOR_FROM_SS(sfc64_new)

static void t_bitgen_new(void) {
    static const char *const bad[] = {"pcg64", "", "PCG64 ", "SFC64x", "Philox4x64", "\xff"};
    size_t i;
    FAIL_NEW_BG("null:name", bitgen_new(NULL, ss));
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        FAIL_NEW_BG("bad:name", bitgen_new(bad[i], ss));
    }
    FAIL_NEW_BG("null:ss", bitgen_new("PCG64", NULL));
    FAIL_NEW_BG("type:ss", bitgen_new("PCG64", bg_as_ss()));
}

static void t_philox_new_key(void) {
    static const uint64_t zero[4] = {0, 0, 0, 0};
    rng_bitgen *a, *b;
    FAIL_NEW_BG("null:key", philox_new_key(NULL, NULL));
    FAIL_NEW_BG("null:key", philox_new_key(NULL, zero));
    begin_case("nullok:counter");
    a = philox_new_key(KEY, NULL);
    b = philox_new_key(KEY, zero);
    CHECK(a != NULL && b != NULL && same_stream(a, b)); /* NULL is counter 0 */
    bitgen_free(a);
    bitgen_free(b);
    after_quiet_ok(__LINE__, "philox_new_key(KEY, NULL)");
}

static void t_mt19937_new_legacy(void) {
    QUIET_NEW_BG("anyok:seed", mt19937_new_legacy(0));
    QUIET_NEW_BG("anyok:seed", mt19937_new_legacy(UINT32_MAX));
}

static void t_mt19937_new_legacy_array(void) {
    static const uint32_t seeds[2] = {1, 2};
    int i;
    FAIL_NEW_BG("null:seeds", mt19937_new_legacy_array(NULL, 2));
    /* NumPy: "Seed must be non-empty". */
    FAIL_NEW_BG("n0:seeds", mt19937_new_legacy_array(NULL, 0));
    FAIL_NEW_BG("n0:seeds", mt19937_new_legacy_array(seeds, 0));
    for (i = 0; i < N_OVER; i++) {
        FAIL_NEW_BG("overflow:seeds", mt19937_new_legacy_array(seeds, over(4, i)));
    }
}

/* ---- Rows: draws ---------------------------------------------------------------------------- */

static void t_bitgen_next_u64(void) {
    VALUE_MATRIX(bitgen_next_u64(G));
}
static void t_bitgen_next_u32(void) {
    VALUE_MATRIX(bitgen_next_u32(G));
}
static void t_bitgen_next_double(void) {
    VALUE_MATRIX(bitgen_next_double(G));
}
static void t_bitgen_next_raw(void) {
    VALUE_MATRIX(bitgen_next_raw(G));
}
static void t_bitgen_random_raw(void) {
    FILL_MATRIX("out", 8, bitgen_random_raw(G, O, N));
}
static void t_bitgen_fill_u64(void) {
    FILL_MATRIX("out", 8, bitgen_fill_u64(G, O, N));
}
static void t_bitgen_fill_u32(void) {
    FILL_MATRIX("out", 4, bitgen_fill_u32(G, O, N));
}
static void t_bitgen_fill_double(void) {
    FILL_MATRIX("out", 8, bitgen_fill_double(G, O, N));
}

static void t_bitgen_fill_u64_parallel(void) {
    int k;
    /* Only PCG64, PCG64DXSM and Philox can skip ahead. */
    FILL_CASES("out", 8, SUBJ_ALG[k_] == S_PCG64 || SUBJ_ALG[k_] == S_DXSM ||
                             SUBJ_ALG[k_] == S_PHILOX,
               bitgen_fill_u64_parallel(G, O, N, 2));
    for (k = 0; k < N_SUBJ; k++) {
        if (SUBJ_ALG[k] == S_MT || SUBJ_ALG[k] == S_SFC64 || k == S_USER) {
            FAIL_ST("wrongalg:bg", UNSUP, bitgen_fill_u64_parallel(bg[k], OUT, 4, 2));
            FAIL_ST("wrongalg:bg", UNSUP, bitgen_fill_u64_parallel(bg[k], NULL, 0, 2));
        } else {
            FAIL_ST("bad:threads", INVAL, bitgen_fill_u64_parallel(bg[k], OUT, 4, 0));
            FAIL_ST("bad:threads", INVAL, bitgen_fill_u64_parallel(bg[k], NULL, 0, 0));
        }
    }
}

static void t_bitgen_spawn(void) {
    int k, i;
    FAIL_ST("null:bg", NULLP, bitgen_spawn(NULL, 2, OUT));
    FAIL_ST("type:bg", INVAL, bitgen_spawn(ss_as_bg(), 2, OUT));
    for (k = 0; k <= S_SFC64; k++) {
        FAIL_ST("null:children", NULLP, bitgen_spawn(bg[k], 2, NULL));
        QUIET_ST("n0:children", bitgen_spawn(bg[k], 0, NULL));
        QUIET_ST("n0:children", bitgen_spawn(bg[k], 0, OUT));
        for (i = 0; i < N_OVER; i++) {
            FAIL_ST("overflow:children", INVAL, bitgen_spawn(bg[k], over(sizeof(void *), i), OUT));
        }
    }
    FAIL_ST("state:user", UNSUP, bitgen_spawn(bg[S_USER], 2, OUT));
    FAIL_ST("state:noseq", UNSUP, bitgen_spawn(bg[S_KEYED], 2, OUT));
}

/* Jumped: the algorithm's own subjects accept any count (mt19937: refused above 2^63-1). */
#define JUMPED_ROW(fn, alg, anyok)                                                               \
    static void t_##fn(void) {                                                                   \
        int k;                                                                                   \
        FAIL_NEW_BG("null:bg", fn(NULL, 1));                                                     \
        FAIL_NEW_BG("type:bg", fn(ss_as_bg(), 1));                                               \
        for (k = 0; k < N_SUBJ; k++) {                                                           \
            if (SUBJ_ALG[k] != (alg)) {                                                          \
                FAIL_NEW_BG("wrongalg:bg", fn(bg[k], 1));                                        \
            } else if (anyok) {                                                                  \
                QUIET_NEW_BG("anyok:jumps", fn(bg[k], 0));                                       \
                QUIET_NEW_BG("anyok:jumps", fn(bg[k], UINT64_MAX));                              \
            } else {                                                                             \
                FAIL_NEW_BG("bad:jumps", fn(bg[k], (uint64_t)1 << 63));                          \
                FAIL_NEW_BG("bad:jumps", fn(bg[k], UINT64_MAX));                                 \
            }                                                                                    \
        }                                                                                        \
    }
JUMPED_ROW(pcg64_jumped, S_PCG64, 1)
JUMPED_ROW(pcg64dxsm_jumped, S_DXSM, 1)
JUMPED_ROW(philox_jumped, S_PHILOX, 1)
JUMPED_ROW(mt19937_jumped, S_MT, 0)

#define ADVANCE_ROW(fn, alg)                                                                     \
    static void t_##fn(void) {                                                                   \
        static const uint64_t delta[4] = {1, 0, 0, 0};                                           \
        int k;                                                                                   \
        FAIL_ST("null:bg", NULLP, fn(NULL, delta));                                              \
        FAIL_ST("type:bg", INVAL, fn(ss_as_bg(), delta));                                        \
        for (k = 0; k < N_SUBJ; k++) {                                                           \
            if (SUBJ_ALG[k] != (alg)) {                                                          \
                FAIL_ST("wrongalg:bg", UNSUP, fn(bg[k], delta));                                 \
            } else {                                                                             \
                FAIL_ST("null:delta", NULLP, fn(bg[k], NULL));                                   \
            }                                                                                    \
        }                                                                                        \
    }
ADVANCE_ROW(pcg64_advance, S_PCG64)
ADVANCE_ROW(pcg64dxsm_advance, S_DXSM)
ADVANCE_ROW(philox_advance, S_PHILOX)

static void t_bitgen_name(void) {
    FAIL_IS("null:bg", bitgen_name(NULL), NULL);
    FAIL_IS("type:bg", bitgen_name(ss_as_bg()), NULL);
}

static void t_bitgen_seedseq(void) {
    FAIL_NEW_SS("null:bg", bitgen_seedseq(NULL));
    FAIL_NEW_SS("type:bg", bitgen_seedseq(ss_as_bg()));
    FAIL_NEW_SS("state:user", bitgen_seedseq(bg[S_USER]));
    FAIL_NEW_SS("state:noseq", bitgen_seedseq(bg[S_KEYED]));
}

static void t_bitgen_clone(void) {
    FAIL_NEW_BG("null:bg", bitgen_clone(NULL));
    FAIL_NEW_BG("type:bg", bitgen_clone(ss_as_bg()));
    FAIL_NEW_BG("state:user", bitgen_clone(bg[S_USER]));
}

static void t_bitgen_free(void) {
    begin_case("nullok:bg");
    bitgen_free(NULL);
    after_quiet_ok(__LINE__, "bitgen_free(NULL)");
    /* Refused, not freed: the seed sequence still works (settled compares it). */
    FAIL_VOID("type:bg", bitgen_free(ss_as_bg()));
}

/* ---- Rows: distributions -------------------------------------------------------------------- */

/* Generated from src/methods.toml: each method's fill and single-value form, with every
 * rejected parameter set and every extreme it accepts. */
#include "badinput_methods.h"

/* ---- Rows: seed sequences ------------------------------------------------------------------- */

static void t_ss_new(void) {
    static const uint64_t words[3] = {1, 2, 3};
    int i;
    FAIL_NEW_SS("null:entropy", ss_new(NULL, 3));
    QUIET_NEW_SS("n0:entropy", ss_new(NULL, 0));
    QUIET_NEW_SS("n0:entropy", ss_new(words, 0));
    for (i = 0; i < N_OVER; i++) {
        FAIL_NEW_SS("overflow:entropy", ss_new(words, over(8, i)));
    }
}

static void t_ss_new_u32(void) {
    static const uint32_t words[3] = {1, 2, 3};
    int i;
    FAIL_NEW_SS("null:words", ss_new_u32(NULL, 3));
    QUIET_NEW_SS("n0:words", ss_new_u32(NULL, 0));
    QUIET_NEW_SS("n0:words", ss_new_u32(words, 0));
    for (i = 0; i < N_OVER; i++) {
        FAIL_NEW_SS("overflow:words", ss_new_u32(words, over(4, i)));
    }
}

static const char *const BAD_ENTROPY[] = {
    "", "-5", "0X10", "12abc", "[1,,2]", "[[1]]", "1.5", "[1", "1]", "[-1]", " ", "0x", "\xff",
};
#define N_BAD_ENTROPY (sizeof BAD_ENTROPY / sizeof BAD_ENTROPY[0])

static void t_ss_new_str(void) {
    size_t i;
    FAIL_NEW_SS("null:entropy", ss_new_str(NULL));
    for (i = 0; i < N_BAD_ENTROPY; i++) {
        FAIL_NEW_SS("bad:entropy", ss_new_str(BAD_ENTROPY[i]));
    }
}

static void t_ss_new_os(void) {
    QUIET_NEW_SS("nofail", ss_new_os());
}

static void t_ss_new_ex(void) {
    static const uint64_t key[2] = {5, 6};
    size_t i;
    int j;
    QUIET_NEW_SS("nullok:entropy", ss_new_ex(NULL, key, 2, 4, 0)); /* OS entropy */
    for (i = 0; i < N_BAD_ENTROPY; i++) {
        FAIL_NEW_SS("bad:entropy", ss_new_ex(BAD_ENTROPY[i], key, 2, 4, 0));
    }
    FAIL_NEW_SS("null:spawn_key", ss_new_ex("1", NULL, 2, 4, 0));
    QUIET_NEW_SS("n0:spawn_key", ss_new_ex("1", NULL, 0, 4, 0));
    QUIET_NEW_SS("n0:spawn_key", ss_new_ex("1", key, 0, 4, 0));
    for (j = 0; j < N_OVER; j++) {
        FAIL_NEW_SS("overflow:spawn_key", ss_new_ex("1", key, over(8, j), 4, 0));
    }
    for (i = 0; i < 4; i++) {
        FAIL_NEW_SS("bad:pool_size", ss_new_ex("1", key, 2, i, 0));
    }
    /* Above the 1024-word cap (README: deliberate differences), and NULL entropy too, whose
       OS-entropy draw is sized by the pool. */
    FAIL_NEW_SS("bad:pool_size", ss_new_ex("1", key, 2, 1025, 0));
    FAIL_NEW_SS("bad:pool_size", ss_new_ex(NULL, key, 2, 1025, 0));
    FAIL_NEW_SS("bad:pool_size", ss_new_ex("1", key, 2, SIZE_MAX, 0));
    QUIET_NEW_SS("anyok:n_children_spawned", ss_new_ex("1", key, 2, 4, UINT64_MAX));
}

static void t_ss_spawn(void) {
    rng_seedseq *spent = ss_new_ex("1", NULL, 0, 4, UINT64_MAX);
    int i;
    FAIL_ST("null:ss", NULLP, ss_spawn(NULL, 2, OUT));
    FAIL_ST("type:ss", INVAL, ss_spawn(bg_as_ss(), 2, OUT));
    FAIL_ST("null:children", NULLP, ss_spawn(ss, 2, NULL));
    QUIET_ST("n0:children", ss_spawn(ss, 0, NULL));
    QUIET_ST("n0:children", ss_spawn(ss, 0, OUT));
    for (i = 0; i < N_OVER; i++) {
        FAIL_ST("overflow:children", INVAL, ss_spawn(ss, over(sizeof(void *), i), OUT));
    }
    /* The counter cannot pass 2^64 - 1. */
    FAIL_ST("state:counter", INVAL, ss_spawn(spent, 1, OUT));
    CHECK(ss_n_children_spawned(spent) == UINT64_MAX);
    ss_free(spent);
}

static void t_ss_generate_state_u32(void) {
    SS_FILL_MATRIX("out", 4, ss_generate_state_u32(S, O, N));
}
static void t_ss_generate_state_u64(void) {
    SS_FILL_MATRIX("out", 8, ss_generate_state_u64(S, O, N));
}

static void t_ss_n_children_spawned(void) {
    FAIL_IS("null:ss", ss_n_children_spawned(NULL), 0);
    FAIL_IS("type:ss", ss_n_children_spawned(bg_as_ss()), 0);
}
static void t_ss_pool_size(void) {
    FAIL_IS("null:ss", ss_pool_size(NULL), 0);
    FAIL_IS("type:ss", ss_pool_size(bg_as_ss()), 0);
}
static void t_ss_spawn_key(void) {
    TEXT_MATRIX(const rng_seedseq *, "ss", ss, bg_as_ss(), "out", 8, ss_spawn_key(H, O, N));
}
static void t_ss_entropy_str(void) {
    TEXT_MATRIX(const rng_seedseq *, "ss", ss, bg_as_ss(), "buf", 1, ss_entropy_str(H, O, N));
}

static void t_ss_free(void) {
    begin_case("nullok:ss");
    ss_free(NULL);
    after_quiet_ok(__LINE__, "ss_free(NULL)");
    /* Refused, not freed: the generator still works (settled compares it). */
    FAIL_VOID("type:ss", ss_free(bg_as_ss()));
}

/* ---- Rows: checkpoints ---------------------------------------------------------------------- */

static void t_bitgen_state_json(void) {
    TEXT_MATRIX(const rng_bitgen *, "bg", bg[S_PCG64], ss_as_bg(), "buf", 1,
                bitgen_state_json(H, O, N));
    FAIL_IS("state:user", bitgen_state_json(bg[S_USER], OUT, 64), 0);
}

static void t_bitgen_from_state_json(void) {
    size_t i;
    FAIL_NEW_BG("null:json", bitgen_from_state_json(NULL));
    for (i = 0; i < N_BAD_JSON; i++) {
        FAIL_NEW_BG("bad:json", bitgen_from_state_json(BAD_JSON[i]));
    }
}

static void t_bitgen_set_state_json(void) {
    char *good = bg_json(tw[S_PCG64]), *other = bg_json(tw[S_DXSM]);
    size_t i;
    int k;
    if (!CHECK(good != NULL && other != NULL)) {
        free(good);
        free(other);
        return;
    }
    FAIL_ST("null:bg", NULLP, bitgen_set_state_json(NULL, good));
    FAIL_ST("type:bg", INVAL, bitgen_set_state_json(ss_as_bg(), good));
    for (k = 0; k < N_SUBJ; k++) {
        if (k == S_USER) {
            continue;
        }
        FAIL_ST("null:json", NULLP, bitgen_set_state_json(bg[k], NULL));
        for (i = 0; i < N_BAD_JSON; i++) {
            FAIL_ST("bad:json", INVAL, bitgen_set_state_json(bg[k], BAD_JSON[i]));
        }
        /* The state of another algorithm. */
        FAIL_ST("bad:json", INVAL,
                bitgen_set_state_json(bg[k], SUBJ_ALG[k] == S_PCG64 ? other : good));
    }
    FAIL_ST("state:user", UNSUP, bitgen_set_state_json(bg[S_USER], good));
    free(good);
    free(other);
}

/* The binary writers: `call` of H into O (capacity N) with the length in L. */
#define SAVE_MATRIX(htype, hname, subject, decoy, call)                                          \
    do {                                                                                         \
        htype H = NULL;                                                                          \
        void *O = OUT;                                                                           \
        size_t N = 64, len, *L = &len;                                                           \
        int i_;                                                                                  \
        poison(&len, sizeof len);                                                                \
        FAIL_ST("null:" hname, NULLP, call);                                                     \
        H = (decoy);                                                                             \
        FAIL_ST("type:" hname, INVAL, call);                                                     \
        H = (subject), O = NULL, N = 8192;                                                       \
        FAIL_ST("null:buf", NULLP, call);                                                        \
        for (i_ = 0; i_ < N_OVER; i_++) {                                                        \
            O = OUT, N = over(1, i_);                                                            \
            FAIL_ST("overflow:buf", INVAL, call);                                                \
        }                                                                                        \
        O = OUT, N = 64, L = NULL;                                                               \
        FAIL_ST("null:out_len", NULLP, call);                                                    \
        check_at(__LINE__, untouched(&len, sizeof len), "out_len untouched by the failures");    \
        /* The documented exceptions: the size query, and the size after a too-small buffer. */ \
        O = NULL, N = 0, L = &len;                                                               \
        QUIET_ST("n0:buf", call);                                                                \
        check_at(__LINE__, len > 8 && len != SIZE_MAX, "the size query gives the size");         \
        poison(&len, sizeof len);                                                                \
        O = OUT, N = 0;                                                                          \
        FAIL_ST("small:buf", RNG_ERR_BUFFER_TOO_SMALL, call);                                    \
        O = OUT, N = 8;                                                                          \
        FAIL_ST("small:buf", RNG_ERR_BUFFER_TOO_SMALL, call);                                    \
        check_at(__LINE__, len > 8 && len != SIZE_MAX, "a too-small buffer gives the size");     \
    } while (0)

static void t_bitgen_state_save(void) {
    size_t len = 0;
    SAVE_MATRIX(const rng_bitgen *, "bg", bg[S_PCG64], ss_as_bg(), bitgen_state_save(H, O, N, L));
    FAIL_ST("state:user", UNSUP, bitgen_state_save(bg[S_USER], OUT, 64, &len));
    FAIL_ST("state:user", UNSUP, bitgen_state_save(bg[S_USER], NULL, 0, &len));
}

static void t_ss_state_save(void) {
    SAVE_MATRIX(const rng_seedseq *, "ss", ss, bg_as_ss(), ss_state_save(H, O, N, L));
}

/* The binary loaders: NULL, empty, overflowing, truncated, corrupted and the other kind. */
#define LOAD_CASES(fail_new, load, good, n, other, n_other)                                      \
    do {                                                                                         \
        uint8_t *copy_ = malloc(n);                                                              \
        size_t i_;                                                                               \
        int j_;                                                                                  \
        fail_new("null:bytes", load(NULL, n));                                                   \
        fail_new("n0:bytes", load(NULL, 0));                                                     \
        fail_new("n0:bytes", load(good, 0));                                                     \
        for (j_ = 0; j_ < N_OVER; j_++) {                                                        \
            fail_new("overflow:bytes", load(good, over(1, j_)));                                 \
        }                                                                                        \
        fail_new("bad:bytes", load(good, (n) - 1));                                              \
        fail_new("bad:bytes", load(other, n_other));                                             \
        if (copy_ != NULL) {                                                                     \
            for (i_ = 0; i_ < (n); i_ += 7) {                                                    \
                memcpy(copy_, good, n);                                                          \
                copy_[i_] ^= 0x10;                                                               \
                fail_new("bad:bytes", load(copy_, n));                                           \
            }                                                                                    \
        }                                                                                        \
        free(copy_);                                                                             \
    } while (0)

static void t_bitgen_state_load(void) {
    size_t n = 0, n_ss = 0;
    uint8_t *good = checkpoint(tw[S_PCG64], NULL, &n), *other = checkpoint(NULL, ss_tw, &n_ss);
    if (CHECK(good != NULL && other != NULL)) {
        LOAD_CASES(FAIL_NEW_BG, bitgen_state_load, good, n, other, n_ss);
    }
    free(good);
    free(other);
}

static void t_ss_state_load(void) {
    size_t n = 0, n_bg = 0;
    uint8_t *good = checkpoint(NULL, ss_tw, &n), *other = checkpoint(tw[S_PCG64], NULL, &n_bg);
    if (CHECK(good != NULL && other != NULL)) {
        LOAD_CASES(FAIL_NEW_SS, ss_state_load, good, n, other, n_bg);
    }
    free(good);
    free(other);
}

static void t_ss_state_json(void) {
    TEXT_MATRIX(const rng_seedseq *, "ss", ss, bg_as_ss(), "buf", 1, ss_state_json(H, O, N));
}

static void t_ss_from_state_json(void) {
    static const char *const bad[] = {
        "", "{", "{}", "[]", "null", "\xff",
        "{\"entropy\": 1, \"spawn_key\": [], \"pool_size\": 3, \"n_children_spawned\": 0}",
        "{\"entropy\": -1, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
    };
    char *good = ss_json(ss_tw);
    size_t i;
    FAIL_NEW_SS("null:json", ss_from_state_json(NULL));
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        FAIL_NEW_SS("bad:json", ss_from_state_json(bad[i]));
    }
    /* A generator's state is not a seed sequence's. */
    free(good);
    good = bg_json(tw[S_PCG64]);
    if (CHECK(good != NULL)) {
        FAIL_NEW_SS("bad:json", ss_from_state_json(good));
    }
    free(good);
}

/* ---- Rows: user generators and the library ------------------------------------------------- */

static uint32_t user_next32(void *state) {
    return (uint32_t)user_next(state);
}
static double user_next_double(void *state) {
    return (double)(user_next(state) >> 11) * (1.0 / 9007199254740992.0);
}
static uint64_t stateless_next(void *state) {
    (void)state;
    return 42;
}

static void t_bitgen_new_user(void) {
    uint64_t x = 1;
    FAIL_NEW_BG("null:next_u64", bitgen_new_user(&x, NULL, user_next32, user_next_double));
    FAIL_NEW_BG("null:next_u64", bitgen_new_user(NULL, NULL, NULL, NULL));
    QUIET_NEW_BG("nullok:state", bitgen_new_user(NULL, stateless_next, NULL, NULL));
    QUIET_NEW_BG("nullok:next_u32", bitgen_new_user(&x, user_next, NULL, user_next_double));
    QUIET_NEW_BG("nullok:next_double", bitgen_new_user(&x, user_next, user_next32, NULL));
    CHECK(x == 1); /* nothing was drawn */
}

static void t_rng_version(void) {
    QUIET_IS("nofail", strcmp(rng_version(), RNG_VERSION_STRING), == 0);
}
static void t_rng_last_error(void) {
    QUIET_IS("nofail", rng_last_error(), != NULL);
}
static void t_rng_status_str(void) {
    QUIET_IS("anyok:status", strcmp(rng_status_str(INT32_MIN), "unknown status"), == 0);
    QUIET_IS("anyok:status", strcmp(rng_status_str(-1), "unknown status"), == 0);
    QUIET_IS("anyok:status", strcmp(rng_status_str(INT32_MAX), "unknown status"), == 0);
    QUIET_IS("anyok:status", strcmp(rng_status_str(RNG_OK), "RNG_OK"), == 0);
}

/* multivariate_normal: mean and cov are input arrays of k and k*k values, k a scalar (0 is
 * refused), the two strings, tol (no invalid value), and out, a buffer of n rows of k. */
static const double MVN_MEAN[2] = {0.0, 1.0}, MVN_COV[4] = {2.0, 0.5, 0.5, 1.0};
static void t_rng_multivariate_normal(void) {
    static const double not_psd[4] = {1.0, 2.0, 2.0, 1.0}, nan_cov[4] = {NAN, 0.0, 0.0, 1.0};
    static const double inf_cov[4] = {2.0, INFINITY, INFINITY, 1.0};
    static const char *const methods[3] = {"svd", "eigh", "cholesky"};
    int k, m;
    /* 16 bytes a row: n rows of k = 2 doubles. */
    FILL_MATRIX("out", 16,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "warn", 1e-8, "svd", O, N));
    for (k = 0; k < N_SUBJ; k++) {
        rng_bitgen *G = bg[k];
        set_context("%s", SUBJ_NAME[k]);
        FAIL_ST("null:mean", NULLP,
                rng_multivariate_normal(G, NULL, MVN_COV, 2, "warn", 1e-8, "svd", OUT, 2));
        FAIL_ST("null:cov", NULLP,
                rng_multivariate_normal(G, MVN_MEAN, NULL, 2, "warn", 1e-8, "svd", OUT, 2));
        FAIL_ST("bad:k", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 0, "warn", 1e-8, "svd", OUT, 2));
        for (m = 0; m < 3; m++) {
            FAIL_ST("bad:k", INVAL,
                    rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 0, "warn", 1e-8, methods[m],
                                            OUT, 0));
            FAIL_ST("bad:cov", INVAL,
                    rng_multivariate_normal(G, MVN_MEAN, nan_cov, 2, "warn", 1e-8, methods[m],
                                            OUT, 2));
            FAIL_ST("bad:cov", INVAL,
                    rng_multivariate_normal(G, MVN_MEAN, inf_cov, 2, "ignore", 1e-8, methods[m],
                                            OUT, 2));
            /* "raise" on a covariance that is not positive-semidefinite; cholesky refuses it
             * whatever check_valid says. */
            FAIL_ST("bad:cov", INVAL,
                    rng_multivariate_normal(G, MVN_MEAN, not_psd, 2, "raise", 1e-8, methods[m],
                                            OUT, 2));
            FAIL_ST("null:check_valid", NULLP,
                    rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, NULL, 1e-8, methods[m], OUT,
                                            2));
        }
        FAIL_ST("bad:cov", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, not_psd, 2, "ignore", 1e-8, "cholesky", OUT,
                                        2));
        /* NumPy looks at check_valid after factorising, and not at all for cholesky. */
        FAIL_ST("bad:check_valid", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "Warn", 1e-8, "svd", OUT, 2));
        FAIL_ST("bad:check_valid", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "", 1e-8, "eigh", OUT, 0));
        FAIL_ST("null:method", NULLP,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "warn", 1e-8, NULL, OUT, 2));
        FAIL_ST("bad:method", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "warn", 1e-8, "SVD", OUT, 2));
        FAIL_ST("bad:method", INVAL,
                rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "warn", 1e-8, "qr", OUT, 0));
    }
    clear_context();
    /* tol has no invalid value; these leave the valid covariance valid. */
    ANYOK_ST("anyok:tol",
             rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "warn", INFINITY, "svd", OUT, 2));
    ANYOK_ST("anyok:tol",
             rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "raise", DBL_MAX, "eigh", OUT, 2));
    ANYOK_ST("anyok:tol",
             rng_multivariate_normal(G, MVN_MEAN, MVN_COV, 2, "raise", NAN, "cholesky", OUT, 2));
}

/* ---- Rows: choice, bytes and the shuffles (written by hand) ---------------------------------- */

static const double P5[5] = {0.1, 0.0, 0.3, 0.6, 0.0};
static const size_t SHAPE2[2] = {4, 8};             /* 32 items of 8 bytes fit OUT */
static const size_t HUGE2[2] = {SIZE_MAX / 2, 4};   /* the item count overflows */
static const size_t BIG2[2] = {PTRDIFF_MAX / 16 + 1, 2}; /* the byte count overflows at 8 */
static unsigned char xbuf[512];

static void t_rng_bytes(void) {
    int k, i;
    FAIL_ST("null:bg", NULLP, rng_bytes(NULL, OUT, 4));
    FAIL_ST("type:bg", INVAL, rng_bytes(ss_as_bg(), OUT, 4));
    for (k = 0; k < N_SUBJ; k++) {
        FAIL_ST("null:out", NULLP, rng_bytes(bg[k], NULL, 4));
        for (i = 0; i < N_OVER; i++) {
            FAIL_ST("bad:length", INVAL, rng_bytes(bg[k], OUT, over(1, i)));
        }
    }
}

static void t_rng_choice(void) {
    static const double nan_p[5] = {0.1, NAN, 0.3, 0.6, 0.0};
    static const double neg_p[5] = {0.2, -0.1, 0.3, 0.6, 0.0};
    static const double sum_p[5] = {0.1, 0.0, 0.3, 0.5, 0.0};
    static const double inf_p[5] = {INFINITY, 0.0, 0.3, 0.6, 0.0};
    int k;
    FILL_CASES("out", 8, 1, rng_choice(G, 5, P5, true, true, O, N));
    ANYOK_ST("nullok:p", rng_choice(G, 5, NULL, true, true, OUT, 4));
    ANYOK_ST("anyok:replace", rng_choice(G, 5, P5, false, true, OUT, 2));
    ANYOK_ST("anyok:replace", rng_choice(G, 5, NULL, false, true, OUT, 5));
    ANYOK_ST("anyok:shuffle", rng_choice(G, 50, NULL, false, false, OUT, 7));
    for (k = 0; k < N_SUBJ; k++) {
        /* NumPy: a must be positive unless no samples are taken; a >= size without replace. */
        FAIL_ST("bad:a", INVAL, rng_choice(bg[k], 0, NULL, true, true, OUT, 4));
        FAIL_ST("bad:a", INVAL, rng_choice(bg[k], -3, NULL, true, true, OUT, 4));
        FAIL_ST("bad:a", INVAL, rng_choice(bg[k], INT64_MIN, NULL, false, true, OUT, 4));
        FAIL_ST("bad:a", INVAL, rng_choice(bg[k], 3, NULL, false, true, OUT, 4));
        FAIL_ST("bad:a", INVAL, rng_choice(bg[k], -1, P5, true, true, OUT, 0));
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 5, nan_p, true, true, OUT, 4));
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 5, neg_p, true, true, OUT, 4));
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 5, sum_p, true, true, OUT, 4));
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 5, inf_p, true, true, OUT, 4));
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 0, P5, true, true, OUT, 0)); /* sums to 0 */
        FAIL_ST("bad:p", INVAL, rng_choice(bg[k], 5, P5, false, true, OUT, 4)); /* 3 non-zero */
    }
}

static void t_rng_shuffle(void) {
    int k;
    FILL_CASES("data", 8, 1, rng_shuffle(G, O, N, 8));
    for (k = 0; k < N_SUBJ; k++) {
        FAIL_ST("bad:itemsize", INVAL, rng_shuffle(bg[k], OUT, 4, 0));
        FAIL_ST("bad:itemsize", INVAL, rng_shuffle(bg[k], OUT, 4, SIZE_MAX / 2));
        FAIL_ST("bad:itemsize", INVAL, rng_shuffle(bg[k], OUT, 2, (size_t)PTRDIFF_MAX / 2 + 1));
    }
}

/* The bad arguments of the n-d forms; CALL(data, ndim, shape, itemsize, axis) on bg[k]. */
#define ND_CASES(call)                                                                           \
    do {                                                                                         \
        int k;                                                                                   \
        rng_bitgen *G = NULL;                                                                    \
        FAIL_ST("null:bg", NULLP, call(OUT, 2, SHAPE2, 8, 1));                                  \
        G = ss_as_bg();                                                                          \
        FAIL_ST("type:bg", INVAL, call(OUT, 2, SHAPE2, 8, 1));                                  \
        for (k = 0; k < N_SUBJ; k++) {                                                           \
            G = bg[k];                                                                           \
            FAIL_ST("null:shape", NULLP, call(OUT, 2, NULL, 8, 1));                              \
            FAIL_ST("bad:ndim", INVAL, call(OUT, 0, SHAPE2, 8, 0));                              \
            FAIL_ST("bad:ndim", INVAL, call(OUT, 1, SHAPE2, 8, 1));                              \
            FAIL_ST("bad:shape", INVAL, call(OUT, 2, HUGE2, 8, 0));                              \
            FAIL_ST("bad:shape", INVAL, call(OUT, 2, BIG2, 8, 0));                               \
            FAIL_ST("bad:itemsize", INVAL, call(OUT, 2, SHAPE2, 0, 0));                          \
            FAIL_ST("bad:itemsize", INVAL, call(OUT, 2, SHAPE2, SIZE_MAX / 4, 0));               \
            FAIL_ST("bad:axis", INVAL, call(OUT, 2, SHAPE2, 8, 2));                              \
            FAIL_ST("bad:axis", INVAL, call(OUT, 2, SHAPE2, 8, SIZE_MAX - 1));                   \
        }                                                                                        \
    } while (0)

#define SHUFFLE_AXIS(d, nd, s, is, ax) rng_shuffle_axis(G, d, nd, s, is, ax)
static void t_rng_shuffle_axis(void) {
    int k;
    ND_CASES(SHUFFLE_AXIS);
    for (k = 0; k < N_SUBJ; k++) {
        FAIL_ST("null:data", NULLP, rng_shuffle_axis(bg[k], NULL, 2, SHAPE2, 8, 1));
        FAIL_ST("bad:axis", INVAL, rng_shuffle_axis(bg[k], OUT, 2, SHAPE2, 8, RNG_AXIS_NONE));
    }
}

#define PERMUTATION_AXIS(d, nd, s, is, ax) rng_permutation_axis(G, xbuf, d, nd, s, is, ax)
static void t_rng_permutation_axis(void) {
    int k;
    ND_CASES(PERMUTATION_AXIS);
    for (k = 0; k < N_SUBJ; k++) {
        FAIL_ST("null:x", NULLP, rng_permutation_axis(bg[k], NULL, OUT, 2, SHAPE2, 8, 0));
        FAIL_ST("null:out", NULLP, rng_permutation_axis(bg[k], xbuf, NULL, 2, SHAPE2, 8, 0));
    }
}

#define PERMUTED(d, nd, s, is, ax) rng_permuted(G, d, nd, s, is, ax)
static void t_rng_permuted(void) {
    int k;
    ND_CASES(PERMUTED);
    for (k = 0; k < N_SUBJ; k++) {
        FAIL_ST("null:data", NULLP, rng_permuted(bg[k], NULL, 2, SHAPE2, 8, RNG_AXIS_NONE));
        FAIL_ST("null:data", NULLP, rng_permuted(bg[k], NULL, 2, SHAPE2, 8, 0));
        FAIL_ST("bad:shape", INVAL, rng_permuted(bg[k], OUT, 2, HUGE2, 8, RNG_AXIS_NONE));
        FAIL_ST("bad:itemsize", INVAL, rng_permuted(bg[k], OUT, 0, SHAPE2, 0, RNG_AXIS_NONE));
    }
}

/* ---- Rows: the vector-valued methods (n rows of k values) ---------------------------------- */

static const double P3[3] = {0.2, 0.3, 0.5};
static const int64_t NT2[2] = {5, 7};
static const double P2x3[6] = {0.2, 0.3, 0.5, 0.5, 0.5, 0.0};
static const int64_t COLORS3[3] = {3, 2, 5};

static void t_rng_multinomial(void) {
    /* NumPy's rejections, in its order: pvals empty (k = 0), a pval outside [0, 1] or NaN, the
     * sum of all but the last above 1 + 1e-12, n < 0. */
    static const double bad_p[][3] = {{-0.1, 0.5, 0.6}, {0.5, NAN, 0.5}, {0.5, 0.2, 1.5},
                                      {-0.0, 0.5, INFINITY}, {0.6, 0.6, 0.0},
                                      {0.5, 0.5 + 2e-12, 0.0}};
    size_t i;
    FILL_MATRIX("out", sizeof(int64_t), rng_multinomial(G, 20, P3, 3, (int64_t *)O, N));
    EACH_SUBJ(FAIL_ST("bad:ntrials", INVAL, rng_multinomial(G, -1, P3, 3, (int64_t *)OUT, 2)));
    EACH_SUBJ(FAIL_ST("bad:ntrials", INVAL, rng_multinomial(G, INT64_MIN, P3, 3, (int64_t *)OUT,
                                                            0)));
    EACH_SUBJ(FAIL_ST("bad:k", INVAL, rng_multinomial(G, 5, P3, 0, (int64_t *)OUT, 2)));
    EACH_SUBJ(FAIL_ST("bad:k", INVAL, rng_multinomial(G, 5, NULL, 0, (int64_t *)OUT, 0)));
    for (i = 0; i < sizeof bad_p / sizeof bad_p[0]; i++) {
        EACH_SUBJ(FAIL_ST("bad:pvals", INVAL, rng_multinomial(G, 5, bad_p[i], 3, (int64_t *)OUT,
                                                              2)));
    }
    EACH_SUBJ(FAIL_ST("null:pvals", NULLP, rng_multinomial(G, 5, NULL, 3, (int64_t *)OUT, 2)));
    /* Rows of no values draw nothing even for n > 0 and pvals with sum 1 (size=0). */
    EACH_SUBJ(QUIET_ST("n0:out", rng_multinomial(G, 5, P3, 3, NULL, 0)));
}

static void t_rng_multinomial_v(void) {
    static const int64_t neg[2] = {5, -1};
    static const double bad_p[6] = {0.2, 0.3, 0.5, 0.6, 0.6, 0.0};
    static const double nan_p[6] = {0.2, 0.3, 0.5, 0.6, NAN, 0.0};
    /* Four rows (FILL_MATRIX's count) of ntrials and pvals. */
    static const int64_t nt4[4] = {5, 7, 0, 1000};
    static const double p4x3[12] = {0.2, 0.3, 0.5, 0.5, 0.5, 0.0, 0.2, 0.3, 0.5, 0, 1, 0};
    FILL_MATRIX("out", sizeof(int64_t), rng_multinomial_v(G, nt4, p4x3, 3, (int64_t *)O, N));
    EACH_SUBJ(FAIL_ST("bad:ntrials", INVAL, rng_multinomial_v(G, neg, P2x3, 3, (int64_t *)OUT,
                                                              2)));
    EACH_SUBJ(FAIL_ST("bad:pvals", INVAL, rng_multinomial_v(G, NT2, bad_p, 3, (int64_t *)OUT,
                                                            2)));
    EACH_SUBJ(FAIL_ST("bad:pvals", INVAL, rng_multinomial_v(G, NT2, nan_p, 3, (int64_t *)OUT,
                                                            2)));
    /* pvals are checked before n, as NumPy's. */
    EACH_SUBJ(FAIL_ST("bad:pvals", INVAL, rng_multinomial_v(G, neg, nan_p, 3, (int64_t *)OUT,
                                                            2)));
    EACH_SUBJ(FAIL_ST("bad:k", INVAL, rng_multinomial_v(G, NT2, P2x3, 0, (int64_t *)OUT, 2)));
    EACH_SUBJ(FAIL_ST("null:ntrials", NULLP, rng_multinomial_v(G, NULL, P2x3, 3, (int64_t *)OUT,
                                                               2)));
    EACH_SUBJ(FAIL_ST("null:pvals", NULLP, rng_multinomial_v(G, NT2, NULL, 3, (int64_t *)OUT,
                                                             2)));
}

static void t_rng_dirichlet(void) {
    static const double alpha[3] = {0.5, 1.0, 2.0};
    static const double bad_a[][3] = {{0.5, -1.0, 2.0}, {-INFINITY, 1.0, 1.0},
                                      {0.05, 0.01, -1e-300}};
    static const double odd[][3] = {{0.0, 0.0, 0.0}, {-0.0, 0.0, 1.0}, {NAN, 1.0, 2.0},
                                    {0.05, 0.0, 0.01}, {INFINITY, 1.0, 0.0}};
    size_t i;
    FILL_MATRIX("out", sizeof(double), rng_dirichlet(G, alpha, 3, (double *)O, N));
    for (i = 0; i < sizeof bad_a / sizeof bad_a[0]; i++) {
        EACH_SUBJ(FAIL_ST("bad:alpha", INVAL, rng_dirichlet(G, bad_a[i], 3, (double *)OUT, 2)));
    }
    EACH_SUBJ(FAIL_ST("null:alpha", NULLP, rng_dirichlet(G, NULL, 3, (double *)OUT, 2)));
    /* k = 0 (an empty alpha) writes nothing; zeros, -0.0, NaN and inf are accepted. */
    ANYOK_ST("anyok:k", rng_dirichlet(G, NULL, 0, (double *)OUT, 4));
    for (i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        ANYOK_ST("anyok:k", rng_dirichlet(G, odd[i], 3, (double *)OUT, 2));
    }
}

static void t_rng_multivariate_hypergeometric(void) {
    static const int64_t neg[3] = {3, -2, 5};
    static const int64_t huge[2] = {INT64_MAX, 1};
    static const int64_t giga[2] = {999999999, 1};
    static const int64_t count_max[2] = {INT64_MAX / 8, 1};
    static const char *const methods[] = {"marginals", "count"};
    static const char *const bad_methods[] = {"", "Count", "marginals ", "counts", "\xff"};
    size_t i;
    FILL_MATRIX("out", sizeof(int64_t),
                rng_multivariate_hypergeometric(G, COLORS3, 3, 4, "count", (int64_t *)O, N));
    for (i = 0; i < 2; i++) {
        const char *m = methods[i];
        EACH_SUBJ(FAIL_ST("null:colors", NULLP, rng_multivariate_hypergeometric(
                                                    G, NULL, 3, 4, m, (int64_t *)OUT, 2)));
        EACH_SUBJ(FAIL_ST("bad:nsample", INVAL, rng_multivariate_hypergeometric(
                                                    G, COLORS3, 3, -1, m, (int64_t *)OUT, 2)));
        EACH_SUBJ(FAIL_ST("bad:nsample", INVAL, rng_multivariate_hypergeometric(
                                                    G, COLORS3, 3, 11, m, (int64_t *)OUT, 2)));
        EACH_SUBJ(FAIL_ST("bad:nsample", INVAL, rng_multivariate_hypergeometric(
                                                    G, NULL, 0, 1, m, (int64_t *)OUT, 2)));
        EACH_SUBJ(FAIL_ST("bad:colors", INVAL, rng_multivariate_hypergeometric(
                                                   G, neg, 3, 1, m, (int64_t *)OUT, 2)));
        EACH_SUBJ(FAIL_ST("bad:colors", INVAL, rng_multivariate_hypergeometric(
                                                   G, huge, 2, 1, m, (int64_t *)OUT, 2)));
        /* k = 0 with nsample 0: NumPy's empty rows, nothing drawn. */
        ANYOK_ST("anyok:k", rng_multivariate_hypergeometric(G, NULL, 0, 0, m, (int64_t *)OUT, 4));
    }
    /* Each method's limit on sum(colors) (the 10^9 marginals one; 2^60 - 1 for count). */
    EACH_SUBJ(FAIL_ST("bad:colors", INVAL, rng_multivariate_hypergeometric(
                                               G, giga, 2, 1, "marginals", (int64_t *)OUT, 2)));
    EACH_SUBJ(FAIL_ST("bad:colors", INVAL, rng_multivariate_hypergeometric(
                                               G, count_max, 2, 1, "count", (int64_t *)OUT, 2)));
    for (i = 0; i < sizeof bad_methods / sizeof bad_methods[0]; i++) {
        EACH_SUBJ(FAIL_ST("bad:method", INVAL,
                          rng_multivariate_hypergeometric(G, COLORS3, 3, 4, bad_methods[i],
                                                          (int64_t *)OUT, 2)));
    }
    /* The method is NumPy's first check. */
    EACH_SUBJ(FAIL_ST("bad:method", INVAL, rng_multivariate_hypergeometric(
                                               G, neg, 3, -1, "x", (int64_t *)OUT, 2)));
    EACH_SUBJ(FAIL_ST("null:method", NULLP, rng_multivariate_hypergeometric(
                                                G, COLORS3, 3, 4, NULL, (int64_t *)OUT, 2)));
}

/* ---- The table ------------------------------------------------------------------------------ */

typedef struct row {
    const char *fn;
    const char *tags; /* space-separated, as tests/badinput_coverage.rs reads them */
    void (*run)(void);
} row;

#define ROW(fn, tags) {#fn, tags, t_##fn}
#define FILL_TAGS "null:bg type:bg null:out n0:out overflow:out"
#define ND_TAGS "null:bg type:bg null:shape bad:ndim bad:shape bad:itemsize bad:axis"

static const row ROWS[] = {
    ROW(pcg64_new, "null:ss type:ss"),
    ROW(pcg64dxsm_new, "null:ss type:ss"),
    ROW(mt19937_new, "null:ss type:ss"),
    ROW(philox_new, "null:ss type:ss"),
    ROW(sfc64_new, "null:ss type:ss"),
    ROW(bitgen_new, "null:name bad:name null:ss type:ss"),
    ROW(philox_new_key, "null:key nullok:counter"),
    ROW(mt19937_new_legacy, "anyok:seed"),
    ROW(mt19937_new_legacy_array, "null:seeds n0:seeds overflow:seeds"),
    ROW(bitgen_next_u64, "null:bg type:bg"),
    ROW(bitgen_next_u32, "null:bg type:bg"),
    ROW(bitgen_next_double, "null:bg type:bg"),
    ROW(bitgen_next_raw, "null:bg type:bg"),
    ROW(bitgen_random_raw, FILL_TAGS),
    ROW(bitgen_fill_u64, FILL_TAGS),
    ROW(bitgen_fill_u32, FILL_TAGS),
    ROW(bitgen_fill_double, FILL_TAGS),
    ROW(bitgen_spawn,
        "null:bg type:bg null:children n0:children overflow:children state:user state:noseq"),
    ROW(pcg64_jumped, "null:bg type:bg wrongalg:bg anyok:jumps"),
    ROW(pcg64dxsm_jumped, "null:bg type:bg wrongalg:bg anyok:jumps"),
    ROW(philox_jumped, "null:bg type:bg wrongalg:bg anyok:jumps"),
    ROW(mt19937_jumped, "null:bg type:bg wrongalg:bg bad:jumps"),
    ROW(pcg64_advance, "null:bg type:bg wrongalg:bg null:delta"),
    ROW(pcg64dxsm_advance, "null:bg type:bg wrongalg:bg null:delta"),
    ROW(philox_advance, "null:bg type:bg wrongalg:bg null:delta"),
    ROW(bitgen_name, "null:bg type:bg"),
    ROW(bitgen_seedseq, "null:bg type:bg state:user state:noseq"),
    ROW(bitgen_clone, "null:bg type:bg state:user"),
    ROW(bitgen_free, "nullok:bg type:bg"),
#include "badinput_rows.h" /* the distribution methods, generated */
    ROW(rng_multinomial, FILL_TAGS " bad:ntrials null:pvals bad:pvals bad:k"),
    ROW(rng_multinomial_v, FILL_TAGS " null:ntrials bad:ntrials null:pvals bad:pvals bad:k"),
    ROW(rng_dirichlet, FILL_TAGS " null:alpha bad:alpha anyok:k"),
    ROW(rng_multivariate_hypergeometric,
        FILL_TAGS " null:colors bad:colors anyok:k bad:nsample null:method bad:method"),
    ROW(bitgen_fill_u64_parallel, FILL_TAGS " wrongalg:bg bad:threads"),
    ROW(rng_multivariate_normal, FILL_TAGS " null:mean null:cov bad:cov bad:k null:check_valid "
                                           "bad:check_valid anyok:tol null:method bad:method"),
    ROW(rng_bytes, "null:bg type:bg null:out bad:length"),
    ROW(rng_choice, "null:bg type:bg bad:a nullok:p bad:p anyok:replace anyok:shuffle null:out "
                    "n0:out overflow:out"),
    ROW(rng_shuffle, "null:bg type:bg null:data n0:data overflow:data bad:itemsize"),
    ROW(rng_shuffle_axis, ND_TAGS " null:data"),
    ROW(rng_permutation_axis, ND_TAGS " null:x null:out"),
    ROW(rng_permuted, ND_TAGS " null:data"),
    ROW(ss_new, "null:entropy n0:entropy overflow:entropy"),
    ROW(ss_new_u32, "null:words n0:words overflow:words"),
    ROW(ss_new_str, "null:entropy bad:entropy"),
    ROW(ss_new_os, "nofail"),
    ROW(ss_new_ex, "nullok:entropy bad:entropy null:spawn_key n0:spawn_key overflow:spawn_key "
                   "bad:pool_size anyok:n_children_spawned"),
    ROW(ss_spawn, "null:ss type:ss null:children n0:children overflow:children state:counter"),
    ROW(ss_generate_state_u32, "null:ss type:ss null:out n0:out overflow:out"),
    ROW(ss_generate_state_u64, "null:ss type:ss null:out n0:out overflow:out"),
    ROW(ss_n_children_spawned, "null:ss type:ss"),
    ROW(ss_pool_size, "null:ss type:ss"),
    ROW(ss_spawn_key, "null:ss type:ss null:out n0:out overflow:out"),
    ROW(ss_entropy_str, "null:ss type:ss null:buf n0:buf overflow:buf"),
    ROW(ss_free, "nullok:ss type:ss"),
    ROW(bitgen_state_json, "null:bg type:bg null:buf n0:buf overflow:buf state:user"),
    ROW(bitgen_from_state_json, "null:json bad:json"),
    ROW(bitgen_set_state_json, "null:bg type:bg null:json bad:json state:user"),
    ROW(bitgen_state_save,
        "null:bg type:bg null:buf n0:buf overflow:buf small:buf null:out_len state:user"),
    ROW(bitgen_state_load, "null:bytes n0:bytes overflow:bytes bad:bytes"),
    ROW(ss_state_json, "null:ss type:ss null:buf n0:buf overflow:buf"),
    ROW(ss_from_state_json, "null:json bad:json"),
    ROW(ss_state_save, "null:ss type:ss null:buf n0:buf overflow:buf small:buf null:out_len"),
    ROW(ss_state_load, "null:bytes n0:bytes overflow:bytes bad:bytes"),
    ROW(bitgen_new_user, "nullok:state null:next_u64 nullok:next_u32 nullok:next_double"),
    ROW(rng_version, "nofail"),
    ROW(rng_last_error, "nofail"),
    ROW(rng_status_str, "anyok:status"),
};

/* Each word of `a` is in `b`; reports the others. */
static void words_within(const char *a, const char *b, const char *what) {
    const char *p = a;
    char msg[256];
    while (*p != '\0') {
        size_t n = strcspn(p, " ");
        char word[96];
        snprintf(word, sizeof word, "%.*s", (int)n, p);
        if (n > 0 && !has_word(b, word, strlen(word))) {
            snprintf(msg, sizeof msg, "%s: %s %s", cur_fn, word, what);
            check_at(__LINE__, 0, msg);
        }
        p += n;
        p += strspn(p, " ");
    }
}

int main(void) {
    size_t i;
    make_subjects();
    for (i = 0; i < N_SUBJ; i++) {
        if (!CHECK(bg[i] != NULL && tw[i] != NULL)) {
            free_subjects();
            return check_finish();
        }
    }
    if (!CHECK(ss != NULL && ss_tw != NULL)) {
        free_subjects();
        return check_finish();
    }
    for (i = 0; i < sizeof ROWS / sizeof ROWS[0]; i++) {
        cur_fn = ROWS[i].fn;
        done_tags[0] = '\0';
        ROWS[i].run();
        clear_context();
        words_within(ROWS[i].tags, done_tags, "is listed but was not exercised");
        words_within(done_tags, ROWS[i].tags, "was exercised but is not listed");
    }
    printf("%zu functions\n", sizeof ROWS / sizeof ROWS[0]);
    free_subjects();
    return check_finish();
}
