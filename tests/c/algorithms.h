/*
 * The five bit generators and their algorithm-specific entry points, by NumPy class name, for
 * the C tests. `jumped` and `advance` are NULL where NumPy has no such method.
 */
#ifndef RANDSTREAMS_TEST_ALGORITHMS_H
#define RANDSTREAMS_TEST_ALGORITHMS_H

#include <stddef.h>
#include <string.h>

#include "randstreams.h"

typedef struct algorithm {
    const char *name;
    rng_bitgen *(*new_from_ss)(rng_seedseq *ss);
    rng_bitgen *(*jumped)(const rng_bitgen *bg, uint64_t jumps);
    int32_t (*advance)(rng_bitgen *bg, const uint64_t *delta);
    size_t advance_words; /* the number of 64-bit words `advance` reads */
} algorithm;

#define N_ALGORITHMS 5

static const algorithm ALGORITHMS[N_ALGORITHMS] = {
    {"PCG64", pcg64_new, pcg64_jumped, pcg64_advance, 2},
    {"PCG64DXSM", pcg64dxsm_new, pcg64dxsm_jumped, pcg64dxsm_advance, 2},
    {"MT19937", mt19937_new, mt19937_jumped, NULL, 0},
    {"Philox", philox_new, philox_jumped, philox_advance, 4},
    {"SFC64", sfc64_new, NULL, NULL, 0},
};

/* The algorithm called `name` (NumPy's spelling), or NULL. */
static inline const algorithm *find_algorithm(const char *name) {
    size_t i;
    for (i = 0; name != NULL && i < N_ALGORITHMS; i++) {
        if (strcmp(ALGORITHMS[i].name, name) == 0) {
            return &ALGORITHMS[i];
        }
    }
    return NULL;
}

#endif /* RANDSTREAMS_TEST_ALGORITHMS_H */
