/*
 * Independent streams from Philox keys, the third strategy of NumPy's "Parallel random number
 * generation" guide, in C:
 *
 *     root_seed = 0x8c3c010cb4754c905776bdac5ee7501    # e.g. secrets.getrandbits(128)
 *     streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)]
 *
 * Philox encrypts a counter with a 128-bit key; distinct keys give independent streams, and
 * the key is set directly, without SeedSequence. Stream ids must never be reused. Every number
 * printed to stdout is checked against NumPy by scripts/harness/check_example.py.
 *
 * Build: cargo build --release
 *        cc -std=c99 -Iinclude c_examples/philox_keys.c target/release/librandstreams.a \
 *           -lpthread -ldl -lm -o philox_keys
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "randstreams.h"

#define N_STREAMS 4
#define N_DRAWS 4 /* Philox makes its outputs in blocks of four, one block per counter value */

/* Wide integers are arrays of 64-bit words, least significant first, as NumPy splits them. */
static const uint64_t root_seed[2] = {0x05776bdac5ee7501u, 0x08c3c010cb4754c9u};

/* key = root_seed + stream_id, in 128-bit arithmetic: carry into the high word. */
static void add_u128(const uint64_t a[2], uint64_t b, uint64_t sum[2]) {
    sum[0] = a[0] + b;
    sum[1] = a[1] + (sum[0] < b);
}

/* Prints `label: w0 w1 w2 w3`, the next N_DRAWS raw words: bg.random_raw(4). */
static int print_raw(const char *label, rng_bitgen *bg) {
    uint64_t raw[N_DRAWS];
    int32_t rc = bitgen_random_raw(bg, raw, N_DRAWS);
    if (rc != RNG_OK) {
        fprintf(stderr, "bitgen_random_raw failed: %s: %s\n", rng_status_str(rc),
                rng_last_error());
        return 0;
    }
    printf("%s:", label);
    for (int k = 0; k < N_DRAWS; k++) printf(" %016" PRIx64, raw[k]);
    printf("\n");
    return 1;
}

int main(void) {
    int ok = 0;
    char label[32];
    uint64_t key[2];
    rng_bitgen *streams[N_STREAMS] = {NULL};
    rng_bitgen *resumed = NULL;

    /* streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)] */
    for (int id = 0; id < N_STREAMS; id++) {
        add_u128(root_seed, (uint64_t)id, key);
        streams[id] = philox_new_key(key, NULL); /* NULL: counter 0 */
        if (!streams[id]) {
            fprintf(stderr, "philox_new_key failed: %s\n", rng_last_error());
            goto done;
        }
    }

    /* streams[stream_id].random_raw(4): the first block of each stream. */
    for (int id = 0; id < N_STREAMS; id++) {
        snprintf(label, sizeof label, "stream %d", id);
        if (!print_raw(label, streams[id])) goto done;
    }

    /* streams[0].random_raw(4) again: stream 0's second block. */
    if (!print_raw("stream 0 next", streams[0])) goto done;

    /*
     * The counter is the stream position, counted in blocks of four outputs: a stream can be
     * checkpointed as (key, counter) and resumed anywhere on a block boundary, with no need to
     * replay the draws before it. Stream 0 resumed after its first block:
     *     Philox(key=root_seed + 0, counter=1).random_raw(4)
     * prints the same words as "stream 0 next" above.
     */
    {
        const uint64_t counter[4] = {1, 0, 0, 0}; /* 256-bit counter, low word first */
        add_u128(root_seed, 0, key);
        resumed = philox_new_key(key, counter);
        if (!resumed) {
            fprintf(stderr, "philox_new_key failed: %s\n", rng_last_error());
            goto done;
        }
    }
    if (!print_raw("stream 0 from counter 1", resumed)) goto done;

    ok = 1;

done:
    bitgen_free(resumed); /* *_free(NULL) does nothing */
    for (int id = 0; id < N_STREAMS; id++) bitgen_free(streams[id]);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
