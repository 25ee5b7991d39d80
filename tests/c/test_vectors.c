/*
 * Golden vectors through the C ABI: an interpreter of the format in tests/data/FORMAT.md.
 *
 *     test_vectors FILE...
 *
 * Runs every case of every FILE and prints `N passed, M failed` as its last line: N counts the
 * check lines (`a : b c d`) that passed, M every line that failed (a check line, or an
 * operation line whose call or cross-check failed). The first failures are named by file, line
 * and case. Exits non-zero on any failure, or when nothing was checked.
 *
 * Beyond the checks in the files, operation lines cross-check the API's other ways to the same
 * result: the entropy text of a seed sequence read back, the algorithm-specific constructor
 * against bitgen_new, and the bulk fills against single draws. A `dist` line (a Generator
 * distribution, through rng_<method>) passes only if, on a copy of the generator from before
 * the line, the single-value form gives the same: n calls of rng_next_<method> (for the 8/16-bit
 * and bool integers, which pack several values per draw, one call against a fill of one), or
 * for permutation and the shuffles the other two of them; the copy must then draw as the
 * generator. The vector-valued lines (multinomial, multinomial_v, dirichlet, mvhg) are checked
 * likewise against their rows drawn one call at a time. Every handle is freed, so that the test can run under valgrind or ASan.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "algorithms.h"
#include "dist_methods.h"
#include "randstreams.h"

#define CHECK_FILE "test_vectors.c"
#include "check.h" /* same_state, print_summary */

/* How many failures are printed; the rest are only counted. */
#define MAX_REPORTED 10
/* How many draws the constructor cross-checks compare. */
#define CROSS_CHECK_DRAWS 8

/* The interpreter: where it is, the current case's handles, and the tally. */
typedef struct runner {
    const char *file;
    unsigned long line;
    const char *op_text; /* the current line's operation, e.g. "state32 4" */
    char case_name[128];
    rng_seedseq *ss;
    rng_bitgen *bg;
    long passed;
    long failed;
} runner;

/* Counts a failed line and prints it if it is among the first MAX_REPORTED. */
static void failf(runner *r, const char *fmt, ...) {
    va_list ap;
    r->failed++;
    if (r->failed > MAX_REPORTED) {
        if (r->failed == MAX_REPORTED + 1) {
            fprintf(stderr, "(further failures are counted, not shown)\n");
        }
        return;
    }
    fprintf(stderr, "FAIL %s:%lu: case %s: `%s`: ", r->file, r->line, r->case_name, r->op_text);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* failf for a call that failed, with the library's message. */
static void fail_call(runner *r, const char *call) {
    failf(r, "%s failed: %s", call, rng_last_error());
}

static void fail_status(runner *r, const char *call, int32_t rc) {
    failf(r, "%s returned %s: %s", call, rng_status_str(rc), rng_last_error());
}

/* Frees the current case's handles. */
static void reset(runner *r) {
    bitgen_free(r->bg);
    ss_free(r->ss);
    r->bg = NULL;
    r->ss = NULL;
}

static void set_ss(runner *r, rng_seedseq *ss) {
    ss_free(r->ss);
    r->ss = ss;
}

static void set_bg(runner *r, rng_bitgen *bg) {
    bitgen_free(r->bg);
    r->bg = bg;
}

/* ---- Parsing -------------------------------------------------------------------------------- */

/* Allocates n elements of `size` bytes (at least one, so that n == 0 is not NULL); exits when
 * out of memory. */
static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n == 0 ? 1 : n, size);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

/* Reads one line into *buf (grown as needed), without its newline. Returns 0 at end of file. */
static int read_line(FILE *f, char **buf, size_t *cap) {
    size_t len = 0;
    int c;
    while ((c = fgetc(f)) != EOF && c != '\n') {
        if (len + 1 >= *cap) {
            size_t new_cap = *cap == 0 ? 256 : *cap * 2;
            char *p = realloc(*buf, new_cap);
            if (p == NULL) {
                fprintf(stderr, "out of memory\n");
                exit(2);
            }
            *buf = p;
            *cap = new_cap;
        }
        (*buf)[len++] = (char)c;
    }
    if (c == EOF && len == 0) {
        return 0;
    }
    if (*cap == 0) { /* an empty first line */
        *buf = xcalloc(1, 1);
        *cap = 1;
    }
    (*buf)[len] = '\0';
    return 1;
}

/* Splits `line` in place at whitespace. Returns the number of tokens; *tokens (grown as needed,
 * owned by the caller) points into `line`. */
static size_t tokenize(char *line, char ***tokens, size_t *cap) {
    size_t n = 0;
    char *t;
    for (t = strtok(line, " \t\r"); t != NULL; t = strtok(NULL, " \t\r")) {
        if (n == *cap) {
            size_t new_cap = *cap == 0 ? 64 : *cap * 2;
            char **p = realloc(*tokens, new_cap * sizeof *p);
            if (p == NULL) {
                fprintf(stderr, "out of memory\n");
                exit(2);
            }
            *tokens = p;
            *cap = new_cap;
        }
        (*tokens)[n++] = t;
    }
    return n;
}

/* Parses an unsigned number in `base` (10 or 16, no prefix, no sign). Returns 1 on success. */
static int parse_u64(const char *t, int base, uint64_t *out) {
    char *end;
    unsigned long long v;
    if (t[0] == '\0' || t[0] == '-' || t[0] == '+' || t[0] == ' ') {
        return 0;
    }
    errno = 0;
    v = strtoull(t, &end, base);
    if (errno != 0 || *end != '\0' || (uint64_t)v != v) {
        return 0;
    }
    *out = (uint64_t)v;
    return 1;
}

/* Parses `-` (empty) or comma-separated decimals into a new array (free it). Returns 1 on
 * success; reports the failure otherwise. */
static int parse_dec_list(runner *r, const char *t, uint64_t **out, size_t *n) {
    size_t count = 1, i = 0;
    const char *p;
    char *copy, *item;
    *out = NULL;
    *n = 0;
    if (strcmp(t, "-") == 0) {
        *out = xcalloc(0, sizeof **out);
        return 1;
    }
    for (p = t; *p != '\0'; p++) {
        count += *p == ',';
    }
    copy = xcalloc(strlen(t) + 1, 1);
    memcpy(copy, t, strlen(t) + 1);
    *out = xcalloc(count, sizeof **out);
    /* strtok would skip empty items; a list like "1,,2" is malformed, so split by hand. */
    for (item = copy; i < count; i++) {
        char *comma = strchr(item, ',');
        if (comma != NULL) {
            *comma = '\0';
        }
        if (!parse_u64(item, 10, &(*out)[i])) {
            failf(r, "bad decimal list item `%s` in `%s`", item, t);
            free(copy);
            free(*out);
            *out = NULL;
            return 0;
        }
        item = comma + 1;
    }
    free(copy);
    *n = count;
    return 1;
}

/* Parses token `t` as a number in `base`; reports a failure otherwise. */
static int parse_arg(runner *r, const char *t, int base, uint64_t *out) {
    if (!parse_u64(t, base, out)) {
        failf(r, "bad %s number `%s`", base == 16 ? "hex" : "decimal", t);
        return 0;
    }
    return 1;
}

/* Checks the number of operation tokens (including the name). */
static int want_args(runner *r, size_t n_tokens, size_t min, size_t max) {
    if (n_tokens < min || n_tokens > max) {
        failf(r, "expected %lu to %lu tokens, got %lu", (unsigned long)min, (unsigned long)max,
              (unsigned long)n_tokens);
        return 0;
    }
    return 1;
}

