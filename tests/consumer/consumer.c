/*
 * A program outside the randstreams build, compiled against an installed prefix (through
 * find_package or pkg-config, shared or static). Prints a few values NumPy gives for the same
 * seeds and exits 0 only if they are exactly NumPy's.
 *
 * Expected values: the raw outputs of NumPy's PCG64 and MT19937 for seed 12345
 * (numpy/random/_pcg64.pyx, numpy/random/_mt19937.pyx) and default_rng(5).random()
 * (numpy/random/_generator.pyx), as NumPy 2.4.6 prints them:
 *   python3 -c "import numpy as np; print([hex(x) for x in np.random.PCG64(np.random.SeedSequence(12345)).random_raw(2)])"
 *     -> ['0x3a32b18db2ffc19d', '0x51171315c9e4c4de']
 *   python3 -c "import numpy as np; print([hex(x) for x in np.random.MT19937(np.random.SeedSequence(12345)).random_raw(2)])"
 *     -> ['0x60bc0add', '0xd7d0d9d3']
 *   python3 -c "import numpy as np; print(repr(np.random.Generator(np.random.PCG64(5)).random()))"
 *     -> 0.8050029237453802
 */
#include "randstreams.h" /* first: the installed header must be self-contained */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

static void check_u64(const char *what, uint64_t got, uint64_t want) {
    printf("%s = 0x%016" PRIx64 "\n", what, got);
    if (got != want) {
        fprintf(stderr, "MISMATCH %s: got 0x%016" PRIx64 ", NumPy gives 0x%016" PRIx64 "\n", what,
                got, want);
        failures++;
    }
}

/* raw[0..n) of `make(SeedSequence(seed))`, or exits. */
static void raw_outputs(rng_bitgen *(*make)(rng_seedseq *), const char *seed, uint64_t *out,
                        size_t n) {
    rng_seedseq *ss = ss_new_str(seed);
    rng_bitgen *bg = ss ? make(ss) : NULL;
    int32_t rc = bg ? bitgen_random_raw(bg, out, n) : -1;
    bitgen_free(bg);
    ss_free(ss);
    if (rc != RNG_OK) {
        fprintf(stderr, "randstreams call failed (%d)\n", (int)rc);
        failures++;
        memset(out, 0, n * sizeof *out);
    }
}

int main(void) {
    uint64_t raw[2];
    const char *version = rng_version();

    printf("randstreams %s (header %s)\n", version ? version : "(null)", RNG_VERSION_STRING);
    if (version == NULL || strcmp(version, RNG_VERSION_STRING) != 0) {
        fprintf(stderr, "MISMATCH: library version is not the header's\n");
        failures++;
    }

    /* numpy/random/_pcg64.pyx: PCG64(12345).random_raw(2) = 3a32b18db2ffc19d, 51171315c9e4c4de */
    raw_outputs(pcg64_new, "12345", raw, 2);
    check_u64("PCG64(12345).random_raw()[0]", raw[0], UINT64_C(0x3a32b18db2ffc19d));
    check_u64("PCG64(12345).random_raw()[1]", raw[1], UINT64_C(0x51171315c9e4c4de));

    /* numpy/random/_mt19937.pyx: MT19937(12345).random_raw(2) = 60bc0add, d7d0d9d3 */
    raw_outputs(mt19937_new, "12345", raw, 2);
    check_u64("MT19937(12345).random_raw()[0]", raw[0], UINT64_C(0x60bc0add));
    check_u64("MT19937(12345).random_raw()[1]", raw[1], UINT64_C(0xd7d0d9d3));

    /* numpy/random/_generator.pyx: default_rng(5).random() = Generator(PCG64(5)).random()
     * = 0.8050029237453802 */
    {
        rng_seedseq *ss = ss_new_str("5");
        rng_bitgen *bg = ss ? pcg64_new(ss) : NULL;
        double x = bg ? bitgen_next_double(bg) : -1.0;
        bitgen_free(bg);
        ss_free(ss);
        printf("Generator(PCG64(5)).random() = %.17g\n", x);
        if (x != 0.8050029237453802) {
            fprintf(stderr, "MISMATCH Generator(PCG64(5)).random(): NumPy gives 0.8050029237453802\n");
            failures++;
        }
    }

    if (failures != 0) {
        fprintf(stderr, "%d mismatch(es)\n", failures);
        return 1;
    }
    printf("OK: NumPy's values\n");
    return 0;
}
