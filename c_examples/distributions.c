/* NumPy's Generator distributions from C: each line prints what the NumPy line in its comment
 * prints (checked by scripts/harness/check_example.py distributions).
 *
 *   rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(2024).spawn(4)[1]))
 */
#include <inttypes.h>
#include <stdio.h>

#include "randstreams.h"

#define N 5

static int report(const char *what, int32_t rc) {
    if (rc != RNG_OK) fprintf(stderr, "%s: %s (%s)\n", what, rng_status_str(rc), rng_last_error());
    return rc == RNG_OK;
}

int main(void) {
    int ok = 0;
    double x[N];
    int64_t k[N];
    rng_seedseq *root = ss_new_str("2024");
    rng_seedseq *children[4] = {NULL, NULL, NULL, NULL};
    rng_bitgen *rng = NULL;

    if (!root || !report("ss_spawn", ss_spawn(root, 4, children))) goto done;
    rng = pcg64_new(children[1]);
    if (!rng) goto done;

    /* rng.normal(10.0, 2.0, size=5) */
    if (!report("rng_normal", rng_normal(rng, 10.0, 2.0, x, N))) goto done;
    printf("normal:");
    for (int i = 0; i < N; i++) printf(" %.17g", x[i]);
    printf("\n");

    /* rng.integers(1, 7, size=5)   (int64; endpoint=False) */
    if (!report("rng_integers_i64", rng_integers_i64(rng, 1, 7, false, k, N))) goto done;
    printf("integers:");
    for (int i = 0; i < N; i++) printf(" %" PRId64, k[i]);
    printf("\n");

    /* rng.poisson(3.5, size=5) */
    if (!report("rng_poisson", rng_poisson(rng, 3.5, k, N))) goto done;
    printf("poisson:");
    for (int i = 0; i < N; i++) printf(" %" PRId64, k[i]);
    printf("\n");

    /* rng.standard_normal() in an inner loop: one value per call, the same numbers a fill gives */
    printf("standard_normal:");
    for (int i = 0; i < N; i++) printf(" %.17g", rng_next_standard_normal(rng));
    printf("\n");

    /* rng.normal(-1.0, -0.5) is rejected, as NumPy rejects it (ValueError: scale < 0) */
    if (rng_normal(rng, -1.0, -0.5, x, N) != RNG_ERR_INVALID_ARGUMENT) goto done;
    fprintf(stderr, "rejected as expected: %s\n", rng_last_error());
    ok = 1;
done:
    bitgen_free(rng);
    for (int i = 0; i < 4; i++) ss_free(children[i]);
    ss_free(root);
    return ok ? 0 : 1;
}