static int need_ss(runner *r) {
    if (r->ss == NULL) {
        failf(r, "no current seed sequence");
        return 0;
    }
    return 1;
}

static int need_bg(runner *r) {
    if (r->bg == NULL) {
        failf(r, "no current bit generator");
        return 0;
    }
    return 1;
}

/* ---- Cross-checks --------------------------------------------------------------------------- */

/* Whether the next CROSS_CHECK_DRAWS 64-bit draws of a and b agree (both advance). */
static int same_draws(rng_bitgen *a, rng_bitgen *b) {
    int i, same = 1;
    for (i = 0; i < CROSS_CHECK_DRAWS; i++) {
        same &= bitgen_next_u64(a) == bitgen_next_u64(b);
    }
    return same;
}

/* Whether `twin` (consumed and freed) draws as a copy of the current generator would. */
static int twin_matches_current(runner *r, rng_bitgen *twin) {
    rng_bitgen *copy = bitgen_clone(r->bg);
    int same = copy != NULL && twin != NULL && same_draws(copy, twin);
    bitgen_free(copy);
    bitgen_free(twin);
    return same;
}

/* The entropy text of the current seed sequence, read back with the same options, gives the
 * same sequence (with the defaults, through ss_new_str, as a caller replaying a run would). */
static void check_entropy_text(runner *r, const uint64_t *key, size_t n_key, size_t pool_size,
                               uint64_t n_spawned) {
    size_t len = ss_entropy_str(r->ss, NULL, 0);
    char *text = xcalloc(len + 1, 1);
    rng_seedseq *back;
    if (len == 0 || ss_entropy_str(r->ss, text, len + 1) != len || strlen(text) != len) {
        failf(r, "ss_entropy_str: inconsistent length %lu for `%s`", (unsigned long)len, text);
        free(text);
        return;
    }
    if (pool_size == 4 && n_key == 0) {
        back = ss_new_str(text);
    } else {
        back = ss_new_ex(text, key, n_key, pool_size, n_spawned);
    }
    if (back == NULL) {
        failf(r, "the entropy text `%s` is not read back: %s", text, rng_last_error());
    } else if (!same_state(r->ss, back)) {
        failf(r, "the entropy text `%s` read back gives another generate_state", text);
    }
    ss_free(back);
    free(text);
}

/* ---- Operation lines ------------------------------------------------------------------------ */

static void op_ss(runner *r, char **tok, size_t n_tok) {
    uint64_t pool_size, n_spawned, *key;
    size_t n_key;
    rng_seedseq *ss;
    if (!want_args(r, n_tok, 5, 5) || !parse_arg(r, tok[2], 10, &pool_size) ||
        !parse_arg(r, tok[3], 10, &n_spawned) || !parse_dec_list(r, tok[4], &key, &n_key)) {
        return;
    }
    ss = ss_new_ex(tok[1], key, n_key, (size_t)pool_size, n_spawned);
    if (ss == NULL) {
        fail_call(r, "ss_new_ex");
    } else {
        set_ss(r, ss);
        if (ss_pool_size(ss) != pool_size) {
            failf(r, "ss_pool_size is %lu", (unsigned long)ss_pool_size(ss));
        } else {
            check_entropy_text(r, key, n_key, (size_t)pool_size, n_spawned);
        }
    }
    free(key);
}

static void op_ss_words(runner *r, char **tok, size_t n_tok, int bits) {
    uint64_t *words;
    size_t n, i;
    rng_seedseq *ss;
    if (!want_args(r, n_tok, 2, 2) || !parse_dec_list(r, tok[1], &words, &n)) {
        return;
    }
    if (bits == 32) {
        uint32_t *w32 = xcalloc(n, sizeof *w32);
        for (i = 0; i < n && words[i] <= UINT32_MAX; i++) {
            w32[i] = (uint32_t)words[i];
        }
        ss = i < n ? NULL : ss_new_u32(w32, n);
        free(w32);
        if (i < n) {
            failf(r, "word %lu does not fit 32 bits", (unsigned long)i);
            free(words);
            return;
        }
    } else {
        ss = ss_new(words, n);
    }
    if (ss == NULL) {
        fail_call(r, bits == 32 ? "ss_new_u32" : "ss_new");
    } else {
        set_ss(r, ss);
        /* Words below 2^32 (or 2^64) are the same entropy as the list of those ints. */
        check_entropy_text(r, NULL, 0, 4, 0);
    }
    free(words);
}

/* `ss_spawn n i` and `bg_spawn n i`: the i-th of n children becomes current. */
static void op_spawn(runner *r, char **tok, size_t n_tok, int from_bitgen) {
    uint64_t n, i;
    size_t k;
    int32_t rc;
    if (!want_args(r, n_tok, 3, 3) || !parse_arg(r, tok[1], 10, &n) ||
        !parse_arg(r, tok[2], 10, &i) || !(from_bitgen ? need_bg(r) : need_ss(r))) {
        return;
    }
    if (i >= n) {
        failf(r, "child %lu of %lu", (unsigned long)i, (unsigned long)n);
        return;
    }
    /* The same steps for both handle types (no casts between pointer types). */
    if (from_bitgen) {
        rng_bitgen **c = xcalloc((size_t)n, sizeof *c);
        rc = bitgen_spawn(r->bg, (size_t)n, c);
        if (rc != RNG_OK) {
            fail_status(r, "bitgen_spawn", rc);
        } else {
            for (k = 0; k < n; k++) {
                if (k != i) {
                    bitgen_free(c[k]);
                }
            }
            set_bg(r, c[i]);
        }
        free(c);
    } else {
        rng_seedseq **c = xcalloc((size_t)n, sizeof *c);
        rc = ss_spawn(r->ss, (size_t)n, c);
        if (rc != RNG_OK) {
            fail_status(r, "ss_spawn", rc);
        } else {
            for (k = 0; k < n; k++) {
                if (k != i) {
                    ss_free(c[k]);
                }
            }
            set_ss(r, c[i]);
        }
        free(c);
    }
}

static void op_bitgen(runner *r, char **tok, size_t n_tok) {
    const algorithm *alg;
    rng_bitgen *bg;
    rng_seedseq *shared;
    const char *name;
    if (!want_args(r, n_tok, 2, 2) || !need_ss(r)) {
        return;
    }
    alg = find_algorithm(tok[1]);
    bg = bitgen_new(tok[1], r->ss);
    if (bg == NULL) {
        fail_call(r, "bitgen_new");
        return;
    }
    set_bg(r, bg);
    name = bitgen_name(bg);
    if (alg == NULL) {
        failf(r, "bitgen_new accepted an unknown name");
    } else if (name == NULL || strcmp(name, alg->name) != 0) {
        failf(r, "bitgen_name is %s", name ? name : "NULL");
    } else if (!twin_matches_current(r, alg->new_from_ss(r->ss))) {
        failf(r, "the %s constructor draws differently from bitgen_new", alg->name);
    } else {
        shared = bitgen_seedseq(bg);
        if (shared == NULL || !same_state(shared, r->ss)) {
            failf(r, "bitgen_seedseq differs from the seed sequence it was made from");
        }
        ss_free(shared);
    }
}

