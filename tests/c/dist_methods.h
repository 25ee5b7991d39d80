/*
 * The `rng_*` distribution functions, by their method tokens (the C names without `rng_`, as
 * src/methods.toml and tests/data/FORMAT.md write them), behind one calling convention for the
 * C tests: parameters in a dist_params, values in an untyped buffer of `elem`-byte elements.
 */
#ifndef RANDSTREAMS_TEST_DIST_METHODS_H
#define RANDSTREAMS_TEST_DIST_METHODS_H

#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "randstreams.h"

/* What the values are. */
typedef enum value_kind { V_F64, V_F32, V_INT, V_UINT, V_BOOL } value_kind;

/* The single-value form rng_next_<method>: */
typedef enum next_form {
    NEXT_VALUE,  /* returns the value (parameterless methods) */
    NEXT_STATUS, /* returns a status and writes *out */
    NEXT_NONE    /* none (permutation, shuffle) */
} next_form;

typedef struct dist_method {
    int id; /* a dist_id, the method's index in DIST_METHODS */
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
    /* The buffer is the input, shuffled in place (see dist_shuffle_input). */
    bool inplace;
} dist_method;

/* The methods (DIST_METHODS), dist_params, dist_fill, dist_next and the parameter sets of
 * src/methods.toml, generated from it. */
#include "dist_table.h"

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
    return m->inplace;
}

/* FORMAT.md's shuffle input: np.arange(n) as the buffer's type (integers 0, 1, 2, ...; floats
 * 0, 0.5, 1, ...); other methods' buffers are left alone. */
static inline void dist_shuffle_input(const dist_method *m, void *buf, size_t n) {
    size_t k;
    for (k = 0; k < n && m->inplace; k++) {
        if (m->kind == V_F64) {
            ((double *)buf)[k] = (double)k * 0.5;
        } else if (m->kind == V_INT && m->elem == 8) {
            ((int64_t *)buf)[k] = (int64_t)k;
        }
    }
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
