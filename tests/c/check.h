/*
 * The checks the C tests share: pass/fail counters, failure messages with a context, the
 * rng_last_error() priming that shows a call set a new error, sentinel-filled buffers that show
 * a call wrote nothing, twin generators that show a call drew nothing, and the summary line.
 *
 * Define CHECK_FILE, the file name failures are reported under, before including this header:
 *
 *     #define CHECK_FILE "test_api.c"
 *     #include "check.h"
 *
 * and CHECK_STATUS_WITH_ERROR (to 1) for expect_status_at to add rng_last_error() to its message.
 * A failed check prints `FAIL <CHECK_FILE>:<line> [<context>]: <what>` to stderr; the last line
 * a test prints is `N passed, M failed` (print_summary).
 */
#ifndef RANDSTREAMS_TEST_CHECK_H
#define RANDSTREAMS_TEST_CHECK_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "randstreams.h"

#ifndef CHECK_FILE
#error "define CHECK_FILE (the test's file name, for failure messages) before including check.h"
#endif
#ifndef CHECK_STATUS_WITH_ERROR
#define CHECK_STATUS_WITH_ERROR 0
#endif

#if defined(__GNUC__) || defined(__clang__)
#define CHECK_PRINTF_LIKE(fmt, first) __attribute__((format(printf, fmt, first)))
#else
#define CHECK_PRINTF_LIKE(fmt, first)
#endif

/* ---- Counters and context ------------------------------------------------------------------ */

static long n_passed, n_failed;
static char context[256];      /* e.g. the algorithm under test, printed with failures */
static char primed_error[512]; /* rng_last_error() just before the call under test */

static inline void set_context(const char *fmt, ...) CHECK_PRINTF_LIKE(1, 2);

static inline void set_context(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(context, sizeof context, fmt, ap);
    va_end(ap);
}

static inline void clear_context(void) {
    context[0] = '\0';
}

/* Counts a check; prints it, with the line and the context, if it failed. Returns `ok`. */
static inline int check_at(int line, int ok, const char *what) {
    if (ok) {
        n_passed++;
    } else {
        n_failed++;
        fprintf(stderr, "FAIL " CHECK_FILE ":%d%s%s%s: %s\n", line, context[0] ? " [" : "",
                context, context[0] ? "]" : "", what);
    }
    return ok;
}

#define CHECK(cond) check_at(__LINE__, (cond) != 0, #cond)

/* `N passed, M failed`, a test's last line. */
static inline void print_summary(long passed, long failed) {
    printf("%ld passed, %ld failed\n", passed, failed);
}

/* Prints the summary of the checks; returns main's exit status (non-zero on any failure). */
static inline int check_finish(void) {
    print_summary(n_passed, n_failed);
    return n_failed == 0 ? 0 : 1;
}

/* ---- A new rng_last_error() ---------------------------------------------------------------- */

/* rng_last_error() is never cleared, so to see that a call sets it, the calls under test are
 * preceded by a different failure whose message is remembered. */
static inline void remember_error(void) {
    snprintf(primed_error, sizeof primed_error, "%s", rng_last_error());
}

static inline void prime_error(void) {
    bitgen_free(bitgen_clone(NULL));
    remember_error();
}

static inline int error_is_fresh(void) {
    const char *e = rng_last_error();
    return e != NULL && e[0] != '\0' && strcmp(e, primed_error) != 0;
}

static inline void expect_fresh_error(int line, const char *expr) {
    char what[512];
    snprintf(what, sizeof what, "%s sets a new rng_last_error (is \"%s\")", expr,
             rng_last_error() ? rng_last_error() : "NULL");
    check_at(line, error_is_fresh(), what);
}

/* `expr` (the call, as text) returned `got`, which must be `want`; a failure must also have set
 * a new last error. */