static void op_philox_key(runner *r, char **tok, size_t n_tok) {
    uint64_t w[6];
    size_t k;
    rng_bitgen *bg;
    if (!want_args(r, n_tok, 7, 7)) {
        return;
    }
    for (k = 0; k < 6; k++) {
        if (!parse_arg(r, tok[k + 1], 16, &w[k])) {
            return;
        }
    }
    bg = philox_new_key(w, w + 2);
    if (bg == NULL) {
        fail_call(r, "philox_new_key");
        return;
    }
    set_bg(r, bg);
    /* A NULL counter means counter 0. */
    if ((w[2] | w[3] | w[4] | w[5]) == 0 && !twin_matches_current(r, philox_new_key(w, NULL))) {
        failf(r, "philox_new_key with a NULL counter differs from counter 0");
    }
}

static void op_mt_legacy(runner *r, char **tok, size_t n_tok) {
    uint64_t seed;
    rng_bitgen *bg;
    if (!want_args(r, n_tok, 2, 2) || !parse_arg(r, tok[1], 10, &seed)) {
        return;
    }
    if (seed > UINT32_MAX) {
        failf(r, "seed does not fit 32 bits");
        return;
    }
    bg = mt19937_new_legacy((uint32_t)seed);
    if (bg == NULL) {
        fail_call(r, "mt19937_new_legacy");
    } else {
        set_bg(r, bg);
    }
}

static void op_mt_legacy_array(runner *r, char **tok, size_t n_tok) {
    uint64_t *seeds;
    uint32_t *s32;
    size_t n, k;
    rng_bitgen *bg = NULL;
    if (!want_args(r, n_tok, 2, 2) || !parse_dec_list(r, tok[1], &seeds, &n)) {
        return;
    }
    s32 = xcalloc(n, sizeof *s32);
    for (k = 0; k < n && seeds[k] <= UINT32_MAX; k++) {
        s32[k] = (uint32_t)seeds[k];
    }
    if (k < n) {
        failf(r, "seed %lu does not fit 32 bits", (unsigned long)k);
    } else if ((bg = mt19937_new_legacy_array(s32, n)) == NULL) {
        fail_call(r, "mt19937_new_legacy_array");
    } else {
        set_bg(r, bg);
    }
    free(s32);
    free(seeds);
}

static void op_jumped(runner *r, char **tok, size_t n_tok) {
    uint64_t jumps;
    const algorithm *alg;
    rng_bitgen *bg;
    if (!want_args(r, n_tok, 2, 2) || !parse_arg(r, tok[1], 10, &jumps) || !need_bg(r)) {
        return;
    }
    alg = find_algorithm(bitgen_name(r->bg));
    if (alg == NULL || alg->jumped == NULL) {
        failf(r, "no jumped function for %s", bitgen_name(r->bg));
        return;
    }
    bg = alg->jumped(r->bg, jumps);
    if (bg == NULL) {
        fail_call(r, "jumped");
    } else {
        set_bg(r, bg);
    }
}

static void op_advance(runner *r, char **tok, size_t n_tok) {
    uint64_t delta[4] = {0, 0, 0, 0};
    const algorithm *alg;
    size_t k;
    int32_t rc;
    if (!want_args(r, n_tok, 2, 5) || !need_bg(r)) {
        return;
    }
    alg = find_algorithm(bitgen_name(r->bg));
    if (alg == NULL || alg->advance == NULL) {
        failf(r, "no advance function for %s", bitgen_name(r->bg));
        return;
    }
    for (k = 0; k + 1 < n_tok; k++) {
        if (!parse_arg(r, tok[k + 1], 16, &delta[k])) {
            return;
        }
        if (k >= alg->advance_words && delta[k] != 0) {
            failf(r, "%s advance takes %lu words", alg->name, (unsigned long)alg->advance_words);
            return;
        }
    }
    rc = alg->advance(r->bg, delta);
    if (rc != RNG_OK) {
        fail_status(r, "advance", rc);
    }
}

/* Runs an operation line; failures are reported. */
static void run_operation(runner *r, char **tok, size_t n_tok) {
    const char *op = tok[0];
    if (strcmp(op, "ss") == 0) {
        op_ss(r, tok, n_tok);
    } else if (strcmp(op, "ss_words32") == 0) {
        op_ss_words(r, tok, n_tok, 32);
    } else if (strcmp(op, "ss_words64") == 0) {
        op_ss_words(r, tok, n_tok, 64);
    } else if (strcmp(op, "ss_spawn") == 0) {
        op_spawn(r, tok, n_tok, 0);
    } else if (strcmp(op, "bitgen") == 0) {
        op_bitgen(r, tok, n_tok);
    } else if (strcmp(op, "philox_key") == 0) {
        op_philox_key(r, tok, n_tok);
    } else if (strcmp(op, "mt_legacy") == 0) {
        op_mt_legacy(r, tok, n_tok);
    } else if (strcmp(op, "mt_legacy_array") == 0) {
        op_mt_legacy_array(r, tok, n_tok);
    } else if (strcmp(op, "bg_spawn") == 0) {
        op_spawn(r, tok, n_tok, 1);
    } else if (strcmp(op, "jumped") == 0) {
        op_jumped(r, tok, n_tok);
    } else if (strcmp(op, "advance") == 0) {
        op_advance(r, tok, n_tok);
    } else {
        failf(r, "unknown operation");
    }
}

/* ---- Check lines ---------------------------------------------------------------------------- */

/* The draws of a `u32 n` or `double n` line, as single draws from the current generator, after
 * checking that the bulk fill on a copy gives the same values. */
static int draw_u32_or_double(runner *r, int is_double, uint64_t *got, size_t n) {
    rng_bitgen *copy = bitgen_clone(r->bg);
    uint32_t *w = xcalloc(n, sizeof *w);
    double *d = xcalloc(n, sizeof *d);
    int32_t rc = copy == NULL ? RNG_ERR_NULL_POINTER
                 : is_double  ? bitgen_fill_double(copy, d, n)
                              : bitgen_fill_u32(copy, w, n);
    int same = 1;
    size_t k;
    for (k = 0; k < n; k++) {
        if (is_double) {
            double x = bitgen_next_double(r->bg);
            memcpy(&got[k], &x, sizeof x);
            same &= memcmp(&x, &d[k], sizeof x) == 0;
        } else {
            got[k] = bitgen_next_u32(r->bg);
            same &= got[k] == w[k];
        }
    }
    bitgen_free(copy);
    free(w);
    free(d);
    if (rc != RNG_OK) {
        fail_status(r, is_double ? "bitgen_fill_double" : "bitgen_fill_u32", rc);
        return 0;
    }
    if (!same) {
        failf(r, "%s differs from single draws", is_double ? "bitgen_fill_double"
                                                           : "bitgen_fill_u32");
        return 0;
    }
    return 1;
}

/* Computes what check line `op` observes into *got (a new array, *n_got values). Returns 1 on
 * success; reports the failure otherwise. */
