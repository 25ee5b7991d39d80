/*
 * The `rng_*` distribution functions, by the method tokens of tests/data/FORMAT.md
 * ("Distributions"), behind one calling convention for the C tests: parameters in a
 * dist_params, values in an untyped buffer of `elem`-byte elements.
 */
#ifndef RANDSTREAMS_TEST_DIST_METHODS_H
#define RANDSTREAMS_TEST_DIST_METHODS_H

#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "randstreams.h"

typedef enum dist_id {
    D_RANDOM,
    D_RANDOM_F32,
    D_INTEGERS_I64,
    D_INTEGERS_I32,
    D_INTEGERS_I16,
    D_INTEGERS_I8,
    D_INTEGERS_U64,
    D_INTEGERS_U32,
    D_INTEGERS_U16,
    D_INTEGERS_U8,
    D_INTEGERS_BOOL,
    D_UNIFORM,
    D_STANDARD_NORMAL,
    D_STANDARD_NORMAL_F32,
    D_NORMAL,
    D_STANDARD_EXPONENTIAL,
    D_STANDARD_EXPONENTIAL_F32,
    D_EXPONENTIAL,
    D_LOGNORMAL,
    D_STANDARD_GAMMA,
    D_STANDARD_GAMMA_F32,
    D_GAMMA,
    D_BETA,
    D_CHISQUARE,
    D_POISSON,
    D_BINOMIAL,
    D_GEOMETRIC,
    D_PERMUTATION,
    D_SHUFFLE_I64,
    D_SHUFFLE_F64,
    N_DIST_METHODS
} dist_id;

/* What the values are. */
typedef enum value_kind { V_F64, V_F32, V_INT, V_UINT, V_BOOL } value_kind;

/* The single-value form rng_next_<method>: */
typedef enum next_form {
    NEXT_VALUE,  /* returns the value (parameterless methods) */
    NEXT_STATUS, /* returns a status and writes *out */
    NEXT_NONE    /* none (permutation, shuffle) */
} next_form;

typedef struct dist_method {
    dist_id id;
    const char *name; /* the FORMAT.md method token; the C function is rng_<name> */
    /* One letter per parameter, in order: `f` a double (float for standard_gamma_f32), `s` a
     * signed integer in [smin, smax], `u` an unsigned integer in [0, umax], `e` endpoint 0/1. */
    const char *params;
    value_kind kind;
    size_t elem; /* bytes per value */
    int64_t smin, smax;
    uint64_t umax;
    next_form next;
    /* 8/16-bit and bool integers pack several values per 32-bit draw: a fill of n is not n
     * single values (only a fill of one is). */
    bool packed;
} dist_method;

static const dist_method DIST_METHODS[N_DIST_METHODS] = {
    {D_RANDOM, "random", "", V_F64, 8, 0, 0, 0, NEXT_VALUE, false},
    {D_RANDOM_F32, "random_f32", "", V_F32, 4, 0, 0, 0, NEXT_VALUE, false},
    {D_INTEGERS_I64, "integers_i64", "sse", V_INT, 8, INT64_MIN, INT64_MAX, 0, NEXT_STATUS, false},
    {D_INTEGERS_I32, "integers_i32", "sse", V_INT, 4, INT32_MIN, INT32_MAX, 0, NEXT_STATUS, false},
    {D_INTEGERS_I16, "integers_i16", "sse", V_INT, 2, INT16_MIN, INT16_MAX, 0, NEXT_STATUS, true},
    {D_INTEGERS_I8, "integers_i8", "sse", V_INT, 1, INT8_MIN, INT8_MAX, 0, NEXT_STATUS, true},
    {D_INTEGERS_U64, "integers_u64", "uue", V_UINT, 8, 0, 0, UINT64_MAX, NEXT_STATUS, false},
    {D_INTEGERS_U32, "integers_u32", "uue", V_UINT, 4, 0, 0, UINT32_MAX, NEXT_STATUS, false},
    {D_INTEGERS_U16, "integers_u16", "uue", V_UINT, 2, 0, 0, UINT16_MAX, NEXT_STATUS, true},
    {D_INTEGERS_U8, "integers_u8", "uue", V_UINT, 1, 0, 0, UINT8_MAX, NEXT_STATUS, true},
    {D_INTEGERS_BOOL, "integers_bool", "uue", V_BOOL, sizeof(bool), 0, 0, UINT8_MAX, NEXT_STATUS,
     true},
    {D_UNIFORM, "uniform", "ff", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_STANDARD_NORMAL, "standard_normal", "", V_F64, 8, 0, 0, 0, NEXT_VALUE, false},
    {D_STANDARD_NORMAL_F32, "standard_normal_f32", "", V_F32, 4, 0, 0, 0, NEXT_VALUE, false},
    {D_NORMAL, "normal", "ff", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_STANDARD_EXPONENTIAL, "standard_exponential", "", V_F64, 8, 0, 0, 0, NEXT_VALUE, false},
    {D_STANDARD_EXPONENTIAL_F32, "standard_exponential_f32", "", V_F32, 4, 0, 0, 0, NEXT_VALUE,
     false},
    {D_EXPONENTIAL, "exponential", "f", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_LOGNORMAL, "lognormal", "ff", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_STANDARD_GAMMA, "standard_gamma", "f", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_STANDARD_GAMMA_F32, "standard_gamma_f32", "f", V_F32, 4, 0, 0, 0, NEXT_STATUS, false},
    {D_GAMMA, "gamma", "ff", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_BETA, "beta", "ff", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_CHISQUARE, "chisquare", "f", V_F64, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_POISSON, "poisson", "f", V_INT, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_BINOMIAL, "binomial", "sf", V_INT, 8, INT64_MIN, INT64_MAX, 0, NEXT_STATUS, false},
    {D_GEOMETRIC, "geometric", "f", V_INT, 8, 0, 0, 0, NEXT_STATUS, false},
    {D_PERMUTATION, "permutation", "", V_INT, 8, 0, 0, 0, NEXT_NONE, false},
    {D_SHUFFLE_I64, "shuffle_i64", "", V_INT, 8, 0, 0, 0, NEXT_NONE, false},
    {D_SHUFFLE_F64, "shuffle_f64", "", V_F64, 8, 0, 0, 0, NEXT_NONE, false},
};

