/*
 * Parallel streams from a sequence of integer seeds, worker id first, the second strategy of
 * NumPy's "Parallel random number generation" guide, in C:
 *
 *     root_seed = 0x8c3c010cb4754c905776bdac5ee7501    # e.g. from secrets.randbits(128)
 *     for worker_id in range(4):
 *         rng = PCG64(SeedSequence([worker_id, root_seed]))
 *
 * (default_rng([worker_id, root_seed]) is Generator of the same PCG64.) The guide puts the
 * varying id *before* the fixed root seed: spawning appends to the spawn key, so ids in front
 * cannot collide with spawned children. Every number printed to stdout is checked against NumPy
 * by scripts/harness/check_example.py.
 *
 * Build: cargo build --release
 *        cc -std=c99 -Iinclude c_examples/seed_ints.c target/release/librandstreams.a \
 *           -lpthread -ldl -lm -o seed_ints
 */
#include <stdio.h>
#include <stdlib.h>

#include "randstreams.h"

#define N_WORKERS 4
#define N_DRAWS 3

/*
 * The 128-bit root seed does not fit a uint64_t, so it is passed as text: ss_new_str reads
 * integers of any size, as NumPy does. Do not split it into two list elements instead:
 * NumPy turns each element into its own 32-bit words, so [worker_id, lo, hi] is the same seed
 * as [worker_id, root_seed] only while lo >= 2^32.
 */
#define ROOT_SEED "0x8c3c010cb4754c905776bdac5ee7501"

/* What each worker process would run: its own stream, from the root seed and its id. */
static int worker(int worker_id) {
    int ok = 0;
    char seed[64];
    double x[N_DRAWS];
    int32_t rc;
    rng_seedseq *ss = NULL;
    rng_bitgen *rng = NULL;

    /* SeedSequence([worker_id, root_seed]) */
    snprintf(seed, sizeof seed, "[%d, %s]", worker_id, ROOT_SEED);
    ss = ss_new_str(seed);
    if (!ss) { fprintf(stderr, "ss_new_str failed: %s\n", rng_last_error()); goto done; }

    /* rng = PCG64(ss); the generator keeps its own reference to ss. */
    rng = pcg64_new(ss);
    if (!rng) { fprintf(stderr, "pcg64_new failed: %s\n", rng_last_error()); goto done; }

    /* Do work ...: here Generator(rng).random(3). */
    rc = bitgen_fill_double(rng, x, N_DRAWS);
    if (rc != RNG_OK) {
        fprintf(stderr, "bitgen_fill_double failed: %s: %s\n", rng_status_str(rc),
                rng_last_error());
        goto done;
    }
    printf("worker %d:", worker_id);
    for (int k = 0; k < N_DRAWS; k++) printf(" %.17g", x[k]);
    printf("\n");
    ok = 1;

done:
    bitgen_free(rng); /* *_free(NULL) does nothing */
    ss_free(ss);
    return ok;
}

int main(void) {
    /* results = [worker(root_seed, worker_id) for worker_id in range(4)] */
    for (int worker_id = 0; worker_id < N_WORKERS; worker_id++) {
        if (!worker(worker_id)) return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