static int observe(runner *r, char **op, size_t n_op, uint64_t **got, size_t *n_got) {
    const char *name = op[0];
    uint64_t count = 0;
    size_t n, k;
    int32_t rc = RNG_OK;
    int counted = strcmp(name, "n_spawned") != 0 && strcmp(name, "spawn_key") != 0;
    int on_ss = !counted || strncmp(name, "state", 5) == 0;

    *got = NULL;
    *n_got = 0;
    if (!want_args(r, n_op, counted ? 2 : 1, counted ? 2 : 1) ||
        (counted && !parse_arg(r, op[1], 10, &count)) || !(on_ss ? need_ss(r) : need_bg(r))) {
        return 0;
    }
    n = (size_t)count;
    *got = xcalloc(n, sizeof **got);
    *n_got = n;

    if (strcmp(name, "state32") == 0) {
        uint32_t *w = xcalloc(n, sizeof *w);
        rc = ss_generate_state_u32(r->ss, w, n);
        for (k = 0; k < n; k++) {
            (*got)[k] = w[k];
        }
        free(w);
    } else if (strcmp(name, "state64") == 0) {
        rc = ss_generate_state_u64(r->ss, *got, n);
    } else if (strcmp(name, "n_spawned") == 0) {
        free(*got);
        *got = xcalloc(1, sizeof **got);
        *n_got = 1;
        (*got)[0] = ss_n_children_spawned(r->ss);
    } else if (strcmp(name, "spawn_key") == 0) {
        size_t len = ss_spawn_key(r->ss, NULL, 0);
        free(*got);
        *got = xcalloc(len, sizeof **got);
        *n_got = len;
        if (len > 0 && ss_spawn_key(r->ss, *got, len) != len) {
            failf(r, "ss_spawn_key returned another length");
            return 0;
        }
    } else if (strcmp(name, "u64") == 0) {
        for (k = 0; k < n; k++) {
            (*got)[k] = bitgen_next_u64(r->bg);
        }
    } else if (strcmp(name, "u32") == 0 || strcmp(name, "double") == 0) {
        if (!draw_u32_or_double(r, strcmp(name, "double") == 0, *got, n)) {
            return 0;
        }
    } else if (strcmp(name, "raw") == 0) {
        rc = bitgen_random_raw(r->bg, *got, n);
    } else if (strcmp(name, "fill") == 0) {
        rc = bitgen_fill_u64(r->bg, *got, n);
    } else {
        failf(r, "unknown check");
        return 0;
    }
    if (rc != RNG_OK) {
        fail_status(r, name, rc);
        return 0;
    }
    return 1;
}

/* Runs check line `op : expected...`. */
static void run_check(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    uint64_t *got, *want = NULL;
    size_t n_got, n_want = 0, k;
    int dec = strcmp(op[0], "n_spawned") == 0 || strcmp(op[0], "spawn_key") == 0;

    if (!observe(r, op, n_op, &got, &n_got)) {
        free(got);
        return;
    }
    if (strcmp(op[0], "spawn_key") == 0) {
        if (n_expected != 1 || !parse_dec_list(r, expected[0], &want, &n_want)) {
            if (n_expected != 1) {
                failf(r, "expected one spawn key token");
            }
            free(got);
            return;
        }
    } else {
        want = xcalloc(n_expected, sizeof *want);
        n_want = n_expected;
        for (k = 0; k < n_expected; k++) {
            if (!parse_arg(r, expected[k], dec ? 10 : 16, &want[k])) {
                free(want);
                free(got);
                return;
            }
        }
    }

    if (n_got != n_want) {
        failf(r, "%lu values, expected %lu", (unsigned long)n_got, (unsigned long)n_want);
    } else {
        for (k = 0; k < n_got && got[k] == want[k]; k++) {
        }
        if (k < n_got) {
            failf(r, "value %lu is %" PRIx64 " (hex), expected %" PRIx64, (unsigned long)k,
                  got[k], want[k]);
        } else {
            r->passed++;
        }
    }
    free(want);
    free(got);
}

/* ---- Distribution lines (`dist <method> <n> <params...> : <values>`) -------------------------- */

/* Parses the parameters of a `dist` line by the method's letters (dist_methods.h). */
static int parse_dist_params(runner *r, const dist_method *m, char **tok, dist_params *p) {
    size_t k, nf = 0, ns = 0, nu = 0;
    memset(p, 0, sizeof *p);
    for (k = 0; m->params[k] != '\0'; k++) {
        const char *t = tok[k];
        char *end;
        errno = 0;
        switch (m->params[k]) {
        case 'f':
            /* Python's repr: shortest round-trip decimal, `inf`, `-inf`, `nan`. */
            p->f[nf++] = strtod(t, &end);
            if (t[0] == '\0' || *end != '\0') {
                failf(r, "bad float parameter `%s`", t);
                return 0;
            }
            break;
        case 's': {
            long long v = strtoll(t, &end, 10);
            if (t[0] == '\0' || *end != '\0' || errno != 0 || v < m->smin || v > m->smax) {
                failf(r, "bad integer parameter `%s` for %s", t, m->name);
                return 0;
            }
            p->s[ns++] = (int64_t)v;
            break;
        }
        case 'u': {
            uint64_t v;
            if (!parse_u64(t, 10, &v) || v > m->umax) {
                failf(r, "bad integer parameter `%s` for %s", t, m->name);
                return 0;
            }
            p->u[nu++] = v;
            break;
        }
        default: /* 'e' */
            if (strcmp(t, "0") != 0 && strcmp(t, "1") != 0) {
                failf(r, "bad endpoint `%s` (0 or 1)", t);
                return 0;
            }
            p->endpoint = t[0] == '1';
            break;
        }
    }
    return 1;
}

/* Parses a value token of method m into its 64 value bits (as dist_value_bits). */
static int parse_dist_value(const dist_method *m, const char *t, uint64_t *bits) {
    char *end;
    switch (m->kind) {
    case V_F64: return strlen(t) == 16 && parse_u64(t, 16, bits);
    case V_F32: return strlen(t) == 8 && parse_u64(t, 16, bits);
    case V_INT: {
        long long v;
        errno = 0;
        v = strtoll(t, &end, 10);
        if (t[0] == '\0' || *end != '\0' || errno != 0) {
            return 0;
        }
        *bits = (uint64_t)(int64_t)v;
        return 1;
    }
    case V_UINT: return parse_u64(t, 10, bits);
    case V_BOOL:
        if (strcmp(t, "0") != 0 && strcmp(t, "1") != 0) {
            return 0;
        }
        *bits = t[0] == '1';
        return 1;
    }
    return 0;
}

/* Whether a and b (both consumed and freed) draw the same: a 32-bit draw first, so that a
 * pending half word counts, then 64-bit draws. */
static int same_stream_freeing(rng_bitgen *a, rng_bitgen *b) {
    int same = a != NULL && b != NULL && bitgen_next_u32(a) == bitgen_next_u32(b) &&
               same_draws(a, b);
    bitgen_free(a);
    bitgen_free(b);
    return same;
}

/* Cross-checks a fill (`got`, n values, made from `twin`'s state, which is consumed and freed)
 * against the API's other ways to the same values: n single values (one for the packed 8/16-bit
 * and bool integers, checked against a fill of one), or for permutation and the shuffles the
 * other two of them. Afterwards the twin must draw as the current generator. */
