/*
 * The contract of the `rng_*` distribution functions and of bitgen_new_user, as documented in
 * include/randstreams.h, with NumPy 2.4.6's parameter checks:
 *
 *  - every fill and single-value form: NULL handle, NULL buffer, n == 0, overflowing counts;
 *  - every kind of parameter NumPy rejects: RNG_ERR_INVALID_ARGUMENT, a new rng_last_error()
 *    naming the parameter, nothing written (buffers hold a sentinel first) and nothing drawn
 *    (the generator still draws as a twin cloned before the call);
 *  - edge parameters NumPy accepts: their values, and whether they draw (as NumPy does);
 *  - a user generator wrapping a PCG64 handle draws every distribution as that PCG64 does, and
 *    refuses what a user generator cannot do.
 *
 * Prints every failed check and, as its last line, `N passed, M failed`; exits non-zero on any
 * failure. Every handle is freed, so that the test can run under valgrind or ASan.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "algorithms.h"
#include "dist_methods.h"
#include "randstreams.h"

#define CHECK_FILE "test_distributions.c"
#define CHECK_STATUS_WITH_ERROR 1
#include "check.h"

/* ---- Checks --------------------------------------------------------------------------------- */

/* Whether `word` occurs in `text` with no letter, digit or underscore on either side. */
static int mentions_word(const char *text, const char *word) {
    size_t len = strlen(word);
    const char *p;
    for (p = strstr(text, word); p != NULL; p = strstr(p + 1, word)) {
        int before = p > text && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                  (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                  (p[-1] >= '0' && p[-1] <= '9'));
        char c = p[len];
        int after = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9');
        if (!before && !after) {
            return 1;
        }
    }
    return 0;
}

static void expect_mention_at(int line, const char *expr, const char *word) {
    char what[640];
    snprintf(what, sizeof what, "the error of %s names `%s` (is \"%s\")", expr, word,
             rng_last_error());
    check_at(line, mentions_word(rng_last_error(), word), what);
}

/* A double from its IEEE-754 bits. */
static double from_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

/* `name(p0, p1, ...)` for messages. */
static void describe(const dist_method *m, const dist_params *p, char *buf, size_t cap) {
    size_t k, nf = 0, ns = 0, nu = 0, len;
    snprintf(buf, cap, "%s(", m->name);
    for (k = 0; m->params[k] != '\0'; k++) {
        len = strlen(buf);
        if (k > 0 && len + 2 < cap) {
            strcat(buf, ", ");
            len += 2;
        }
        switch (m->params[k]) {
        case 'f': snprintf(buf + len, cap - len, "%.17g", p->f[nf++]); break;
        case 's': snprintf(buf + len, cap - len, "%" PRId64, p->s[ns++]); break;
        case 'u': snprintf(buf + len, cap - len, "%" PRIu64, p->u[nu++]); break;
        default: snprintf(buf + len, cap - len, "endpoint=%d", p->endpoint ? 1 : 0); break;
        }
    }
    len = strlen(buf);
    snprintf(buf + len, cap - len, ")");
}

/* Parameters every method accepts: its first sample in src/methods.toml. */
static dist_params valid_params(const dist_method *m) {
    size_t i, n;
    const dist_case *samples = dist_samples(&n);
    for (i = 0; i < n; i++) {
        if ((int)samples[i].id == m->id) {
            return samples[i].p;
        }
    }
    CHECK(!"every method has a sample");
    return samples[0].p;
}

/* A new generator of `alg` with a pending 32-bit half word where the algorithm keeps one. */
static rng_bitgen *new_generator(const algorithm *alg) {
    rng_seedseq *ss = ss_new_str("20240601");
    rng_bitgen *bg = alg->new_from_ss(ss);
    ss_free(ss);
    if (bg != NULL) {
        (void)bitgen_next_u32(bg);
    }
    return bg;
}

