/* The NumPy prototype c_examples/prototype.py, ported to C: a bootstrap particle filter that
 * tracks an object in the plane from six position fixes, then plans the next survey with a
 * Dirichlet split of the budget, a multinomial allocation and a validation sample. Each block
 * below carries the NumPy lines it replaces. Every draw, index and count equals NumPy's; the
 * estimates, which follow multivariate_normal's values (NumPy's covariance factor comes from
 * LAPACK, its weights from NumPy's own exp), agree to a relative 1e-9
 * (scripts/harness/check_prototype.py runs both and compares).
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "randstreams.h"

#define N 4000 /* particles */
#define STEPS 6

static int check(const char *what, int32_t rc) {
    if (rc != RNG_OK) fprintf(stderr, "%s: %s (%s)\n", what, rng_status_str(rc), rng_last_error());
    return rc == RNG_OK;
}

static void doubles(const char *label, const double *x, size_t n) {
    printf("%s:", label);
    for (size_t i = 0; i < n; i++) printf(" %.17g", x[i]);
    printf("\n");
}

static void ints(const char *label, const int64_t *x, size_t n) {
    printf("%s:", label);
    for (size_t i = 0; i < n; i++) printf(" %" PRId64, x[i]);
    printf("\n");
}

int main(void) {
    static const double fixes[STEPS][2] = {{1.0, 0.5}, {1.9, 1.2}, {3.1, 1.6},
                                           {4.0, 2.4}, {5.2, 2.9}, {6.1, 3.7}};
    const double r = 0.25, velocity[2] = {1.0, 0.6};
    int ok = 0;
    /* particles[i][0], particles[i][1], as NumPy's (n, 2) array */
    double(*particles)[2] = malloc(sizeof(double[N][2]));
    double(*moved)[2] = malloc(sizeof(double[N][2]));
    double *loc = malloc(N * sizeof(double)), *scale = malloc(N * sizeof(double));
    double *x = malloc(N * sizeof(double)), *w = malloc(N * sizeof(double));
    int64_t *idx = malloc(N * sizeof(int64_t));

    /* rng = np.random.default_rng(20261208) */
    uint64_t seed = 20261208;
    rng_seedseq *ss = ss_new(&seed, 1);
    rng_bitgen *rng = ss ? pcg64_new(ss) : NULL;
    if (!rng || !particles || !moved || !loc || !scale || !x || !w || !idx) goto done;

    /* particles = rng.multivariate_normal([0.0, 0.0], [[1.0, 0.3], [0.3, 0.5]], size=n,
     *                                     method="cholesky") */
    static const double mean[2] = {0.0, 0.0}, cov[4] = {1.0, 0.3, 0.3, 0.5};
    if (!check("rng_multivariate_normal",
               rng_multivariate_normal(rng, mean, cov, 2, "warn", 1e-8, "cholesky", &particles[0][0],
                                       N)))
        goto done;
    /* print(particles.mean(axis=0)) */
    double m[2] = {0.0, 0.0};
    for (int i = 0; i < N; i++) {
        m[0] += particles[i][0];
        m[1] += particles[i][1];
    }
    m[0] /= N;
    m[1] /= N;
    doubles("prior mean", m, 2);

    for (int step = 0; step < STEPS; step++) {
        char label[32];
        /* scale = 0.1 + 0.05 * np.sqrt(particles[:, 0] ** 2 + particles[:, 1] ** 2)
         * particles[:, 0] = rng.normal(particles[:, 0] + velocity[0], scale)
         * particles[:, 1] = rng.normal(particles[:, 1] + velocity[1], scale) */
        for (int i = 0; i < N; i++)
            scale[i] = 0.1 + 0.05 * sqrt(particles[i][0] * particles[i][0] +
                                         particles[i][1] * particles[i][1]);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < N; i++) loc[i] = particles[i][c] + velocity[c];
            if (!check("rng_normal_v", rng_normal_v(rng, loc, scale, x, N))) goto done;
            for (int i = 0; i < N; i++) particles[i][c] = x[i];
        }
        /* w = np.exp(-0.5 * ((particles[:, 0] - fx) ** 2 + (particles[:, 1] - fy) ** 2) / r)
         * w /= w.sum() */
        double total = 0.0;
        for (int i = 0; i < N; i++) {
            double dx = particles[i][0] - fixes[step][0], dy = particles[i][1] - fixes[step][1];
            w[i] = exp(-0.5 * (dx * dx + dy * dy) / r);
            total += w[i];
        }
        double est[2] = {0.0, 0.0};
        for (int i = 0; i < N; i++) {
            w[i] /= total;
            est[0] += w[i] * particles[i][0];
            est[1] += w[i] * particles[i][1];
        }
        /* print(w @ particles[:, 0], w @ particles[:, 1]) */
        snprintf(label, sizeof label, "estimate %d", step);
        doubles(label, est, 2);
        /* idx = rng.choice(n, size=n, p=w); particles = particles[idx] */
        if (!check("rng_choice", rng_choice(rng, N, w, true, true, idx, N))) goto done;
        snprintf(label, sizeof label, "resampled %d", step);
        ints(label, idx, 8);
        for (int i = 0; i < N; i++) {
            moved[i][0] = particles[idx[i]][0];
            moved[i][1] = particles[idx[i]][1];
        }
        double(*t)[2] = particles;
        particles = moved;
        moved = t;
    }

    /* share = rng.dirichlet([2.0, 3.0, 1.0, 4.0])
     * rng.multinomial(10000, share) */
    static const double alpha[4] = {2.0, 3.0, 1.0, 4.0};
    double share[4];
    int64_t counts[4];
    if (!check("rng_dirichlet", rng_dirichlet(rng, alpha, 4, share, 1))) goto done;
    doubles("sensor share", share, 4);
    if (!check("rng_multinomial", rng_multinomial(rng, 10000, share, 4, counts, 1))) goto done;
    ints("measurements", counts, 4);
    /* rng.normal(0.0, [0.1, 0.2, 0.3, 0.4]): one scale per sensor */
    static const double zeros[4] = {0.0, 0.0, 0.0, 0.0}, scales[4] = {0.1, 0.2, 0.3, 0.4};
    double offsets[4];
    if (!check("rng_normal_v", rng_normal_v(rng, zeros, scales, offsets, 4))) goto done;
    doubles("calibration", offsets, 4);
    /* rng.choice(n, size=5, replace=False) */
    int64_t validate[5];
    if (!check("rng_choice", rng_choice(rng, N, NULL, false, true, validate, 5))) goto done;
    ints("validate", validate, 5);
    ok = 1;
done:
    bitgen_free(rng);
    ss_free(ss);
    free(particles);
    free(moved);
    free(loc);
    free(scale);
    free(x);
    free(w);
    free(idx);
    return ok ? 0 : 1;
}