/* A method's parameters, each kind in order of appearance: e.g. binomial(ntrials, p) is
 * s[0], f[0]; integers_u8(low, high, endpoint) is u[0], u[1], endpoint. */
typedef struct dist_params {
    double f[2];
    int64_t s[2];
    uint64_t u[2];
    bool endpoint;
} dist_params;

/* The method called `name`, or NULL. */
static inline const dist_method *find_dist_method(const char *name) {
    size_t i;
    for (i = 0; name != NULL && i < N_DIST_METHODS; i++) {
        if (strcmp(DIST_METHODS[i].name, name) == 0) {
            return &DIST_METHODS[i];
        }
    }
    return NULL;
}

/* Whether the method is a shuffle, whose buffer is its input (see dist_shuffle_input). */
static inline bool dist_is_shuffle(const dist_method *m) {
    return m->id == D_SHUFFLE_I64 || m->id == D_SHUFFLE_F64;
}

/* FORMAT.md's shuffle input: np.arange(n, dtype=np.int64), or np.arange(n) * 0.5. */
static inline void dist_shuffle_input(const dist_method *m, void *buf, size_t n) {
    size_t k;
    for (k = 0; k < n; k++) {
        if (m->id == D_SHUFFLE_I64) {
            ((int64_t *)buf)[k] = (int64_t)k;
        } else if (m->id == D_SHUFFLE_F64) {
            ((double *)buf)[k] = (double)k * 0.5;
        }
    }
}