/* Names the case in the context of failures, and makes a generator of `alg` and its twin;
 * 0 (nothing to free) when either could not be made. */
static int case_twins(const algorithm *alg, const dist_method *m, const dist_params *p,
                      rng_bitgen **bg, rng_bitgen **twin) {
    char desc[160];
    describe(m, p, desc, sizeof desc);
    set_context("%s %s", alg->name, desc);
    *bg = new_generator(alg);
    *twin = bitgen_clone(*bg);
    if (!CHECK(*bg != NULL && *twin != NULL)) {
        bitgen_free(*bg);
        bitgen_free(*twin);
        return 0;
    }
    return 1;
}

/* ---- Handles, buffers and counts ------------------------------------------------------------ */

/* The failures every fill and single-value form of `m` shares, on a generator of `alg`. */
static void test_contract(const algorithm *alg, const dist_method *m) {
    dist_params p = valid_params(m);
    unsigned char buf[8 * 8], one[8];
    rng_bitgen *bg = new_generator(alg), *twin;
    char desc[128];

    describe(m, &p, desc, sizeof desc);
    set_context("%s %s", alg->name, desc);
    if (!CHECK(bg != NULL)) {
        return;
    }
    twin = bitgen_clone(bg);

    /* A NULL handle. */
    poison(buf, sizeof buf);
    EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_<method>(NULL, ...)", dist_fill(m, NULL, &p, buf, 4));
    CHECK(untouched(buf, sizeof buf));
    if (m->next == NEXT_STATUS) {
        poison(one, sizeof one);
        EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_next_<method>(NULL, ...)",
                       dist_next(m, NULL, &p, one));
        CHECK(untouched(one, sizeof one));
        /* NULL handle and NULL out: still the NULL-pointer status. */
        EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_next_<method>(NULL, ..., NULL)",
                       dist_next(m, NULL, &p, NULL));
    } else if (m->next == NEXT_VALUE) {
        /* The value forms return 0 with the error set. */
        poison(one, sizeof one);
        prime_error();
        CHECK(dist_next(m, NULL, &p, one) == RNG_OK && dist_value_bits(m, one, 0) == 0);
        expect_fresh_error(__LINE__, "rng_next_<method>(NULL)");
    }

    /* A NULL buffer with n > 0: nothing drawn. */
    EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_<method>(bg, ..., NULL, 4)",
                   dist_fill(m, bg, &p, NULL, 4));
    EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_<method>(bg, ..., NULL, 1)",
                   dist_fill(m, bg, &p, NULL, 1));
    if (m->next == NEXT_STATUS) {
        EXPECT_FAIL_AS(RNG_ERR_NULL_POINTER, "rng_next_<method>(bg, ..., NULL)",
                       dist_next(m, bg, &p, NULL));
    }

    /* n == 0, with or without a buffer: success, nothing written or drawn. */
    expect_status_at(__LINE__, "rng_<method>(bg, ..., NULL, 0)", dist_fill(m, bg, &p, NULL, 0),
                     RNG_OK);
    poison(buf, sizeof buf);
    expect_status_at(__LINE__, "rng_<method>(bg, ..., buf, 0)", dist_fill(m, bg, &p, buf, 0),
                     RNG_OK);
    CHECK(untouched(buf, sizeof buf));

    /* Counts whose byte count overflows (the SIZE_MAX / elem + 1 ones wrap to a few bytes). */
    poison(buf, sizeof buf);
    EXPECT_FAIL_AS(RNG_ERR_INVALID_ARGUMENT, "rng_<method>(bg, ..., buf, SIZE_MAX)",
                   dist_fill(m, bg, &p, buf, SIZE_MAX));
    if (m->elem > 1) {
        EXPECT_FAIL_AS(RNG_ERR_INVALID_ARGUMENT, "rng_<method>(bg, ..., buf, SIZE_MAX / elem + 1)",
                       dist_fill(m, bg, &p, buf, SIZE_MAX / m->elem + 1));
    }
    CHECK(untouched(buf, sizeof buf));

    check_at(__LINE__, same_stream(bg, twin), "the failed and empty calls drew nothing");
    bitgen_free(twin);

    /* And the valid parameters do work: a fill of 4 is written and draws as a fill on a twin. */
    twin = bitgen_clone(bg);
    poison(buf, sizeof buf);
    dist_shuffle_input(m, buf, 4);
    expect_status_at(__LINE__, "rng_<method>(bg, ..., buf, 4)", dist_fill(m, bg, &p, buf, 4),
                     RNG_OK);
    CHECK(!untouched(buf, 4 * m->elem) && untouched(buf + 4 * m->elem, sizeof buf - 4 * m->elem));
    {
        unsigned char buf2[8 * 8];
        dist_shuffle_input(m, buf2, 4);
        CHECK(dist_fill(m, twin, &p, buf2, 4) == RNG_OK && memcmp(buf, buf2, 4 * m->elem) == 0);
        CHECK(same_stream(bg, twin));
    }
    bitgen_free(twin);
    bitgen_free(bg);
    clear_context();
}

