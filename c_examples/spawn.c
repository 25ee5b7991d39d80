/*
 * Parallel streams by SeedSequence spawning, the first strategy of NumPy's
 * "Parallel random number generation" guide, in C:
 *
 *     from numpy.random import SeedSequence, default_rng
 *     ss = SeedSequence(12345)
 *     child_seeds = ss.spawn(10)
 *     streams = [default_rng(s) for s in child_seeds]
 *
 * default_rng(s) is Generator(PCG64(s)); the C API has the bit generator, PCG64, and
 * bitgen_next_double is Generator.random(). Every number printed to stdout is checked against
 * NumPy by scripts/harness/check_example.py.
 *
 * Build: cargo build --release
 *        cc -std=c99 -Iinclude c_examples/spawn.c target/release/librandstreams.a \
 *           -lpthread -ldl -lm -o spawn
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "randstreams.h"

#define N_CHILDREN 10
#define N_GRANDCHILDREN 4
#define N_DRAWS 3

/* Reports a failed call that has no status code (a constructor returned NULL, ...). */
static void report(const char *call) {
    fprintf(stderr, "%s failed: %s\n", call, rng_last_error());
}

/* Reports a call that returned a status other than RNG_OK. */
static void report_status(const char *call, int32_t rc) {
    fprintf(stderr, "%s failed: %s: %s\n", call, rng_status_str(rc), rng_last_error());
}

/* Prints `label index: x0 x1 x2`, the next N_DRAWS doubles: Generator(bg).random(3). */
static void print_doubles(const char *label, int index, rng_bitgen *bg) {
    printf("%s %d:", label, index);
    for (int k = 0; k < N_DRAWS; k++) {
        printf(" %.17g", bitgen_next_double(bg));
    }
    printf("\n");
}

/*
 * Logs the entropy of an OS-seeded SeedSequence() so that the run can be replayed. Its values
 * differ on every run, so everything goes to stderr, not to the checked stdout.
 */
static int log_os_seeded_run(void) {
    int ok = 0;
    char entropy[64]; /* 128 bits of OS entropy are at most 39 decimal digits */
    size_t len;
    uint64_t a, b;
    rng_seedseq *os_ss = NULL, *replay_ss = NULL;
    rng_bitgen *rng = NULL, *replay = NULL;

    os_ss = ss_new_os(); /* SeedSequence() */
    if (!os_ss) { report("ss_new_os"); goto done; }

    /* ss.entropy, as text; snprintf-style: the return value is the full length. */
    len = ss_entropy_str(os_ss, entropy, sizeof entropy);
    if (len == 0) { report("ss_entropy_str"); goto done; }
    if (len >= sizeof entropy) { fprintf(stderr, "entropy text truncated\n"); goto done; }
    fprintf(stderr, "OS-seeded run; replay with ss_new_str(\"%s\") = SeedSequence(%s)\n",
            entropy, entropy);

    /* The logged text rebuilds the same sequence, hence the same stream. */
    replay_ss = ss_new_str(entropy);
    if (!replay_ss) { report("ss_new_str"); goto done; }
    rng = pcg64_new(os_ss);
    if (!rng) { report("pcg64_new"); goto done; }
    replay = pcg64_new(replay_ss);
    if (!replay) { report("pcg64_new"); goto done; }
    a = bitgen_next_u64(rng);
    b = bitgen_next_u64(replay);
    fprintf(stderr, "first draw %016" PRIx64 ", replayed %016" PRIx64 "\n", a, b);
    if (a != b) { fprintf(stderr, "replay differs\n"); goto done; }
    ok = 1;

done:
    bitgen_free(replay); /* *_free(NULL) does nothing, so one exit path frees everything */
    bitgen_free(rng);
    ss_free(replay_ss);
    ss_free(os_ss);
    return ok;
}

