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

/* Parameters every method accepts. */
static dist_params valid_params(const dist_method *m) {
    dist_params p;
    memset(&p, 0, sizeof p);
    switch (m->id) {
    case D_INTEGERS_I64:
    case D_INTEGERS_I32:
    case D_INTEGERS_I16:
    case D_INTEGERS_I8: p.s[0] = -5; p.s[1] = 100; break;
    case D_INTEGERS_U64:
    case D_INTEGERS_U32:
    case D_INTEGERS_U16:
    case D_INTEGERS_U8: p.u[0] = 3; p.u[1] = 200; break;
    case D_INTEGERS_BOOL: p.u[0] = 0; p.u[1] = 2; break;
    case D_UNIFORM: p.f[0] = -1.0; p.f[1] = 2.0; break;
    case D_NORMAL:
    case D_LOGNORMAL: p.f[0] = 0.5; p.f[1] = 1.5; break;
    case D_EXPONENTIAL: p.f[0] = 2.0; break;
    case D_STANDARD_GAMMA:
    case D_STANDARD_GAMMA_F32: p.f[0] = 2.5; break;
    case D_GAMMA: p.f[0] = 0.5; p.f[1] = 2.0; break;
    case D_BETA: p.f[0] = 2.0; p.f[1] = 3.0; break;
    case D_CHISQUARE: p.f[0] = 3.0; break;
    case D_POISSON: p.f[0] = 4.0; break;
    case D_BINOMIAL: p.s[0] = 10; p.f[0] = 0.3; break;
    case D_GEOMETRIC: p.f[0] = 0.3; break;
    default: break;
    }
    return p;
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

/* ---- Rejected parameters -------------------------------------------------------------------- */

typedef struct rejected {
    const char *method;
    dist_params p;
    const char *names; /* the parameter the error must name */
} rejected;

/* dist_params literals: floats, signed, unsigned, endpoint. */
static dist_params pf(double a, double b) {
    dist_params p;
    memset(&p, 0, sizeof p);
    p.f[0] = a;
    p.f[1] = b;
    return p;
}

static dist_params ps(int64_t lo, int64_t hi, bool endpoint) {
    dist_params p;
    memset(&p, 0, sizeof p);
    p.s[0] = lo;
    p.s[1] = hi;
    p.endpoint = endpoint;
    return p;
}

static dist_params pu(uint64_t lo, uint64_t hi, bool endpoint) {
    dist_params p;
    memset(&p, 0, sizeof p);
    p.u[0] = lo;
    p.u[1] = hi;
    p.endpoint = endpoint;
    return p;
}

static dist_params pbin(int64_t ntrials, double prob) {
    dist_params p;
    memset(&p, 0, sizeof p);
    p.s[0] = ntrials;
    p.f[0] = prob;
    return p;
}

static int is_integers(const dist_method *m) {
    return strncmp(m->name, "integers_", 9) == 0;
}

/* One rejected parameter set on a generator of `alg`: the fill, the single-value form and the
 * empty fill. */
static void test_rejected_one(const algorithm *alg, const rejected *c) {
    const dist_method *m = find_dist_method(c->method);
    unsigned char buf[4 * 8], one[8];
    rng_bitgen *bg, *twin;
    char desc[160];

    if (!CHECK(m != NULL)) {
        return;
    }
    describe(m, &c->p, desc, sizeof desc);
    set_context("%s %s", alg->name, desc);
    bg = new_generator(alg);
    twin = bitgen_clone(bg);
    if (!CHECK(bg != NULL && twin != NULL)) {
        bitgen_free(bg);
        bitgen_free(twin);
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

static void test_rejected(const algorithm *alg) {
    const double inf = INFINITY, nan = NAN;
    /* NumPy's POISSON_LAM_MAX and the next double above it; the next double above 1. */
    const double lam_max = from_bits(0x43dffffffe3b73a0u);
    const double above_lam_max = from_bits(0x43dffffffe3b73a1u);
    const double above_1 = from_bits(0x3ff0000000000001u);
    const rejected cases[] = {
        /* uniform: a non-finite high - low (NumPy's OverflowError), or high - low < 0. */
        {"uniform", pf(0.0, inf), "high"},
        {"uniform", pf(-inf, 0.0), "high"},
        {"uniform", pf(inf, inf), "high"},
        {"uniform", pf(-1e308, 1e308), "high"},
        {"uniform", pf(nan, 1.0), "high"},
        {"uniform", pf(0.0, nan), "high"},
        {"uniform", pf(1.0, 0.0), "high"},
        {"uniform", pf(0.0, -0.0), "high"},
        /* CONS_NON_NEGATIVE: the sign bit, -0.0 included; NaN passes. */
        {"normal", pf(0.0, -1.0), "scale"},
        {"normal", pf(0.0, -0.0), "scale"},
        {"normal", pf(0.0, -inf), "scale"},
        {"exponential", pf(-1.0, 0), "scale"},
        {"exponential", pf(-0.0, 0), "scale"},
        {"lognormal", pf(0.0, -1.0), "sigma"},
        {"lognormal", pf(0.0, -0.0), "sigma"},
        {"standard_gamma", pf(-1.0, 0), "shape"},
        {"standard_gamma", pf(-0.0, 0), "shape"},
        {"standard_gamma", pf(-inf, 0), "shape"},
        {"standard_gamma_f32", pf(-1.0, 0), "shape"},
        {"standard_gamma_f32", pf(-0.0, 0), "shape"},
        {"standard_gamma_f32", pf(-1e-50, 0), "shape"}, /* -0.0 as a float */
        {"gamma", pf(-1.0, 1.0), "shape"},
        {"gamma", pf(-0.0, 1.0), "shape"},
        {"gamma", pf(1.0, -1.0), "scale"},
        {"gamma", pf(1.0, -0.0), "scale"},
        /* CONS_POSITIVE: value <= 0; NaN passes. */
        {"beta", pf(0.0, 1.0), "a"},
        {"beta", pf(-1.0, 1.0), "a"},
        {"beta", pf(-inf, 1.0), "a"},
        {"beta", pf(1.0, 0.0), "b"},
        {"beta", pf(1.0, -0.0), "b"},
        {"chisquare", pf(0.0, 0), "df"},
        {"chisquare", pf(-0.0, 0), "df"},
        {"chisquare", pf(-1.0, 0), "df"},
        /* CONS_POISSON: lam < 0, NaN, or above POISSON_LAM_MAX. */
        {"poisson", pf(-1.0, 0), "lam"},
        {"poisson", pf(-inf, 0), "lam"},
        {"poisson", pf(nan, 0), "lam"},
        {"poisson", pf(inf, 0), "lam"},
        {"poisson", pf(1e19, 0), "lam"},
        {"poisson", pf(above_lam_max, 0), "lam"},
        /* binomial: p outside [0, 1] or NaN, n < 0. */
        {"binomial", pbin(-1, 0.5), "n"},
        {"binomial", pbin(INT64_MIN, 0.5), "n"},
        {"binomial", pbin(5, 1.5), "p"},
        {"binomial", pbin(5, above_1), "p"},
        {"binomial", pbin(5, -0.5), "p"},
        {"binomial", pbin(5, nan), "p"},
        {"binomial", pbin(5, inf), "p"},
        {"binomial", pbin(0, nan), "p"},
        /* geometric: p outside (0, 1] or NaN. */
        {"geometric", pf(0.0, 0), "p"},
        {"geometric", pf(-0.0, 0), "p"},
        {"geometric", pf(-0.5, 0), "p"},
        {"geometric", pf(1.5, 0), "p"},
        {"geometric", pf(above_1, 0), "p"},
        {"geometric", pf(nan, 0), "p"},
        {"geometric", pf(inf, 0), "p"},
        /* integers: low > high, low == high without endpoint. */
        {"integers_i64", ps(5, 3, false), "high"},
        {"integers_i64", ps(5, 5, false), "high"},
        {"integers_i64", ps(5, 4, true), "high"},
        {"integers_i64", ps(0, 0, false), "high"},
        {"integers_i64", ps(0, -1, true), "high"},
        {"integers_i64", ps(INT64_MIN, INT64_MIN, false), "high"},
        {"integers_i64", ps(INT64_MAX, INT64_MIN, true), "high"},
        {"integers_i32", ps(5, 5, false), "high"},
        {"integers_i32", ps(1, 0, true), "high"},
        {"integers_i32", ps(INT32_MIN, INT32_MIN, false), "high"},
        {"integers_i16", ps(5, 5, false), "high"},
        {"integers_i16", ps(1, 0, true), "high"},
        {"integers_i16", ps(INT16_MAX, INT16_MIN, true), "high"},
        {"integers_i8", ps(-128, -128, false), "high"},
        {"integers_i8", ps(1, 0, true), "high"},
        {"integers_i8", ps(127, -128, false), "high"},
        {"integers_u64", pu(0, 0, false), "high"},
        {"integers_u64", pu(5, 4, true), "high"},
        {"integers_u64", pu(UINT64_MAX, UINT64_MAX, false), "high"},
        {"integers_u32", pu(0, 0, false), "high"},
        {"integers_u32", pu(UINT32_MAX, 0, true), "high"},
        {"integers_u16", pu(7, 7, false), "high"},
        {"integers_u16", pu(1, 0, true), "high"},
        {"integers_u8", pu(0, 0, false), "high"},
        {"integers_u8", pu(255, 255, false), "high"},
        {"integers_u8", pu(1, 0, true), "high"},
        /* bool: low and the closed high in [0, 1], low <= closed high. */
        {"integers_bool", pu(0, 0, false), "high"},
        {"integers_bool", pu(1, 1, false), "high"},
        {"integers_bool", pu(1, 0, true), "high"},
        {"integers_bool", pu(0, 2, true), "high"},
        {"integers_bool", pu(0, 3, false), "high"},
        {"integers_bool", pu(2, 2, true), "high"},
        {"integers_bool", pu(2, 3, false), "high"},
        {"integers_bool", pu(255, 255, true), "high"},
        {"integers_bool", pu(0, 255, false), "high"},
    };
    size_t i;
    (void)lam_max;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        test_rejected_one(alg, &cases[i]);
    }
}

/* ---- Accepted edge parameters --------------------------------------------------------------- */

typedef struct accepted {
    const char *method;
    dist_params p;
    int check_value; /* 0: any value; 1: every value is `value`; 2: every value is NaN */
    double value;    /* for the integer methods, converted */
    bool draws;      /* whether NumPy draws (the stream moves) */
} accepted;

/* Whether value k of a buffer of method m is the double `want` (integers compare exactly). */
static int value_is(const dist_method *m, const void *buf, size_t k, int check, double want) {
    uint64_t bits = dist_value_bits(m, buf, k);
    double x;
    if (check == 0) {
        return 1;
    }
    switch (m->kind) {
    case V_F64: x = from_bits(bits); break;
    case V_F32: {
        float f;
        uint32_t b32 = (uint32_t)bits;
        memcpy(&f, &b32, sizeof f);
        x = f;
        break;
    }
    case V_INT: return check == 1 && (int64_t)bits == (int64_t)want;
    default: return check == 1 && bits == (uint64_t)want;
    }
    return check == 2 ? x != x : x == want;
}

static void test_accepted_one(const algorithm *alg, const accepted *c) {
    const dist_method *m = find_dist_method(c->method);
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
        all &= value_is(m, buf, k, c->check_value, c->value);
    }
    check_at(__LINE__, rc == RNG_OK && all, "the fill's values are as NumPy's");
    check_at(__LINE__, same_stream(bg, twin) == !c->draws,
             c->draws ? "the fill draws, as NumPy's" : "the fill draws nothing, as NumPy's");

    if (m->next == NEXT_STATUS) {
        rc = dist_next(m, bg2, &c->p, one);
        expect_status_at(__LINE__, "rng_next_<method>(bg, ..., &out)", rc, RNG_OK);
        check_at(__LINE__, rc == RNG_OK && value_is(m, one, 0, c->check_value, c->value),
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

static void test_accepted(const algorithm *alg) {
    const double nan = NAN;
    const double lam_max = from_bits(0x43dffffffe3b73a0u);
    /* What NumPy 2.4.6 returns for size=3, and whether it draws. */
    const accepted cases[] = {
        {"uniform", pf(5.0, 5.0), 1, 5.0, true},
        {"uniform", pf(-0.0, 0.0), 1, 0.0, true},
        {"normal", pf(0.0, 0.0), 1, 0.0, true},
        {"normal", pf(3.0, 0.0), 1, 3.0, true},
        {"normal", pf(0.0, nan), 2, 0, true},
        {"normal", pf(nan, 1.0), 2, 0, true},
        {"exponential", pf(0.0, 0), 1, 0.0, true},
        {"exponential", pf(nan, 0), 2, 0, true},
        {"lognormal", pf(0.0, 0.0), 1, 1.0, true},
        {"standard_gamma", pf(0.0, 0), 1, 0.0, false},
        {"standard_gamma", pf(nan, 0), 2, 0, true},
        {"standard_gamma_f32", pf(0.0, 0), 1, 0.0, false},
        {"gamma", pf(0.0, 1.0), 1, 0.0, false},
        {"gamma", pf(1.0, 0.0), 1, 0.0, true},
        {"beta", pf(nan, 1.0), 2, 0, true},
        {"chisquare", pf(nan, 0), 2, 0, true},
        {"poisson", pf(0.0, 0), 1, 0, false},
        {"poisson", pf(-0.0, 0), 1, 0, false},
        {"poisson", pf(lam_max, 0), 0, 0, true},
        {"binomial", pbin(5, 0.0), 1, 0, false},
        {"binomial", pbin(5, -0.0), 1, 0, false},
        {"binomial", pbin(5, 1.0), 1, 5, true},
        {"binomial", pbin(0, 0.5), 1, 0, false},
        {"geometric", pf(1.0, 0), 1, 1, true},
        /* A range of one value (endpoint) draws nothing. */
        {"integers_i64", ps(7, 7, true), 1, 7, false},
        {"integers_i64", ps(INT64_MIN, INT64_MIN, true), 1, (double)INT64_MIN, false},
        {"integers_i64", ps(INT64_MIN, INT64_MAX, true), 0, 0, true},
        {"integers_i32", ps(-9, -9, true), 1, -9, false},
        {"integers_i16", ps(300, 300, true), 1, 300, false},
        {"integers_i8", ps(-128, -128, true), 1, -128, false},
        {"integers_i8", ps(-128, 127, true), 0, 0, true},
        {"integers_u64", pu(10, 10, true), 1, 10, false},
        {"integers_u64", pu(0, 0, true), 1, 0, false},
        {"integers_u64", pu(0, UINT64_MAX, true), 0, 0, true},
        {"integers_u32", pu(UINT32_MAX, UINT32_MAX, true), 1, UINT32_MAX, false},
        {"integers_u16", pu(9, 9, true), 1, 9, false},
        {"integers_u8", pu(200, 200, true), 1, 200, false},
        {"integers_u8", pu(0, 255, true), 0, 0, true},
        {"integers_bool", pu(0, 0, true), 1, 0, false},
        {"integers_bool", pu(1, 1, true), 1, 1, false},
        {"integers_bool", pu(1, 2, false), 1, 1, false},
        {"integers_bool", pu(0, 1, false), 1, 0, false},
        {"integers_bool", pu(0, 2, false), 0, 0, true},
        {"integers_bool", pu(0, 1, true), 0, 0, true},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
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
        test_rejected(&ALGORITHMS[i]);
        test_accepted(&ALGORITHMS[i]);
    }
    test_user_constructor();
    test_user_generator(false, false);
    test_user_generator(true, false);
    test_user_generator(false, true);
    test_user_generator(true, true);

    return check_finish();
}