/* ---- Samples: a fill equals single values -------------------------------------------------- */

/* Every sample of src/methods.toml: a fill of 5 equals 5 single values (a packed method's fill
 * of 1 equals one single value), and both leave the generators in step. */
static void test_samples(const algorithm *alg) {
    size_t i, k, n_samples;
    const dist_case *samples = dist_samples(&n_samples);
    for (i = 0; i < n_samples; i++) {
        const dist_case *c = &samples[i];
        const dist_method *m = &DIST_METHODS[c->id];
        const size_t n = m->packed ? 1 : 5;
        unsigned char buf[5 * 8], one[8];
        rng_bitgen *bg, *twin;
        int same = 1;

        if (m->next == NEXT_NONE || !case_twins(alg, m, &c->p, &bg, &twin)) {
            continue;
        }
        expect_status_at(__LINE__, "rng_<method>(bg, ..., buf, n)", dist_fill(m, bg, &c->p, buf, n),
                         RNG_OK);
        for (k = 0; k < n; k++) {
            same &= dist_next(m, twin, &c->p, one) == RNG_OK &&
                    dist_value_bits(m, buf, k) == dist_value_bits(m, one, 0);
        }
        check_at(__LINE__, same, "the fill equals single values");
        check_at(__LINE__, same_stream(bg, twin), "and draws as they do");
        bitgen_free(twin);
        bitgen_free(bg);
    }
    clear_context();
}

/* ---- Array parameters (rng_<method>_v) ------------------------------------------------------ */

#define V_N 23

/* The samples of m whose endpoint is `endpoint` (every sample of a method without one). */
static size_t samples_of(const dist_method *m, bool endpoint, const dist_case **mine, size_t cap) {
    size_t i, n, k = 0;
    const dist_case *samples = dist_samples(&n);
    for (i = 0; i < n && k < cap; i++) {
        if ((int)samples[i].id == m->id && samples[i].p.endpoint == endpoint) {
            mine[k++] = &samples[i];
        }
    }
    return k;
}

/* Constant arrays equal the scalar fill (NumPy's scalar and broadcast paths agree, buffers
 * included); arrays cycling through the samples equal single values with each element's
 * parameters, except where elements share a word buffer (the Python tests and the golden
 * vectors check those against NumPy). */
