/*
 * Parallel streams by jumping one generator ahead, the fourth strategy of NumPy's "Parallel
 * random number generation" guide, in C:
 *
 *     seed = 0x8c3c010cb4754c905776bdac5ee7501     # e.g. secrets.getrandbits(128)
 *     bit_generator = PCG64(seed)
 *     streams = []
 *     for _ in range(4):
 *         streams.append(bit_generator)
 *         bit_generator = bit_generator.jumped()
 *
 * Each jump moves PCG64 about 0.618 * 2^128 steps ahead, so the blocks never overlap in
 * practice. Every number printed to stdout is checked against NumPy by
 * scripts/harness/check_example.py.
 *
 * Spawning: pcg64_jumped results have no seed sequence, so bitgen_spawn refuses them with
 * RNG_ERR_UNSUPPORTED. NumPy's jumped() instead gives the new generator a fresh OS-entropy
 * SeedSequence, so spawn() on it silently produces children that differ on every run. To spawn,
 * use streams[0], made from the seed, or a seed sequence of its own.
 *
 * Build: cargo build --release
 *        cc -std=c99 -Iinclude c_examples/jumped.c target/release/librandstreams.a \
 *           -lpthread -ldl -lm -o jumped
 */
#include <stdio.h>
#include <stdlib.h>

#include "randstreams.h"

#define N_STREAMS 4
#define N_DRAWS 3

/* Prints `label index: x0 x1 x2`, the next N_DRAWS doubles: Generator(bg).random(3). */
static void print_doubles(const char *label, int index, rng_bitgen *bg) {
    printf("%s %d:", label, index);
    for (int k = 0; k < N_DRAWS; k++) printf(" %.17g", bitgen_next_double(bg));
    printf("\n");
}

int main(void) {
    int ok = 0;
    rng_seedseq *ss = NULL;
    rng_bitgen *streams[N_STREAMS] = {NULL};
    rng_bitgen *direct = NULL;

    /* bit_generator = PCG64(seed) */
    ss = ss_new_str("0x8c3c010cb4754c905776bdac5ee7501");
    if (!ss) { fprintf(stderr, "ss_new_str failed: %s\n", rng_last_error()); goto done; }
    streams[0] = pcg64_new(ss);
    if (!streams[0]) { fprintf(stderr, "pcg64_new failed: %s\n", rng_last_error()); goto done; }

    /*
     * streams.append(bit_generator); bit_generator = bit_generator.jumped()
     * pcg64_jumped returns a new handle and leaves its argument untouched. Jump before drawing:
     * jumping a generator that has been used starts the next block that much later.
     */
    for (int i = 1; i < N_STREAMS; i++) {
        streams[i] = pcg64_jumped(streams[i - 1], 1);
        if (!streams[i]) {
            fprintf(stderr, "pcg64_jumped failed: %s\n", rng_last_error());
            goto done;
        }
    }

    /*
     * The guide's other spelling, blocked_rng.append(rng.jumped(i)): i jumps at once land on
     * the same state as i single jumps, so PCG64(seed).jumped(3) is streams[3]. (Taken from
     * streams[0] before it is drawn from, which is PCG64(seed).)
     */
    direct = pcg64_jumped(streams[0], N_STREAMS - 1);
    if (!direct) { fprintf(stderr, "pcg64_jumped failed: %s\n", rng_last_error()); goto done; }

    /* Generator(streams[i]).random(3), then the same from PCG64(seed).jumped(3) */
    for (int i = 0; i < N_STREAMS; i++) print_doubles("stream", i, streams[i]);
    print_doubles("jumped", N_STREAMS - 1, direct);

    ok = 1;

done:
    bitgen_free(direct); /* *_free(NULL) does nothing */
    for (int i = 0; i < N_STREAMS; i++) bitgen_free(streams[i]);
    ss_free(ss);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