/* rng_<method>(bg, params..., out, n). */
static inline int32_t dist_fill(const dist_method *m, rng_bitgen *bg, const dist_params *p,
                                void *out, size_t n) {
    switch (m->id) {
    case D_RANDOM: return rng_random(bg, (double *)out, n);
    case D_RANDOM_F32: return rng_random_f32(bg, (float *)out, n);
    case D_INTEGERS_I64:
        return rng_integers_i64(bg, p->s[0], p->s[1], p->endpoint, (int64_t *)out, n);
    case D_INTEGERS_I32:
        return rng_integers_i32(bg, (int32_t)p->s[0], (int32_t)p->s[1], p->endpoint,
                                (int32_t *)out, n);
    case D_INTEGERS_I16:
        return rng_integers_i16(bg, (int16_t)p->s[0], (int16_t)p->s[1], p->endpoint,
                                (int16_t *)out, n);
    case D_INTEGERS_I8:
        return rng_integers_i8(bg, (int8_t)p->s[0], (int8_t)p->s[1], p->endpoint, (int8_t *)out,
                               n);
    case D_INTEGERS_U64:
        return rng_integers_u64(bg, p->u[0], p->u[1], p->endpoint, (uint64_t *)out, n);
    case D_INTEGERS_U32:
        return rng_integers_u32(bg, (uint32_t)p->u[0], (uint32_t)p->u[1], p->endpoint,
                                (uint32_t *)out, n);
    case D_INTEGERS_U16:
        return rng_integers_u16(bg, (uint16_t)p->u[0], (uint16_t)p->u[1], p->endpoint,
                                (uint16_t *)out, n);
    case D_INTEGERS_U8:
        return rng_integers_u8(bg, (uint8_t)p->u[0], (uint8_t)p->u[1], p->endpoint,
                               (uint8_t *)out, n);
    case D_INTEGERS_BOOL:
        return rng_integers_bool(bg, (uint8_t)p->u[0], (uint8_t)p->u[1], p->endpoint,
                                 (bool *)out, n);
    case D_UNIFORM: return rng_uniform(bg, p->f[0], p->f[1], (double *)out, n);
    case D_STANDARD_NORMAL: return rng_standard_normal(bg, (double *)out, n);
    case D_STANDARD_NORMAL_F32: return rng_standard_normal_f32(bg, (float *)out, n);
    case D_NORMAL: return rng_normal(bg, p->f[0], p->f[1], (double *)out, n);
    case D_STANDARD_EXPONENTIAL: return rng_standard_exponential(bg, (double *)out, n);
    case D_STANDARD_EXPONENTIAL_F32: return rng_standard_exponential_f32(bg, (float *)out, n);
    case D_EXPONENTIAL: return rng_exponential(bg, p->f[0], (double *)out, n);
    case D_LOGNORMAL: return rng_lognormal(bg, p->f[0], p->f[1], (double *)out, n);
    case D_STANDARD_GAMMA: return rng_standard_gamma(bg, p->f[0], (double *)out, n);
    case D_STANDARD_GAMMA_F32:
        return rng_standard_gamma_f32(bg, (float)p->f[0], (float *)out, n);
    case D_GAMMA: return rng_gamma(bg, p->f[0], p->f[1], (double *)out, n);
    case D_BETA: return rng_beta(bg, p->f[0], p->f[1], (double *)out, n);
    case D_CHISQUARE: return rng_chisquare(bg, p->f[0], (double *)out, n);
    case D_POISSON: return rng_poisson(bg, p->f[0], (int64_t *)out, n);
    case D_BINOMIAL: return rng_binomial(bg, p->s[0], p->f[0], (int64_t *)out, n);
    case D_GEOMETRIC: return rng_geometric(bg, p->f[0], (int64_t *)out, n);
    case D_PERMUTATION: return rng_permutation(bg, (int64_t *)out, n);
    case D_SHUFFLE_I64: return rng_shuffle_i64(bg, (int64_t *)out, n);
    case D_SHUFFLE_F64: return rng_shuffle_f64(bg, (double *)out, n);
    case N_DIST_METHODS: break;
    }
    return -1;
}

/* rng_next_<method>: the status form as it is (out may be NULL); a value form's value is
 * written to *out (which must not be NULL) with RNG_OK. -1 for methods without a form. */