static int cross_check_dist(runner *r, const dist_method *m, const dist_params *p,
                            rng_bitgen *twin, const void *got, size_t n) {
    unsigned char one[16], fill_one[16];
    rng_bitgen *other = NULL;
    void *alt = NULL;
    size_t k;
    int32_t rc;
    int ok = 1;

    if (twin == NULL) {
        fail_call(r, "bitgen_clone");
        return 0;
    }
    if (m->packed) {
        /* A fill of one equals the single value (on copies of the state before the line). */
        other = bitgen_clone(twin);
        memset(one, 0, sizeof one);
        memset(fill_one, 0, sizeof fill_one);
        rc = dist_next(m, twin, p, one);
        if (rc != RNG_OK) {
            failf(r, "rng_next_%s returned %s: %s", m->name, rng_status_str(rc), rng_last_error());
            ok = 0;
        } else if ((rc = dist_fill(m, other, p, fill_one, 1)) != RNG_OK) {
            fail_status(r, "a fill of one", rc);
            ok = 0;
        } else if (dist_value_bits(m, one, 0) != dist_value_bits(m, fill_one, 0)) {
            failf(r, "rng_next_%s differs from a fill of one", m->name);
            ok = 0;
        }
        if (!ok) {
            bitgen_free(other);
            bitgen_free(twin);
            return 0;
        }
        if (!same_stream_freeing(other, twin)) {
            failf(r, "rng_next_%s and a fill of one leave different streams", m->name);
            return 0;
        }
        return 1;
    }
    if (m->next != NEXT_NONE) {
        /* n single values give the fill's values. */
        for (k = 0; k < n && ok; k++) {
            memset(one, 0, sizeof one);
            rc = dist_next(m, twin, p, one);
            if (rc != RNG_OK) {
                failf(r, "rng_next_%s returned %s: %s", m->name, rng_status_str(rc),
                      rng_last_error());
                ok = 0;
            } else if (dist_value_bits(m, one, 0) != dist_value_bits(m, got, k)) {
                char a[32], b[32];
                dist_format_bits(m, dist_value_bits(m, one, 0), a, sizeof a);
                dist_format_bits(m, dist_value_bits(m, got, k), b, sizeof b);
                failf(r, "single value %lu of rng_next_%s is %s, the fill's is %s",
                      (unsigned long)k, m->name, a, b);
                ok = 0;
            }
        }
    } else {
        /* permutation(n) is shuffle(arange(n)); shuffling arange(n) * 0.5 moves the same way. */
        const dist_method *alt_m =
            find_dist_method(m->id == D_SHUFFLE_I64 ? "shuffle_f64" : "shuffle_i64");
        alt = xcalloc(n, 8);
        dist_shuffle_input(alt_m, alt, n);
        rc = dist_fill(alt_m, twin, p, alt, n);
        if (rc != RNG_OK) {
            fail_status(r, alt_m->name, rc);
            ok = 0;
        }
        for (k = 0; k < n && ok; k++) {
            double x = m->id == D_SHUFFLE_F64 ? ((const double *)got)[k]
                                              : (double)((const int64_t *)got)[k] * 0.5;
            double y = alt_m->id == D_SHUFFLE_F64 ? ((const double *)alt)[k]
                                                  : (double)((const int64_t *)alt)[k] * 0.5;
            if (x != y) {
                failf(r, "value %lu differs from %s's order", (unsigned long)k, alt_m->name);
                ok = 0;
            }
        }
        free(alt);
    }
    if (!ok) {
        bitgen_free(twin);
        return 0;
    }
    if (!same_stream_freeing(bitgen_clone(r->bg), twin)) {
        failf(r, "the fill and its cross-check leave different streams");
        return 0;
    }
    return 1;
}

/* Compares the `n` values a fill of method `m` wrote in `buf` with the line's expected tokens;
 * reports the first difference. */
static int same_dist_values(runner *r, const dist_method *m, const unsigned char *buf, size_t n,
                            char **expected) {
    uint64_t want;
    size_t k;
    for (k = 0; k < n; k++) {
        uint64_t got = dist_value_bits(m, buf, k);
        if (!parse_dist_value(m, expected[k], &want)) {
            failf(r, "bad value `%s`", expected[k]);
            return 0;
        }
        if (got != want) {
            char text[32];
            dist_format_bits(m, got, text, sizeof text);
            failf(r, "value %lu is %s, expected %s", (unsigned long)k, text, expected[k]);
            return 0;
        }
    }
    return 1;
}

/* Runs check line `dist <method> <n> <params...> : <values>` on the current generator. */
static void run_dist(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    const dist_method *m;
    dist_params p;
    uint64_t count;
    size_t n;
    void *buf;
    rng_bitgen *twin;
    int32_t rc;
    int ok = 1;

    if (n_op < 3 || (m = find_dist_method(op[1])) == NULL) {
        failf(r, n_op < 3 ? "expected a method and a count" : "unknown method");
        return;
    }
    if (!want_args(r, n_op, 3 + strlen(m->params), 3 + strlen(m->params)) ||
        !parse_arg(r, op[2], 10, &count) || !parse_dist_params(r, m, op + 3, &p) || !need_bg(r)) {
        return;
    }
    n = (size_t)count;
    buf = xcalloc(n, m->elem);
    dist_shuffle_input(m, buf, n);
    twin = bitgen_clone(r->bg);
    rc = dist_fill(m, r->bg, &p, buf, n);
    if (rc != RNG_OK) {
        char call[64];
        snprintf(call, sizeof call, "rng_%s", m->name);
        fail_status(r, call, rc);
        bitgen_free(twin);
        free(buf);
        return;
    }
    if (n_expected != n) {
        failf(r, "%lu values, expected %lu", (unsigned long)n, (unsigned long)n_expected);
        ok = 0;
    }
    ok = ok && same_dist_values(r, m, buf, n, expected);
    if (ok) {
        ok = cross_check_dist(r, m, &p, twin, buf, n);
    } else {
        bitgen_free(twin);
    }
    r->passed += ok;
    free(buf);
}

/* ---- choice, bytes and the shuffles (tests/data/sampling.txt) ------------------------------- */

/* A token of hex digit pairs (`-`: none) as bytes, into a new buffer. */
static int parse_hex_bytes(runner *r, const char *t, unsigned char **out, size_t *n) {
    size_t len = strcmp(t, "-") == 0 ? 0 : strlen(t), k;
    *out = xcalloc(len / 2 + 1, 1);
    *n = len / 2;
    for (k = 0; k < len / 2; k++) {
        char pair[3] = {t[2 * k], t[2 * k + 1], '\0'};
        uint64_t b;
        if (!parse_u64(pair, 16, &b)) {
            failf(r, "bad hex bytes `%s`", t);
            free(*out);
            return 0;
        }
        (*out)[k] = (unsigned char)b;
    }
    if (len % 2 != 0) {
        failf(r, "odd hex bytes `%s`", t);
        free(*out);
        return 0;
    }
    return 1;
}

/* ---- Vector-valued lines (multinomial, multinomial_v, dirichlet, mvhg; FORMAT.md) ----------- */

static int parse_i64_tok(runner *r, const char *t, int64_t *out) {
    char *end;
    long long v;
    errno = 0;
    v = strtoll(t, &end, 10);
    if (*t == '\0' || *end != '\0' || errno != 0) {
        failf(r, "bad integer `%s`", t);
        return 0;
    }
    *out = (int64_t)v;
    return 1;
}

static int parse_f64_tok(runner *r, const char *t, double *out) {
    char *end;
    *out = strtod(t, &end);
    if (*t == '\0' || *end != '\0') {
        failf(r, "bad float `%s`", t);
        return 0;
    }
    return 1;
}

/* Compares `n` bytes with the line's expected token. */
static int same_bytes(runner *r, const unsigned char *got, size_t n, char **expected,
                      size_t n_expected) {
    unsigned char *want;
    size_t n_want, k;
    int ok;
    if (n_expected != 1 || !parse_hex_bytes(r, expected[0], &want, &n_want)) {
        if (n_expected != 1) {
            failf(r, "expected one hex token");
        }
        return 0;
    }
    ok = n_want == n;
    for (k = 0; k < n && ok; k++) {
        ok = got[k] == want[k];
    }
    if (!ok) {
        failf(r, n_want != n ? "%lu bytes, expected %lu" : "byte %lu differs", (unsigned long)n,
              (unsigned long)n_want);
    }
    free(want);
    return ok;
}

