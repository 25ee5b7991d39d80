/* Per-call cost of single draws through the C ABI against the bulk fill, for every generator:
 * ns per bitgen_next_u64 in a C loop, ns per value of bitgen_fill_u64, and their difference (the
 * per-call overhead). Not a test: timings on shared machines are noisy; compare within a run.
 *
 *   cc -O2 -Iinclude c_examples/percall_bench.c target/release/librandstreams.a -lpthread -ldl -lm
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "randstreams.h"

#define N 20000000

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(void) {
    static const char *names[] = {"PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"};
    uint64_t *buf = malloc(N * sizeof *buf);
    rng_seedseq *ss = ss_new_str("12345");
    if (!buf || !ss) return 1;
    for (size_t i = 0; i < N; i++) buf[i] = 0; /* touch the pages before timing */
    printf("%-10s %12s %12s %12s\n", "generator", "next_u64 ns", "fill ns", "overhead ns");
    for (int g = 0; g < 5; g++) {
        rng_bitgen *bg = bitgen_new(names[g], ss);
        if (!bg) return fprintf(stderr, "%s\n", rng_last_error()), 1;
        double best_call = 1e9, best_fill = 1e9;
        for (int rep = 0; rep < 3; rep++) {
            uint64_t sink = 0;
            double t0 = now();
            for (size_t i = 0; i < N; i++) sink ^= bitgen_next_u64(bg);
            double t1 = now();
            if (bitgen_fill_u64(bg, buf, N) != RNG_OK) return 1;
            double t2 = now();
            if (sink == 42) printf(" "); /* keep the loop */
            if (t1 - t0 < best_call) best_call = t1 - t0;
            if (t2 - t1 < best_fill) best_fill = t2 - t1;
        }
        double call_ns = 1e9 * best_call / N, fill_ns = 1e9 * best_fill / N;
        printf("%-10s %12.2f %12.2f %12.2f\n", names[g], call_ns, fill_ns, call_ns - fill_ns);
        bitgen_free(bg);
    }
    ss_free(ss);
    free(buf);
    return 0;
}