static inline int32_t dist_next(const dist_method *m, rng_bitgen *bg, const dist_params *p,
                                void *out) {
    switch (m->id) {
    case D_RANDOM: *(double *)out = rng_next_random(bg); return RNG_OK;
    case D_RANDOM_F32: *(float *)out = rng_next_random_f32(bg); return RNG_OK;
    case D_INTEGERS_I64:
        return rng_next_integers_i64(bg, p->s[0], p->s[1], p->endpoint, (int64_t *)out);
    case D_INTEGERS_I32:
        return rng_next_integers_i32(bg, (int32_t)p->s[0], (int32_t)p->s[1], p->endpoint,
                                     (int32_t *)out);
    case D_INTEGERS_I16:
        return rng_next_integers_i16(bg, (int16_t)p->s[0], (int16_t)p->s[1], p->endpoint,
                                     (int16_t *)out);
    case D_INTEGERS_I8:
        return rng_next_integers_i8(bg, (int8_t)p->s[0], (int8_t)p->s[1], p->endpoint,
                                    (int8_t *)out);
    case D_INTEGERS_U64:
        return rng_next_integers_u64(bg, p->u[0], p->u[1], p->endpoint, (uint64_t *)out);
    case D_INTEGERS_U32:
        return rng_next_integers_u32(bg, (uint32_t)p->u[0], (uint32_t)p->u[1], p->endpoint,
                                     (uint32_t *)out);
    case D_INTEGERS_U16:
        return rng_next_integers_u16(bg, (uint16_t)p->u[0], (uint16_t)p->u[1], p->endpoint,
                                     (uint16_t *)out);
    case D_INTEGERS_U8:
        return rng_next_integers_u8(bg, (uint8_t)p->u[0], (uint8_t)p->u[1], p->endpoint,
                                    (uint8_t *)out);
    case D_INTEGERS_BOOL:
        return rng_next_integers_bool(bg, (uint8_t)p->u[0], (uint8_t)p->u[1], p->endpoint,
                                      (bool *)out);
    case D_UNIFORM: return rng_next_uniform(bg, p->f[0], p->f[1], (double *)out);
    case D_STANDARD_NORMAL: *(double *)out = rng_next_standard_normal(bg); return RNG_OK;
    case D_STANDARD_NORMAL_F32: *(float *)out = rng_next_standard_normal_f32(bg); return RNG_OK;
    case D_NORMAL: return rng_next_normal(bg, p->f[0], p->f[1], (double *)out);
    case D_STANDARD_EXPONENTIAL:
        *(double *)out = rng_next_standard_exponential(bg);
        return RNG_OK;
    case D_STANDARD_EXPONENTIAL_F32:
        *(float *)out = rng_next_standard_exponential_f32(bg);
        return RNG_OK;
    case D_EXPONENTIAL: return rng_next_exponential(bg, p->f[0], (double *)out);
    case D_LOGNORMAL: return rng_next_lognormal(bg, p->f[0], p->f[1], (double *)out);
    case D_STANDARD_GAMMA: return rng_next_standard_gamma(bg, p->f[0], (double *)out);
    case D_STANDARD_GAMMA_F32:
        return rng_next_standard_gamma_f32(bg, (float)p->f[0], (float *)out);
    case D_GAMMA: return rng_next_gamma(bg, p->f[0], p->f[1], (double *)out);
    case D_BETA: return rng_next_beta(bg, p->f[0], p->f[1], (double *)out);
    case D_CHISQUARE: return rng_next_chisquare(bg, p->f[0], (double *)out);
    case D_POISSON: return rng_next_poisson(bg, p->f[0], (int64_t *)out);
    case D_BINOMIAL: return rng_next_binomial(bg, p->s[0], p->f[0], (int64_t *)out);
    case D_GEOMETRIC: return rng_next_geometric(bg, p->f[0], (int64_t *)out);
    case D_PERMUTATION:
    case D_SHUFFLE_I64:
    case D_SHUFFLE_F64:
    case N_DIST_METHODS: break;
    }
    return -1;
}

/* Value k of a buffer as 64 bits: a float's IEEE-754 bits, a signed integer sign-extended, an
 * unsigned one zero-extended, a bool as 0/1. */
static inline uint64_t dist_value_bits(const dist_method *m, const void *buf, size_t k) {
    const unsigned char *p = (const unsigned char *)buf + k * m->elem;
    switch (m->kind) {
    case V_F64: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    case V_F32: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    case V_INT:
        switch (m->elem) {
        case 8: { int64_t v; memcpy(&v, p, 8); return (uint64_t)v; }
        case 4: { int32_t v; memcpy(&v, p, 4); return (uint64_t)(int64_t)v; }
        case 2: { int16_t v; memcpy(&v, p, 2); return (uint64_t)(int64_t)v; }
        default: { int8_t v; memcpy(&v, p, 1); return (uint64_t)(int64_t)v; }
        }
    case V_UINT:
        switch (m->elem) {
        case 8: { uint64_t v; memcpy(&v, p, 8); return v; }
        case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
        case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
        default: return p[0];
        }
    case V_BOOL: {
        bool v;
        memcpy(&v, p, sizeof v);
        return v ? 1 : 0;
    }
    }
    return 0;
}

/* Formats 64 value bits as FORMAT.md writes the value (16 or 8 hex digits, decimal, 0/1). */
static inline void dist_format_bits(const dist_method *m, uint64_t bits, char *buf, size_t cap) {
    switch (m->kind) {
    case V_F64: snprintf(buf, cap, "%016" PRIx64, bits); break;
    case V_F32: snprintf(buf, cap, "%08" PRIx64, bits); break;
    case V_INT: snprintf(buf, cap, "%" PRId64, (int64_t)bits); break;
    case V_UINT:
    case V_BOOL: snprintf(buf, cap, "%" PRIu64, bits); break;
    }
}

#endif /* RANDSTREAMS_TEST_DIST_METHODS_H */