/* `bytes <n> : <hex>`; cross-check: the little-endian bytes of bitgen_next_u32 draws (one for
 * n = 0) on a copy of the generator. */
static void run_bytes(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    uint64_t count;
    size_t n, k, words;
    unsigned char *buf, *alt;
    rng_bitgen *twin;
    int32_t rc;
    int ok;
    if (!want_args(r, n_op, 2, 2) || !parse_arg(r, op[1], 10, &count) || !need_bg(r)) {
        return;
    }
    n = (size_t)count;
    words = n == 0 ? 1 : (n - 1) / 4 + 1;
    buf = xcalloc(n + 1, 1);
    alt = xcalloc(4 * words, 1);
    twin = bitgen_clone(r->bg);
    rc = rng_bytes(r->bg, n == 0 ? NULL : buf, n);
    if (rc != RNG_OK) {
        fail_status(r, "rng_bytes", rc);
        ok = 0;
    } else {
        ok = same_bytes(r, buf, n, expected, n_expected);
    }
    for (k = 0; k < words && ok && twin != NULL; k++) {
        uint32_t w = bitgen_next_u32(twin);
        alt[4 * k] = (unsigned char)w;
        alt[4 * k + 1] = (unsigned char)(w >> 8);
        alt[4 * k + 2] = (unsigned char)(w >> 16);
        alt[4 * k + 3] = (unsigned char)(w >> 24);
    }
    if (ok && (n > 0 && memcmp(alt, buf, n) != 0)) {
        failf(r, "rng_bytes differs from bitgen_next_u32's bytes");
        ok = 0;
    }
    if (ok && !same_stream_freeing(bitgen_clone(r->bg), twin)) {
        failf(r, "rng_bytes and bitgen_next_u32 leave different streams");
        ok = 0;
    } else if (!ok) {
        bitgen_free(twin);
    }
    r->passed += ok;
    free(buf);
    free(alt);
}

/* `choice <a> <replace> <shuffle> <p> <n> : <values>`; cross-check: with replacement and no p,
 * rng_integers_i64(0, a) on a copy of the generator. */
static void run_choice(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    uint64_t count, want;
    size_t n, k, n_p = 0;
    int64_t a;
    double *p = NULL;
    int64_t *out, *alt;
    int replace, shuffle, ok = 1;
    rng_bitgen *twin;
    int32_t rc;
    char *end;
    if (!want_args(r, n_op, 6, 6) || !parse_arg(r, op[5], 10, &count) || !need_bg(r)) {
        return;
    }
    errno = 0;
    a = strtoll(op[1], &end, 10);
    if (errno != 0 || *end != '\0') {
        failf(r, "bad a `%s`", op[1]);
        return;
    }
    replace = strcmp(op[2], "1") == 0;
    shuffle = strcmp(op[3], "1") == 0;
    if (strcmp(op[4], "-") != 0) {
        const char *t = op[4];
        p = xcalloc(strlen(t) + 1, sizeof *p);
        while (*t != '\0') {
            p[n_p++] = strtod(t, &end);
            if (end == t || (*end != ',' && *end != '\0')) {
                failf(r, "bad p `%s`", op[4]);
                free(p);
                return;
            }
            t = *end == ',' ? end + 1 : end;
        }
        if ((int64_t)n_p != a) {
            failf(r, "p has %lu values, a is %s", (unsigned long)n_p, op[1]);
            free(p);
            return;
        }
    }
    n = (size_t)count;
    out = xcalloc(n + 1, sizeof *out);
    alt = xcalloc(n + 1, sizeof *alt);
    twin = bitgen_clone(r->bg);
    rc = rng_choice(r->bg, a, p, replace, shuffle, out, n);
    if (rc != RNG_OK) {
        fail_status(r, "rng_choice", rc);
        ok = 0;
    } else if (n_expected != n) {
        failf(r, "%lu values, expected %lu", (unsigned long)n, (unsigned long)n_expected);
        ok = 0;
    }
    for (k = 0; k < n && ok; k++) {
        if (!parse_u64(expected[k], 10, &want) || (uint64_t)out[k] != want) {
            failf(r, "value %lu is %" PRId64 ", expected %s", (unsigned long)k, out[k],
                  expected[k]);
            ok = 0;
        }
    }
    if (ok && replace && p == NULL && n > 0) {
        rc = rng_integers_i64(twin, 0, a, false, alt, n);
        if (rc != RNG_OK || memcmp(alt, out, n * sizeof *out) != 0) {
            failf(r, "rng_choice differs from rng_integers_i64(0, a)");
            ok = 0;
        }
        if (ok && !same_stream_freeing(bitgen_clone(r->bg), twin)) {
            failf(r, "rng_choice and rng_integers_i64 leave different streams");
            ok = 0;
        }
    } else {
        bitgen_free(twin);
    }
    r->passed += ok;
    free(p);
    free(out);
    free(alt);
}

/* The `move` operation `op` at `data` (and `x` for permutation) on `bg`. */
static int32_t do_move(rng_bitgen *bg, const char *op, unsigned char *x, unsigned char *data,
                       size_t ndim, const size_t *shape, size_t itemsize, size_t axis) {
    if (strcmp(op, "shuffle") == 0) {
        return rng_shuffle_axis(bg, data, ndim, shape, itemsize, axis);
    }
    if (strcmp(op, "permutation") == 0) {
        return rng_permutation_axis(bg, x, data, ndim, shape, itemsize, axis);
    }
    return rng_permuted(bg, data, ndim, shape, itemsize, axis);
}

/* `move <op> <itemsize> <shape> <axis> : <hex>`. Cross-checks, on copies of the generator: the
 * same call on buffers one byte off alignment (the byte-wise path), and rng_shuffle for
 * shuffle along axis 0 and for permuted with axis=None. */
