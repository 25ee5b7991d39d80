/*
 * rng_multivariate_normal through the C ABI against NumPy: the `mvn` lines of each FILE
 * (tests/data/mvnormal.txt, or fresh cases from scripts/gen/mvnormal_vectors.py --random;
 * format in tests/data/FORMAT.md), then the statuses a C caller sees.
 *
 *     test_mvnormal FILE...
 *
 * A line passes when every value is within its ATOL of NumPy's, the status is NumPy's outcome
 * (RNG_OK, RNG_WARN_NOT_PSD with the warning in rng_last_error(), or a failure that wrote
 * nothing), and the generator's next raw value is NEXT. Prints `N passed, M failed` last.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "randstreams.h"

#define CHECK_FILE "test_mvnormal.c"
#include "check.h"

#define MVN_SENTINEL -12345.5

static rng_bitgen *make(const char *alg, unsigned long long seed) {
    uint64_t s = seed;
    rng_seedseq *ss = ss_new(&s, 1);
    rng_bitgen *bg = bitgen_new(alg, ss);
    ss_free(ss);
    return bg;
}

/* Reads one whitespace-separated token of `line` (strtok state) as a double. */
static double num(void) {
    const char *t = strtok(NULL, " \n");
    return t ? strtod(t, NULL) : NAN;
}

static void run_line(char *line, const char *where) {
    char alg[16], method[16], check_valid[16], status_text[8];
    unsigned long long seed, next;
    double tol, atol;
    size_t k, n, i;
    if (strncmp(line, "mvn ", 4) != 0) {
        return;
    }
    set_context("%s", where);
    strtok(line, " ");
    snprintf(alg, sizeof alg, "%s", strtok(NULL, " "));
    seed = strtoull(strtok(NULL, " "), NULL, 10);
    snprintf(method, sizeof method, "%s", strtok(NULL, " "));
    snprintf(check_valid, sizeof check_valid, "%s", strtok(NULL, " "));
    tol = num();
    k = (size_t)strtoull(strtok(NULL, " "), NULL, 10);
    n = (size_t)strtoull(strtok(NULL, " "), NULL, 10);
    atol = num();
    snprintf(status_text, sizeof status_text, "%s", strtok(NULL, " "));
    next = strtoull(strtok(NULL, " "), NULL, 16);
    {
        double *mean = malloc(k * sizeof *mean), *cov = malloc(k * k * sizeof *cov);
        double *out = malloc((n * k + 1) * sizeof *out);
        rng_bitgen *bg = make(alg, seed);
        uint64_t raw = 0;
        int32_t st;
        int values_ok = 1;
        for (i = 0; i < k; i++) mean[i] = num();
        for (i = 0; i < k * k; i++) cov[i] = num();
        for (i = 0; i < n * k + 1; i++) out[i] = MVN_SENTINEL;
        st = rng_multivariate_normal(bg, mean, cov, k, check_valid, tol, method, out, n);
        if (strcmp(status_text, "error") == 0) {
            CHECK(st == RNG_ERR_INVALID_ARGUMENT);
            for (i = 0; i < n * k + 1; i++) values_ok &= out[i] == MVN_SENTINEL;
            CHECK(values_ok);
        } else {
            CHECK(st == (strcmp(status_text, "warn") == 0 ? RNG_WARN_NOT_PSD : RNG_OK));
            if (st == RNG_WARN_NOT_PSD) {
                CHECK(strcmp(rng_last_error(), "rng_multivariate_normal: covariance is not "
                                               "symmetric positive-semidefinite.") == 0);
            }
            for (i = 0; i < n * k; i++) {
                double w = num();
                values_ok &= fabs(out[i] - w) <= atol || (isnan(out[i]) && isnan(w));
            }
            CHECK(values_ok);
            CHECK(out[n * k] == MVN_SENTINEL);
        }
        CHECK(bitgen_random_raw(bg, &raw, 1) == RNG_OK && raw == next);
        bitgen_free(bg);
        free(mean);
        free(cov);
        free(out);
    }
    clear_context();
}

/* The statuses of the C form beyond NumPy's vectors. */
static void statuses(void) {
    const double mean[2] = {0.0, 0.0}, cov[4] = {2.0, 0.5, 0.5, 1.0}, bad[4] = {1, 2, 2, 1};
    double out[6];
    uint64_t a, b;
    rng_bitgen *bg = make("PCG64", 5), *twin = make("PCG64", 5);
    /* n = 0 draws nothing and may pass NULL. */
    CHECK(rng_multivariate_normal(bg, mean, cov, 2, "warn", 1e-8, "svd", NULL, 0) == RNG_OK);
    /* "ignore" does not warn; "warn" does, and writes. */
    CHECK(rng_multivariate_normal(bg, mean, bad, 2, "ignore", 1e-8, "eigh", out, 1) == RNG_OK);
    CHECK(rng_multivariate_normal(twin, mean, bad, 2, "warn", 1e-8, "eigh", out + 2, 1) ==
          RNG_WARN_NOT_PSD);
    CHECK(out[0] == out[2] && out[1] == out[3]);
    CHECK(strcmp(rng_status_str(RNG_WARN_NOT_PSD), "RNG_WARN_NOT_PSD") == 0);
    /* A failure leaves the generator as it was. */
    CHECK(rng_multivariate_normal(bg, mean, bad, 2, "raise", 1e-8, "svd", out, 3) ==
          RNG_ERR_INVALID_ARGUMENT);
    CHECK(rng_multivariate_normal(bg, mean, bad, 2, "warn", 1e-8, "cholesky", out, 3) ==
          RNG_ERR_INVALID_ARGUMENT);
    CHECK(strcmp(rng_last_error(), "rng_multivariate_normal: Matrix is not positive definite") ==
          0);
    CHECK(bitgen_random_raw(bg, &a, 1) == RNG_OK && bitgen_random_raw(twin, &b, 1) == RNG_OK &&
          a == b);
    bitgen_free(bg);
    bitgen_free(twin);
}

int main(int argc, char **argv) {
    static char line[1 << 20];
    int f;
    for (f = 1; f < argc; f++) {
        FILE *in = fopen(argv[f], "r");
        unsigned long no = 0;
        if (!in) {
            fprintf(stderr, "cannot open %s\n", argv[f]);
            return 2;
        }
        while (fgets(line, sizeof line, in)) {
            char where[512];
            no++;
            snprintf(where, sizeof where, "%s:%lu", argv[f], no);
            run_line(line, where);
        }
        fclose(in);
    }
    statuses();
    if (n_passed < 100) {
        fprintf(stderr, "only %ld checks\n", n_passed);
        n_failed++;
    }
    return check_finish();
}