int main(void) {
    int ok = 0;
    int32_t rc;
    rng_seedseq *ss = NULL, *parent_ss = NULL;
    rng_seedseq *child_seeds[N_CHILDREN] = {NULL};
    rng_bitgen *streams[N_CHILDREN] = {NULL};
    rng_bitgen *parent_rng = NULL;
    rng_bitgen *spawned[N_CHILDREN] = {NULL};
    rng_bitgen *grandchildren[N_GRANDCHILDREN] = {NULL};

    /* Catch a header/library version mismatch before anything else. */
    if (strcmp(rng_version(), RNG_VERSION_STRING) != 0) {
        fprintf(stderr, "header %s but library %s\n", RNG_VERSION_STRING, rng_version());
        return EXIT_FAILURE;
    }

    /* ss = SeedSequence(12345) */
    ss = ss_new_str("12345");
    if (!ss) { report("ss_new_str"); goto done; }

    /* child_seeds = ss.spawn(10) */
    rc = ss_spawn(ss, N_CHILDREN, child_seeds);
    if (rc != RNG_OK) { report_status("ss_spawn", rc); goto done; }

    /* streams = [PCG64(s) for s in child_seeds]  (default_rng(s) wraps the same PCG64) */
    for (int i = 0; i < N_CHILDREN; i++) {
        streams[i] = pcg64_new(child_seeds[i]);
        if (!streams[i]) { report("pcg64_new"); goto done; }
    }

    /* streams[i].random(3): in a parallel code, child i goes to worker i. */
    for (int i = 0; i < N_CHILDREN; i++) {
        print_doubles("child", i, streams[i]);
    }

    /*
     * The same streams straight from a generator, without handling SeedSequence objects:
     *     parent_rng = PCG64(12345)          # default_rng(12345) for a Generator
     *     spawned = parent_rng.spawn(10)     # Generator.spawn / BitGenerator.spawn
     * bitgen_spawn draws on the generator's seed sequence, so spawned[i] is streams[i] above.
     * Printed here as raw 64-bit words, random_raw(3): the doubles above are (x >> 11) * 2^-53.
     */
    parent_ss = ss_new_str("12345");
    if (!parent_ss) { report("ss_new_str"); goto done; }
    parent_rng = pcg64_new(parent_ss);
    if (!parent_rng) { report("pcg64_new"); goto done; }
    rc = bitgen_spawn(parent_rng, N_CHILDREN, spawned);
    if (rc != RNG_OK) { report_status("bitgen_spawn", rc); goto done; }
    for (int i = 0; i < N_CHILDREN; i++) {
        uint64_t raw[N_DRAWS];
        rc = bitgen_random_raw(spawned[i], raw, N_DRAWS);
        if (rc != RNG_OK) { report_status("bitgen_random_raw", rc); goto done; }
        printf("spawned %d:", i);
        for (int k = 0; k < N_DRAWS; k++) printf(" %016" PRIx64, raw[k]);
        printf("\n");
    }

    /* Children spawn grandchildren, and so on:  grandchildren = streams[0].spawn(4) */
    rc = bitgen_spawn(streams[0], N_GRANDCHILDREN, grandchildren);
    if (rc != RNG_OK) { report_status("bitgen_spawn", rc); goto done; }
    for (int j = 0; j < N_GRANDCHILDREN; j++) {
        print_doubles("grandchild", j, grandchildren[j]);
    }

    /* In production, seed from the OS once and log the entropy: SeedSequence(). */
    if (!log_os_seeded_run()) goto done;

    ok = 1;

done:
    for (int j = 0; j < N_GRANDCHILDREN; j++) bitgen_free(grandchildren[j]);
    for (int i = 0; i < N_CHILDREN; i++) {
        bitgen_free(spawned[i]);
        bitgen_free(streams[i]);
        ss_free(child_seeds[i]);
    }
    bitgen_free(parent_rng);
    ss_free(parent_ss);
    ss_free(ss);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