static void run_move(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    uint64_t itemsize, ax, *dims = NULL;
    size_t ndim, k, nbytes = 1, axis, shape[64];
    unsigned char *x, *data, *ux, *udata, *whole;
    rng_bitgen *twin, *twin2;
    int32_t rc;
    int ok = 1, kind = strcmp(op[1], "shuffle") == 0       ? 0
                       : strcmp(op[1], "permutation") == 0 ? 1
                       : strcmp(op[1], "permuted") == 0    ? 2
                                                           : -1;
    if (!want_args(r, n_op, 5, 5) || !parse_arg(r, op[2], 10, &itemsize) ||
        !parse_dec_list(r, op[3], &dims, &ndim) || !need_bg(r)) {
        free(dims);
        return;
    }
    if (kind < 0 || ndim == 0 || ndim > 64) {
        failf(r, "bad move line");
        free(dims);
        return;
    }
    if (strcmp(op[4], "none") == 0 && kind == 2) {
        axis = RNG_AXIS_NONE;
    } else if (parse_arg(r, op[4], 10, &ax)) {
        axis = (size_t)ax;
    } else {
        free(dims);
        return;
    }
    for (k = 0; k < ndim; k++) {
        shape[k] = (size_t)dims[k];
        nbytes *= shape[k];
    }
    free(dims);
    nbytes *= (size_t)itemsize;
    /* 16-byte aligned buffers (calloc), and copies one byte further on. */
    x = xcalloc(nbytes + 1, 1);
    data = xcalloc(nbytes + 1, 1);
    ux = xcalloc(nbytes + 2, 1);
    udata = xcalloc(nbytes + 2, 1);
    whole = xcalloc(nbytes + 1, 1);
    for (k = 0; k < nbytes; k++) {
        x[k] = ux[k + 1] = (unsigned char)(k % 251);
    }
    if (kind != 1) {
        memcpy(data, x, nbytes);
        memcpy(udata + 1, x, nbytes);
        memcpy(whole, x, nbytes);
    }
    twin = bitgen_clone(r->bg);
    twin2 = bitgen_clone(r->bg);
    rc = do_move(r->bg, op[1], x, data, ndim, shape, (size_t)itemsize, axis);
    if (rc != RNG_OK) {
        fail_status(r, op[1], rc);
        ok = 0;
    } else {
        ok = same_bytes(r, data, nbytes, expected, n_expected);
    }
    if (ok) {
        rc = do_move(twin, op[1], ux + 1, udata + 1, ndim, shape, (size_t)itemsize, axis);
        if (rc != RNG_OK || memcmp(udata + 1, data, nbytes) != 0) {
            failf(r, "unaligned buffers give another result");
            ok = 0;
        }
    }
    if (ok && (axis == RNG_AXIS_NONE || (kind == 0 && axis == 0))) {
        /* The whole array as items (permuted) or rows (shuffle along axis 0) of rng_shuffle. */
        size_t rows = axis == RNG_AXIS_NONE ? nbytes / (size_t)itemsize : shape[0];
        size_t rowsize = rows == 0 ? 0 : nbytes / rows;
        if (rowsize > 0) {
            rc = rng_shuffle(twin2, whole, rows, rowsize);
            if (rc != RNG_OK || memcmp(whole, data, nbytes) != 0) {
                failf(r, "rng_shuffle gives another result");
                ok = 0;
            }
        }
    }
    if (ok && !same_stream_freeing(bitgen_clone(r->bg), twin)) {
        failf(r, "the unaligned call leaves another stream");
        ok = 0;
    } else if (!ok) {
        bitgen_free(twin);
    }
    bitgen_free(twin2);
    r->passed += ok;
    free(x);
    free(data);
    free(ux);
    free(udata);
    free(whole);
}

/* Runs check line `distv <method> <n> <arrays...> : <values>` on the current generator: each
 * array parameter is n comma-separated values, a flag (endpoint) one value; rng_<method>_v. */
static void run_distv(runner *r, char **op, size_t n_op, char **expected, size_t n_expected) {
    const dist_method *m;
    uint64_t count;
    size_t n, k, j, np_;
    dist_params *p;
    char *copies[3] = {NULL, NULL, NULL}, *cursor[3] = {NULL, NULL, NULL}, *elem[4];
    unsigned char *buf = NULL;
    int32_t rc;
    int ok = 1;

    if (n_op < 3 || (m = find_dist_method(op[1])) == NULL) {
        failf(r, n_op < 3 ? "expected a method and a count" : "unknown method");
        return;
    }
    np_ = strlen(m->params);
    if (!want_args(r, n_op, 3 + np_, 3 + np_) || !parse_arg(r, op[2], 10, &count) || !need_bg(r) ||
        count == 0 || np_ > 3) {
        return;
    }
    n = (size_t)count;
    p = (dist_params *)xcalloc(n, sizeof *p);
    for (j = 0; j < np_; j++) {
        if (m->params[j] != 'e') {
            copies[j] = (char *)xcalloc(strlen(op[3 + j]) + 1, 1);
            strcpy(copies[j], op[3 + j]);
            cursor[j] = copies[j];
        }
    }
    for (k = 0; k < n && ok; k++) {
        for (j = 0; j < np_ && ok; j++) {
            if (m->params[j] == 'e') {
                elem[j] = op[3 + j];
            } else if (cursor[j] == NULL) {
                failf(r, "parameter %lu has fewer than %lu values", (unsigned long)j,
                      (unsigned long)n);
                ok = 0;
            } else {
                char *comma = strchr(cursor[j], ',');
                elem[j] = cursor[j];
                if (comma != NULL) {
                    *comma = '\0';
                }
                cursor[j] = comma != NULL ? comma + 1 : NULL;
            }
        }
        ok = ok && parse_dist_params(r, m, elem, &p[k]);
    }
    for (j = 0; j < np_ && ok; j++) {
        if (m->params[j] != 'e' && cursor[j] != NULL) {
            failf(r, "parameter %lu has more than %lu values", (unsigned long)j, (unsigned long)n);
            ok = 0;
        }
    }
    if (ok) {
        buf = (unsigned char *)xcalloc(n, m->elem);
        rc = dist_fill_v(m, r->bg, p, buf, n);
        if (rc != RNG_OK) {
            char call[64];
            snprintf(call, sizeof call, "rng_%s_v", m->name);
            fail_status(r, call, rc);
            ok = 0;
        } else if (n_expected != n) {
            failf(r, "%lu values, expected %lu", (unsigned long)n, (unsigned long)n_expected);
            ok = 0;
        }
    }
    ok = ok && same_dist_values(r, m, buf, n, expected);
    r->passed += ok;
    for (j = 0; j < 3; j++) {
        free(copies[j]);
    }
    free(buf);
    free(p);
}

/* One call of the line's method for `rows` rows from `bg` into `out` (int64 or double). */
typedef struct mv_line {
    int kind; /* 0 multinomial, 1 multinomial_v, 2 dirichlet, 3 mvhg */
    size_t rows, k;
    int64_t ntrials, nsample;
    int64_t *ns, *colors;
    double *p; /* pvals (k, or rows * k for the vector path) or alpha */
    const char *method;
} mv_line;

static int32_t mv_call(const mv_line *m, rng_bitgen *bg, size_t first, size_t rows, void *out) {
    switch (m->kind) {
    case 0:
        return rng_multinomial(bg, m->ntrials, m->p, m->k, out, rows);
    case 1:
        return rng_multinomial_v(bg, m->ns + first, m->p + first * m->k, m->k, out, rows);
    case 2:
        return rng_dirichlet(bg, m->p, m->k, out, rows);
    default:
        return rng_multivariate_hypergeometric(bg, m->colors, m->k, m->nsample, m->method, out,
                                               rows);
    }
}

/* A value's comparable bits: int64 as is, doubles' bits with every NaN as one. */
static uint64_t mv_bits(const mv_line *m, const void *buf, size_t i) {
    if (m->kind == 2) {
        double x = ((const double *)buf)[i];
        uint64_t b;
        if (x != x) {
            return UINT64_C(0x7ff8000000000000);
        }
        memcpy(&b, &x, sizeof b);
        return b;
    }
    return (uint64_t)((const int64_t *)buf)[i];
}