static inline void expect_status_at(int line, const char *expr, int32_t got, int32_t want) {
    char what[512];
#if CHECK_STATUS_WITH_ERROR
    snprintf(what, sizeof what, "%s returns %s (got %s: %s)", expr, rng_status_str(want),
             rng_status_str(got), got == RNG_OK ? "" : rng_last_error());
#else
    snprintf(what, sizeof what, "%s returns %s (got %s)", expr, rng_status_str(want),
             rng_status_str(got));
#endif
    check_at(line, got == want, what);
    if (want != RNG_OK) {
        expect_fresh_error(line, expr);
    }
}

/* A call that must fail by returning `result` (`ok`: whether it did) and set a new last error. */
static inline void expect_failed_at(int line, const char *expr, int ok, const char *result) {
    char what[512];
    snprintf(what, sizeof what, "%s returns %s", expr, result);
    check_at(line, ok, what);
    expect_fresh_error(line, expr);
}

/* A constructor that must fail: NULL and a new last error. Frees what it returned anyway. */
static inline void expect_null_bg_at(int line, const char *expr, rng_bitgen *p) {
    expect_failed_at(line, expr, p == NULL, "NULL");
    bitgen_free(p);
}

static inline void expect_null_ss_at(int line, const char *expr, rng_seedseq *p) {
    expect_failed_at(line, expr, p == NULL, "NULL");
    ss_free(p);
}

/* A call that must fail with status `want` and set a new last error; reported as `expr`. */
#define EXPECT_FAIL_AS(want, expr, call)                                                         \
    do {                                                                                         \
        prime_error();                                                                           \
        expect_status_at(__LINE__, (expr), (call), (want));                                      \
    } while (0)
#define EXPECT_FAIL(want, call) EXPECT_FAIL_AS(want, #call, call)
#define EXPECT_OK(call) expect_status_at(__LINE__, #call, (call), RNG_OK)
/* A constructor that must fail (NULL, a new last error); frees what it returned anyway. */
#define EXPECT_NULL_BG(call)                                                                     \
    do {                                                                                         \
        prime_error();                                                                           \
        expect_null_bg_at(__LINE__, #call, (call));                                              \
    } while (0)
#define EXPECT_NULL_SS(call)                                                                     \
    do {                                                                                         \
        prime_error();                                                                           \
        expect_null_ss_at(__LINE__, #call, (call));                                              \
    } while (0)
/* A value-returning call that must fail: 0 and a new last error. */
#define EXPECT_ZERO(call)                                                                        \
    do {                                                                                         \
        prime_error();                                                                           \
        expect_failed_at(__LINE__, #call, (call) == 0, "0");                                     \
    } while (0)

/* ---- Nothing written, nothing drawn -------------------------------------------------------- */

/* Output buffers are filled with this byte before a call that must not write them. */
#define SENTINEL 0xA5

static inline void poison(void *p, size_t bytes) {
    memset(p, SENTINEL, bytes);
}

static inline int untouched(const void *p, size_t bytes) {
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < bytes; i++) {
        if (b[i] != SENTINEL) {
            return 0;
        }
    }
    return 1;
}

/* Whether a and b (both advanced) draw the same: a 32-bit draw first, so that a pending half
 * word counts, then 64-bit draws and a double. */
static inline int same_stream(rng_bitgen *a, rng_bitgen *b) {
    int i, same;
    double x, y;
    if (a == NULL || b == NULL) {
        return 0;
    }
    same = bitgen_next_u32(a) == bitgen_next_u32(b);
    for (i = 0; i < 4; i++) {
        same &= bitgen_next_u64(a) == bitgen_next_u64(b);
    }
    x = bitgen_next_double(a);
    y = bitgen_next_double(b);
    return same && memcmp(&x, &y, sizeof x) == 0;
}

/* Whether two seed sequences give the same generate_state (8 words). */
static inline int same_state(const rng_seedseq *a, const rng_seedseq *b) {
    uint32_t sa[8], sb[8];
    int32_t ra = ss_generate_state_u32(a, sa, 8);
    int32_t rb = ss_generate_state_u32(b, sb, 8);
    return ra == RNG_OK && rb == RNG_OK && memcmp(sa, sb, sizeof sa) == 0;
}

#endif /* RANDSTREAMS_TEST_CHECK_H */