static void test_v_samples(const algorithm *alg, const dist_method *m) {
    static dist_params p[V_N];
    unsigned char buf[V_N * 8], ref[V_N * 8], one[8];
    const dist_case *mine[64];
    size_t i, k, ns, e;
    rng_bitgen *bg, *twin;
    int same;

    for (e = 0; e < 2; e++) {
        ns = samples_of(m, e == 1, mine, 64);
        for (i = 0; i < ns; i++) {
            if (!case_twins(alg, m, &mine[i]->p, &bg, &twin)) {
                continue;
            }
            for (k = 0; k < V_N; k++) {
                p[k] = mine[i]->p;
            }
            expect_status_at(__LINE__, "rng_<method>_v(bg, constant arrays..., buf, n)",
                             dist_fill_v(m, bg, p, buf, V_N), RNG_OK);
            expect_status_at(__LINE__, "rng_<method>(bg, ..., ref, n)",
                             dist_fill(m, twin, &mine[i]->p, ref, V_N), RNG_OK);
            check_at(__LINE__, memcmp(buf, ref, V_N * m->elem) == 0,
                     "constant arrays give the scalar fill");
            check_at(__LINE__, same_stream(bg, twin), "and draw as it does");
            bitgen_free(twin);
            bitgen_free(bg);
        }
        if (ns == 0 || m->packed || !case_twins(alg, m, &mine[0]->p, &bg, &twin)) {
            continue;
        }
        set_context("%s %s_v, cycling through %zu samples", alg->name, m->name, ns);
        for (k = 0; k < V_N; k++) {
            p[k] = mine[(k * 7) % ns]->p;
        }
        expect_status_at(__LINE__, "rng_<method>_v(bg, varying arrays..., buf, n)",
                         dist_fill_v(m, bg, p, buf, V_N), RNG_OK);
        same = 1;
        for (k = 0; k < V_N; k++) {
            same &= dist_next(m, twin, &p[k], one) == RNG_OK &&
                    dist_value_bits(m, buf, k) == dist_value_bits(m, one, 0);
        }
        check_at(__LINE__, same, "each element is the single value of its parameters");
        check_at(__LINE__, same_stream(bg, twin), "and draws as they do");
        bitgen_free(twin);
        bitgen_free(bg);
    }
    clear_context();
}

/* A rejected set in the middle of valid ones: refused as a whole, the message naming the
 * parameter and the element, nothing written or drawn. */
static void test_v_rejected(const algorithm *alg) {
    static dist_params p[5];
    unsigned char buf[5 * 8];
    const dist_case *fill[1];
    size_t i, k, n;
    const dist_case *cases = dist_rejected(&n);
    rng_bitgen *bg, *twin;

    for (i = 0; i < n; i++) {
        const dist_case *c = &cases[i];
        const dist_method *m = &DIST_METHODS[c->id];
        if (samples_of(m, c->p.endpoint, fill, 1) == 0 || !case_twins(alg, m, &c->p, &bg, &twin)) {
            continue;
        }
        for (k = 0; k < 5; k++) {
            p[k] = k == 2 ? c->p : fill[0]->p;
        }
        poison(buf, sizeof buf);
        EXPECT_FAIL_AS(RNG_ERR_INVALID_ARGUMENT, "rng_<method>_v(bg, ..., buf, 5)",
                       dist_fill_v(m, bg, p, buf, 5));
        expect_mention_at(__LINE__, "rng_<method>_v", c->names);
        check_at(__LINE__, strstr(rng_last_error(), "[2]") != NULL,
                 "the message names the element, [2]");
        check_at(__LINE__, untouched(buf, sizeof buf), "nothing written");
        check_at(__LINE__, same_stream(bg, twin), "nothing drawn");
        bitgen_free(twin);
        bitgen_free(bg);
    }
    clear_context();
}

/* ---- Rejected parameters -------------------------------------------------------------------- */

static int is_integers(const dist_method *m) {
    return strncmp(m->name, "integers_", 9) == 0;
}

/* One rejected parameter set on a generator of `alg`: the fill, the single-value form and the
 * empty fill. */