static void run_multivariate(runner *r, char **op, size_t n_op, char **expected,
                             size_t n_expected) {
    mv_line m;
    uint64_t count, kk;
    size_t i, need, n_p = 0, cells;
    void *buf = NULL, *row = NULL;
    rng_bitgen *twin = NULL;
    int32_t rc;
    int ok = 0;
    memset(&m, 0, sizeof m);
    m.kind = strcmp(op[0], "multinomial") == 0     ? 0
             : strcmp(op[0], "multinomial_v") == 0 ? 1
             : strcmp(op[0], "dirichlet") == 0     ? 2
                                                   : 3;
    if (n_op < 3 || !parse_arg(r, op[1], 10, &count) || !need_bg(r)) {
        return;
    }
    m.rows = (size_t)count;
    /* The token holding k, and the parameter tokens' count. */
    i = m.kind == 0 ? 3 : m.kind == 3 ? 4 : 2;
    if (n_op <= i || !parse_arg(r, op[i], 10, &kk)) {
        failf(r, "no k");
        return;
    }
    m.k = (size_t)kk;
    need = m.kind == 0 ? 4 + m.k : m.kind == 1 ? 3 + m.rows + m.rows * m.k
                                   : m.kind == 2 ? 3 + m.k
                                                 : 5 + m.k;
    if (!want_args(r, n_op, need, need)) {
        return;
    }
    m.ns = xcalloc(m.rows + 1, sizeof *m.ns);
    m.colors = xcalloc(m.k + 1, sizeof *m.colors);
    n_p = m.kind == 1 ? m.rows * m.k : m.k;
    m.p = xcalloc(n_p + 1, sizeof *m.p);
    cells = m.rows * m.k;
    buf = xcalloc(cells + 1, 8);
    row = xcalloc(m.k + 1, 8);
    if (m.kind == 0) {
        if (!parse_i64_tok(r, op[2], &m.ntrials)) {
            goto done;
        }
        for (i = 0; i < m.k; i++) {
            if (!parse_f64_tok(r, op[4 + i], &m.p[i])) {
                goto done;
            }
        }
    } else if (m.kind == 1) {
        for (i = 0; i < m.rows; i++) {
            if (!parse_i64_tok(r, op[3 + i], &m.ns[i])) {
                goto done;
            }
        }
        for (i = 0; i < n_p; i++) {
            if (!parse_f64_tok(r, op[3 + m.rows + i], &m.p[i])) {
                goto done;
            }
        }
    } else if (m.kind == 2) {
        for (i = 0; i < m.k; i++) {
            if (!parse_f64_tok(r, op[3 + i], &m.p[i])) {
                goto done;
            }
        }
    } else {
        m.method = op[2];
        if (!parse_i64_tok(r, op[3], &m.nsample)) {
            goto done;
        }
        for (i = 0; i < m.k; i++) {
            if (!parse_i64_tok(r, op[5 + i], &m.colors[i])) {
                goto done;
            }
        }
    }
    twin = bitgen_clone(r->bg);
    rc = mv_call(&m, r->bg, 0, m.rows, buf);
    if (rc != RNG_OK) {
        fail_status(r, op[0], rc);
        goto done;
    }
    if (n_expected != cells) {
        failf(r, "%lu values, expected %lu", (unsigned long)cells, (unsigned long)n_expected);
        goto done;
    }
    for (i = 0; i < cells; i++) {
        uint64_t want;
        int64_t wi;
        if (m.kind == 2) {
            if (strcmp(expected[i], "nan") == 0) {
                want = UINT64_C(0x7ff8000000000000);
            } else if (!parse_arg(r, expected[i], 16, &want)) {
                goto done;
            }
        } else {
            if (!parse_i64_tok(r, expected[i], &wi)) {
                goto done;
            }
            want = (uint64_t)wi;
        }
        if (mv_bits(&m, buf, i) != want) {
            failf(r, "value %lu differs (expected %s)", (unsigned long)i, expected[i]);
            goto done;
        }
    }
    /* The rows one call at a time on the copy (the count method's item array carries over
     * from row to row: its first row only), which must then draw as the generator. */
    if (twin == NULL) {
        fail_call(r, "bitgen_clone");
        goto done;
    }
    if (m.kind == 3 && strcmp(m.method, "count") == 0 && m.rows > 1) {
        bitgen_free(twin);
        twin = NULL;
    } else {
        for (i = 0; i < m.rows; i++) {
            size_t j;
            if ((rc = mv_call(&m, twin, i, 1, row)) != RNG_OK) {
                fail_status(r, "single row", rc);
                goto done;
            }
            for (j = 0; j < m.k; j++) {
                if (mv_bits(&m, row, j) != mv_bits(&m, buf, i * m.k + j)) {
                    failf(r, "row %lu drawn alone differs", (unsigned long)i);
                    goto done;
                }
            }
        }
        if (!same_stream_freeing(twin, bitgen_clone(r->bg))) {
            twin = NULL;
            failf(r, "the rows drawn one at a time end elsewhere");
            goto done;
        }
        twin = NULL;
    }
    ok = 1;
done:
    bitgen_free(twin);
    r->passed += ok;
    free(m.ns);
    free(m.colors);
    free(m.p);
    free(buf);
    free(row);
}

/* ---- Driver --------------------------------------------------------------------------------- */

static void run_file(runner *r, const char *path) {
    FILE *f = fopen(path, "r");
    char *line = NULL, **tok = NULL, *op_text = NULL;
    size_t line_cap = 0, tok_cap = 0, op_cap = 0;
    long cases = 0, passed_before = r->passed, failed_before = r->failed;

    r->file = path;
    r->line = 0;
    r->op_text = "";
    strcpy(r->case_name, "(none)");
    if (f == NULL) {
        failf(r, "cannot open: %s", strerror(errno));
        return;
    }
    while (read_line(f, &line, &line_cap)) {
        size_t n_tok, colon, k, len;
        r->line++;
        n_tok = tokenize(line, &tok, &tok_cap);
        if (n_tok == 0 || tok[0][0] == '#') {
            continue;
        }
        if (strcmp(tok[0], "case") == 0) {
            reset(r);
            cases++;
            snprintf(r->case_name, sizeof r->case_name, "%s", n_tok > 1 ? tok[1] : "");
            continue;
        }
        for (colon = 0; colon < n_tok && strcmp(tok[colon], ":") != 0; colon++) {
        }
        /* The operation's text, for messages. */
        for (k = 0, len = 0; k < colon; k++) {
            len += strlen(tok[k]) + 1;
        }
        if (len > op_cap) {
            free(op_text);
            op_text = xcalloc(len, 1);
            op_cap = len;
        }
        op_text[0] = '\0';
        for (k = 0; k < colon; k++) {
            strcat(strcat(op_text, k > 0 ? " " : ""), tok[k]);
        }
        r->op_text = op_text;

        if (colon == 0) {
            failf(r, "a check with no operation");
        } else if (colon < n_tok && strcmp(tok[0], "dist") == 0) {
            run_dist(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok && strcmp(tok[0], "bytes") == 0) {
            run_bytes(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok && strcmp(tok[0], "choice") == 0) {
            run_choice(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok && strcmp(tok[0], "move") == 0) {
            run_move(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok && strcmp(tok[0], "distv") == 0) {
            run_distv(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok &&
                   (strcmp(tok[0], "multinomial") == 0 || strcmp(tok[0], "multinomial_v") == 0 ||
                    strcmp(tok[0], "dirichlet") == 0 || strcmp(tok[0], "mvhg") == 0)) {
            run_multivariate(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else if (colon < n_tok) {
            run_check(r, tok, colon, tok + colon + 1, n_tok - colon - 1);
        } else {
            run_operation(r, tok, n_tok);
        }
    }
    if (ferror(f)) {
        failf(r, "read error");
    }
    fclose(f);
    reset(r);
    free(line);
    free(tok);
    free(op_text);
    r->op_text = "";
    printf("%s: %ld cases, %ld check lines passed, %ld lines failed\n", path, cases,
           r->passed - passed_before, r->failed - failed_before);
}

int main(int argc, char **argv) {
    runner r;
    int i;
    memset(&r, 0, sizeof r);
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    for (i = 1; i < argc; i++) {
        run_file(&r, argv[i]);
    }
    print_summary(r.passed, r.failed);
    return r.failed == 0 && r.passed > 0 ? 0 : 1;
}