static void test_rejected_one(const algorithm *alg, const dist_case *c) {
    const dist_method *m = &DIST_METHODS[c->id];
    unsigned char buf[4 * 8], one[8];
    rng_bitgen *bg, *twin;

    if (!case_twins(alg, m, &c->p, &bg, &twin)) {
        return;
    }

    poison(buf, sizeof buf);
    EXPECT_FAIL_AS(RNG_ERR_INVALID_ARGUMENT, "rng_<method>(bg, ..., buf, 4)",
                   dist_fill(m, bg, &c->p, buf, 4));
    expect_mention_at(__LINE__, "rng_<method>", c->names);
    check_at(__LINE__, untouched(buf, sizeof buf), "nothing written");

    poison(one, sizeof one);
    EXPECT_FAIL_AS(RNG_ERR_INVALID_ARGUMENT, "rng_next_<method>(bg, ..., &out)",
                   dist_next(m, bg, &c->p, one));
    expect_mention_at(__LINE__, "rng_next_<method>", c->names);
    check_at(__LINE__, untouched(one, sizeof one), "nothing written by rng_next_<method>");

    /* Empty: NumPy checks the parameters of size=0 calls, except integers', which return an
     * empty array before their bounds are checked. */
    prime_error();
    if (is_integers(m)) {
        expect_status_at(__LINE__, "rng_integers_<t>(bg, ..., NULL, 0) (NumPy: size=0 is [])",
                         dist_fill(m, bg, &c->p, NULL, 0), RNG_OK);
    } else {
        expect_status_at(__LINE__, "rng_<method>(bg, ..., NULL, 0)",
                         dist_fill(m, bg, &c->p, NULL, 0), RNG_ERR_INVALID_ARGUMENT);
    }

    check_at(__LINE__, same_stream(bg, twin), "the rejected calls drew nothing");
    bitgen_free(twin);
    bitgen_free(bg);
    clear_context();
}

/* Every rejected set of src/methods.toml (NumPy rejects each: the Python tests check). */
static void test_rejected(const algorithm *alg) {
    size_t i, n;
    const dist_case *cases = dist_rejected(&n);
    for (i = 0; i < n; i++) {
        test_rejected_one(alg, &cases[i]);
    }
}

/* ---- Accepted edge parameters --------------------------------------------------------------- */

/* Whether value k of a buffer of method m is as the case says (dist_case's check). */
static int value_is(const dist_method *m, const void *buf, size_t k, const dist_case *c) {
    uint64_t bits = dist_value_bits(m, buf, k);
    if (c->check == 0) {
        return 1;
    }
    if (c->check == 2) {
        if (m->kind == V_F64) {
            double x = from_bits(bits);
            return x != x;
        } else {
            float f;
            uint32_t b32 = (uint32_t)bits;
            memcpy(&f, &b32, sizeof f);
            return f != f;
        }
    }
    return bits == c->bits;
}

static void test_accepted_one(const algorithm *alg, const dist_case *c) {
    const dist_method *m = &DIST_METHODS[c->id];
    unsigned char buf[3 * 8], one[8];
    rng_bitgen *bg, *twin, *bg2, *twin2;
    char desc[160];
    int32_t rc;
    size_t k;
    int all;

    if (!CHECK(m != NULL)) {
        return;
    }
    describe(m, &c->p, desc, sizeof desc);
    set_context("%s %s", alg->name, desc);
    bg = new_generator(alg);
    twin = bitgen_clone(bg);
    bg2 = bitgen_clone(bg);
    twin2 = bitgen_clone(bg);

    rc = dist_fill(m, bg, &c->p, buf, 3);
    expect_status_at(__LINE__, "rng_<method>(bg, ..., buf, 3)", rc, RNG_OK);
    for (k = 0, all = 1; k < 3; k++) {
        all &= value_is(m, buf, k, c);
    }
    check_at(__LINE__, rc == RNG_OK && all, "the fill's values are as NumPy's");
    check_at(__LINE__, same_stream(bg, twin) == !c->draws,
             c->draws ? "the fill draws, as NumPy's" : "the fill draws nothing, as NumPy's");

    if (m->next == NEXT_STATUS) {
        rc = dist_next(m, bg2, &c->p, one);
        expect_status_at(__LINE__, "rng_next_<method>(bg, ..., &out)", rc, RNG_OK);
        check_at(__LINE__, rc == RNG_OK && value_is(m, one, 0, c),
                 "the single value is as NumPy's");
        check_at(__LINE__, same_stream(bg2, twin2) == !c->draws,
                 c->draws ? "the single value draws" : "the single value draws nothing");
    }
    bitgen_free(bg);
    bitgen_free(twin);
    bitgen_free(bg2);
    bitgen_free(twin2);
    clear_context();
}

/* Every accepted degenerate set of src/methods.toml, with NumPy's value and whether NumPy
 * draws (the Python tests check both against NumPy). */
static void test_accepted(const algorithm *alg) {
    size_t i, n;
    const dist_case *cases = dist_accepted(&n);
    for (i = 0; i < n; i++) {
        test_accepted_one(alg, &cases[i]);
    }
}

/* ---- User generators ------------------------------------------------------------------------ */

/* A caller's generator: a randstreams PCG64 handle behind the user callbacks, with call counts. */
typedef struct wrapped {
    rng_bitgen *inner;
    unsigned long n64, n32, nd;
} wrapped;

static uint64_t wrapped_u64(void *state) {
    wrapped *w = state;
    w->n64++;
    return bitgen_next_u64(w->inner);
}

static uint32_t wrapped_u32(void *state) {
    wrapped *w = state;
    w->n32++;
    return bitgen_next_u32(w->inner);
}

static double wrapped_double(void *state) {
    wrapped *w = state;
    w->nd++;
    return bitgen_next_double(w->inner);
}

/* Runs the same call on the user generator and on the direct twin and compares the values
 * (n elements of elem bytes); also checks that it succeeded on both. */
#define SAME_ON_BOTH(T, n, CALL_USER, CALL_DIRECT)                                               \
    do {                                                                                         \
        T a_[64], b_[64];                                                                        \
        int32_t ra_, rb_;                                                                        \
        memset(a_, 0, sizeof a_);                                                                \
        memset(b_, 0, sizeof b_);                                                                \
        ra_ = CALL_USER;                                                                         \
        rb_ = CALL_DIRECT;                                                                       \
        check_at(__LINE__, ra_ == RNG_OK && rb_ == RNG_OK && memcmp(a_, b_, sizeof a_) == 0,     \
                 #CALL_USER " on the user generator equals the PCG64 handle's");                 \
    } while (0)

/* `user` wraps `w` (a PCG64 handle); `direct` is a PCG64 handle in the same state. */
static void test_user_draws(rng_bitgen *user, wrapped *w, rng_bitgen *direct, bool own_u32,
                            bool own_double) {
    unsigned long n64, n32, nd;
    size_t i;

    SAME_ON_BOTH(double, 50, rng_standard_normal(user, a_, 50), rng_standard_normal(direct, b_, 50));
    /* An odd count leaves a pending 32-bit half word. */
    n64 = w->n64;
    n32 = w->n32;
    SAME_ON_BOTH(float, 7, rng_random_f32(user, a_, 7), rng_random_f32(direct, b_, 7));
    if (own_u32) {
        check_at(__LINE__, w->n32 - n32 == 7 && w->n64 == n64,
                 "rng_random_f32 draws through the user's next_u32");
    } else {
        check_at(__LINE__, w->n32 == n32 && w->n64 - n64 == 4,
                 "rng_random_f32 draws 32-bit halves of the user's next_u64");
    }
    /* A small int64 range draws 32-bit words. */
    SAME_ON_BOTH(int64_t, 9, rng_integers_i64(user, -3, 1000, false, a_, 9),
                 rng_integers_i64(direct, -3, 1000, false, b_, 9));
    SAME_ON_BOTH(int64_t, 9, rng_integers_i64(user, 0, (int64_t)1 << 40, false, a_, 9),
                 rng_integers_i64(direct, 0, (int64_t)1 << 40, false, b_, 9));
    SAME_ON_BOTH(uint8_t, 13, rng_integers_u8(user, 0, 200, false, a_, 13),
                 rng_integers_u8(direct, 0, 200, false, b_, 13));
    SAME_ON_BOTH(uint8_t, 1, rng_next_integers_u8(user, 1, 9, true, a_),
                 rng_next_integers_u8(direct, 1, 9, true, b_));
    SAME_ON_BOTH(bool, 40, rng_integers_bool(user, 0, 2, false, a_, 40),
                 rng_integers_bool(direct, 0, 2, false, b_, 40));
    /* gamma: shape > 1 (normals and doubles), shape < 1 (doubles and exponentials). */
    SAME_ON_BOTH(double, 20, rng_gamma(user, 2.5, 2.0, a_, 20), rng_gamma(direct, 2.5, 2.0, b_, 20));
    SAME_ON_BOTH(double, 20, rng_gamma(user, 0.3, 1.0, a_, 20), rng_gamma(direct, 0.3, 1.0, b_, 20));
    SAME_ON_BOTH(float, 11, rng_standard_normal_f32(user, a_, 11),
                 rng_standard_normal_f32(direct, b_, 11));
    SAME_ON_BOTH(int64_t, 30, rng_binomial(user, 100, 0.4, a_, 30),
                 rng_binomial(direct, 100, 0.4, b_, 30));
    SAME_ON_BOTH(int64_t, 30, rng_permutation(user, a_, 30), rng_permutation(direct, b_, 30));
    n64 = w->n64;
    nd = w->nd;
    SAME_ON_BOTH(double, 5, rng_random(user, a_, 5), rng_random(direct, b_, 5));
    if (own_double) {
        check_at(__LINE__, w->nd - nd == 5 && w->n64 == n64,
                 "rng_random draws through the user's next_double");
    } else {
        check_at(__LINE__, w->nd == nd && w->n64 - n64 == 5,
                 "rng_random draws (next_u64 >> 11) * 2^-53");
    }
    for (i = 0; i < 3; i++) {
        double x = rng_next_standard_normal(user), y = rng_next_standard_normal(direct);
        CHECK(memcmp(&x, &y, sizeof x) == 0);
    }
    SAME_ON_BOTH(uint64_t, 6, bitgen_fill_u64(user, a_, 6), bitgen_fill_u64(direct, b_, 6));
    SAME_ON_BOTH(uint32_t, 3, bitgen_fill_u32(user, a_, 3), bitgen_fill_u32(direct, b_, 3));

    /* Rejected parameters draw nothing from the user's functions either. */
    n64 = w->n64;
    n32 = w->n32;
    nd = w->nd;
    {
        double out[2];
        CHECK(rng_normal(user, 0.0, -1.0, out, 2) == RNG_ERR_INVALID_ARGUMENT);
        CHECK(rng_integers_u8(user, 3, 3, false, (uint8_t *)out, 2) == RNG_ERR_INVALID_ARGUMENT);
    }
    CHECK(w->n64 == n64 && w->n32 == n32 && w->nd == nd);
    CHECK(same_stream(user, direct));
}

/* What a user generator cannot do fails with a message and draws nothing. */
static void test_user_refusals(rng_bitgen *user, wrapped *w) {
    static const uint64_t delta[4] = {1, 0, 0, 0};
    rng_bitgen *children[2];
    unsigned long n64 = w->n64, n32 = w->n32, nd = w->nd;
    size_t i;

    CHECK(bitgen_name(user) != NULL && strcmp(bitgen_name(user), "UserBitGenerator") == 0);

    poison(children, sizeof children);
    EXPECT_FAIL(RNG_ERR_UNSUPPORTED, bitgen_spawn(user, 2, children));
    CHECK(untouched(children, sizeof children));
    EXPECT_NULL_BG(bitgen_clone(user));
    EXPECT_NULL_SS(bitgen_seedseq(user));
    for (i = 0; i < N_ALGORITHMS; i++) {
        const algorithm *alg = &ALGORITHMS[i];
        set_context("user generator, %s functions", alg->name);
        if (alg->jumped != NULL) {
            prime_error();
            expect_null_bg_at(__LINE__, "<alg>_jumped(user, 1)", alg->jumped(user, 1));
        }
        if (alg->advance != NULL) {
            EXPECT_FAIL_AS(RNG_ERR_UNSUPPORTED, "<alg>_advance(user, delta)",
                           alg->advance(user, delta));
        }
    }
    clear_context();
    CHECK(w->n64 == n64 && w->n32 == n32 && w->nd == nd);
}

static void test_user_generator(bool own_u32, bool own_double) {
    rng_seedseq *ss = ss_new_str("20240601");
    wrapped w;
    rng_bitgen *direct = pcg64_new(ss), *user;
    unsigned long n64, n32, nd;

    set_context("user generator, next_u32 %s, next_double %s", own_u32 ? "given" : "NULL",
                own_double ? "given" : "NULL");
    memset(&w, 0, sizeof w);
    w.inner = pcg64_new(ss);
    ss_free(ss);
    user = bitgen_new_user(&w, wrapped_u64, own_u32 ? wrapped_u32 : NULL,
                           own_double ? wrapped_double : NULL);
    if (!CHECK(user != NULL && direct != NULL && w.inner != NULL)) {
        bitgen_free(user);
        bitgen_free(direct);
        bitgen_free(w.inner);
        return;
    }
    test_user_draws(user, &w, direct, own_u32, own_double);
    test_user_refusals(user, &w);
    set_context("user generator, next_u32 %s, next_double %s", own_u32 ? "given" : "NULL",
                own_double ? "given" : "NULL");
    CHECK(same_stream(user, direct));

    /* bitgen_free does not touch the state. */
    n64 = w.n64;
    n32 = w.n32;
    nd = w.nd;
    bitgen_free(user);
    CHECK(w.n64 == n64 && w.n32 == n32 && w.nd == nd);
    CHECK(bitgen_next_u64(w.inner) == bitgen_next_u64(direct));
    bitgen_free(w.inner);
    bitgen_free(direct);
    clear_context();
}

static void test_user_constructor(void) {
    wrapped w;
    rng_bitgen *bg;
    memset(&w, 0, sizeof w);
    prime_error();
    bg = bitgen_new_user(&w, NULL, wrapped_u32, wrapped_double);
    check_at(__LINE__, bg == NULL, "bitgen_new_user without next_u64 returns NULL");
    expect_fresh_error(__LINE__, "bitgen_new_user(&w, NULL, ...)");
    bitgen_free(bg);
    EXPECT_NULL_BG(bitgen_new_user(NULL, NULL, NULL, NULL));
    /* Nothing was called. */
    CHECK(w.n64 == 0 && w.n32 == 0 && w.nd == 0);
}

int main(void) {
    size_t i, j;

    for (i = 0; i < N_ALGORITHMS; i++) {
        for (j = 0; j < N_DIST_METHODS; j++) {
            test_contract(&ALGORITHMS[i], &DIST_METHODS[j]);
        }
        test_samples(&ALGORITHMS[i]);
        test_rejected(&ALGORITHMS[i]);
        test_accepted(&ALGORITHMS[i]);
        for (j = 0; j < N_DIST_METHODS; j++) {
            if (DIST_METHODS[j].next == NEXT_STATUS) {
                test_v_samples(&ALGORITHMS[i], &DIST_METHODS[j]);
            }
        }
        test_v_rejected(&ALGORITHMS[i]);
    }
    test_user_constructor();
    test_user_generator(false, false);
    test_user_generator(true, false);
    test_user_generator(false, true);
    test_user_generator(true, true);

    return check_finish();
}
