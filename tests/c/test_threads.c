/*
 * Threads, as README.md "Guarantees" promises them: a seed sequence may be shared and spawned
 * through from several threads (directly, through a second handle to it from bitgen_seedseq,
 * and through generators made from it), and each child key is handed out exactly once;
 * distinct handles are independent; rng_last_error is per thread.
 *
 * For every thread count T = 1..16, T threads share one root sequence. Each thread makes its own
 * generator from the root and then, until the root's counter passes N, spawns batches of 1-3
 * children, in turn through ss_spawn on the shared root handle, bitgen_spawn on its own
 * generator and ss_spawn on its own handle to the root's sequence (bitgen_seedseq). For each
 * child it builds a generator of every algorithm, draws raw words, doubles, normals, integers,
 * gammas and a grandchild, and records (spawn key, digest of all of it). Then:
 *
 * - the keys handed out, over all threads, are 0..M-1 each exactly once, M being the root's
 *   final n_children_spawned (the keys >= N are the batches that overshot);
 * - the digest of child k equals a single-threaded recomputation of child k built from scratch
 *   with ss_new_ex(entropy, spawn_key = (k,)), so the comparison cannot pass vacuously;
 * - the combined result (the digests of children 0..N-1 in key order, hashed) is the same for
 *   every T.
 *
 * Also, for each T: T pre-made generators of all algorithms drawn concurrently, one per thread,
 * equal twins (made from the same keys) drawn serially afterwards; each thread's failed call leaves its own
 * message in rng_last_error while the others fail too; and bitgen_fill_u64_parallel (which
 * starts threads of its own) equals a serial fill.
 *
 * Worker threads only record; every check runs on the main thread after the join. Prints every
 * failed check and, as its last line, `N passed, M failed`; exits non-zero on any failure.
 * Every handle is freed, so that the test can run under valgrind's helgrind or ThreadSanitizer
 * (scripts/ci/tsan.sh).
 *
 *   c_threads [N]      N children per thread count (default 120; at least 1)
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "algorithms.h"
#include "randstreams.h"

#define CHECK_FILE "test_threads.c"
#define CHECK_STATUS_WITH_ERROR 1
#include "check.h"

#define MAX_THREADS 16
#define MAX_BATCH 3
#define DEFAULT_N 120

/* The root: ss_new's two words, and the same entropy as text for ss_new_ex. */
static const uint64_t ROOT_WORDS[2] = {20250705u, 0x9E3779B97F4A7C15u};
static const char ROOT_TEXT[] = "[20250705, 0x9E3779B97F4A7C15]";

/* ---- Digests -------------------------------------------------------------------------------- */

/* FNV-1a 64 over bytes: an order-sensitive fingerprint of everything a child drew. */
typedef struct digest {
    uint64_t h;
    int32_t bad_status; /* the first non-OK status a draw returned, or RNG_OK */
} digest;

static void digest_init(digest *d) {
    d->h = 0xcbf29ce484222325u;
    d->bad_status = RNG_OK;
}

static void digest_bytes(digest *d, const void *p, size_t n) {
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++) {
        d->h = (d->h ^ b[i]) * 0x100000001b3u;
    }
}

static void digest_status(digest *d, int32_t status) {
    if (status != RNG_OK && d->bad_status == RNG_OK) {
        d->bad_status = status;
    }
    digest_bytes(d, &status, sizeof status);
}

/* Draws a bit of everything from `g`: bulk and single raw words (an odd number of 32-bit ones,
 * so a half word is pending), doubles, ziggurat normals, bounded integers, gammas (libm), and a
 * grandchild spawned through `g`. */
static void digest_draws(digest *d, rng_bitgen *g) {
    uint64_t u64[8];
    uint32_t u32[3];
    double dbl[6];
    int64_t ints[6];
    rng_bitgen *grandchild = NULL;
    size_t i;

    digest_status(d, bitgen_fill_u64(g, u64, 8));
    digest_bytes(d, u64, sizeof u64);
    for (i = 0; i < 3; i++) {
        u32[i] = bitgen_next_u32(g);
    }
    digest_bytes(d, u32, sizeof u32);
    digest_status(d, rng_random(g, dbl, 6));
    digest_bytes(d, dbl, sizeof dbl);
    digest_status(d, rng_standard_normal(g, dbl, 6));
    digest_bytes(d, dbl, sizeof dbl);
    digest_status(d, rng_integers_i64(g, -1000, 1000, false, ints, 6));
    digest_bytes(d, ints, sizeof ints);
    digest_status(d, rng_standard_gamma(g, 0.7, dbl, 4));
    digest_bytes(d, dbl, 4 * sizeof dbl[0]);
    digest_status(d, bitgen_spawn(g, 1, &grandchild));
    if (grandchild != NULL) {
        u64[0] = bitgen_next_u64(grandchild);
        digest_bytes(d, u64, sizeof u64[0]);
        bitgen_free(grandchild);
    }
}

/* The digest of a child sequence: digest_draws from a generator of each algorithm in turn, made
 * from `ss`, except that `made` (of algorithm `made_alg`, fresh from `ss`) is drawn from itself.
 * The grandchildren of the five generators are the child's children 0..4. */
static digest child_digest(rng_seedseq *ss, rng_bitgen *made, size_t made_alg) {
    digest d;
    size_t a;
    digest_init(&d);
    for (a = 0; a < N_ALGORITHMS; a++) {
        rng_bitgen *g = a == made_alg && made != NULL ? made : ALGORITHMS[a].new_from_ss(ss);
        if (g == NULL) {
            digest_status(&d, RNG_ERR_INTERNAL);
            continue;
        }
        digest_draws(&d, g);
        if (g != made) {
            bitgen_free(g);
        }
    }
    return d;
}

/* ---- Spawning through the shared root --------------------------------------------------- */

typedef struct record {
    uint64_t key;
    digest d;
} record;

typedef struct spawner {
    /* in */
    rng_seedseq *root;          /* shared by all threads */
    pthread_barrier_t *barrier; /* all threads start spawning together */
    size_t tid, n;
    /* out */
    record *records; /* every key this thread was handed, in order */
    size_t n_records, cap_records;
    size_t by_mode[3];     /* children obtained through each way of spawning */
    const char *failure;   /* the first thing that went wrong, or NULL */
    int32_t failed_status; /* its status, if it was a call */
} spawner;

static void spawner_fail(spawner *s, const char *what, int32_t status) {
    if (s->failure == NULL) {
        s->failure = what;
        s->failed_status = status;
    }
}

/* The last element of a child's spawn key (which must have length 1), or UINT64_MAX. */
static uint64_t child_key(spawner *s, const rng_seedseq *child) {
    uint64_t key[2] = {UINT64_MAX, UINT64_MAX};
    if (ss_spawn_key(child, key, 2) != 1) {
        spawner_fail(s, "a child's spawn key does not have length 1", RNG_OK);
        return UINT64_MAX;
    }
    return key[0];
}

/* Records child `key`; its digest only if it is one of the N checked. Returns key < n. */
static int take_child(spawner *s, uint64_t key, rng_seedseq *ss, rng_bitgen *made, size_t alg) {
    record *r;
    if (s->n_records == s->cap_records) {
        spawner_fail(s, "more children than the root can have handed out below N", RNG_OK);
        return 0;
    }
    r = &s->records[s->n_records++];
    r->key = key;
    digest_init(&r->d);
    if (key < s->n) {
        r->d = child_digest(ss, made, alg);
    }
    return key < s->n;
}

static void *spawner_main(void *arg) {
    spawner *s = arg;
    size_t alg = s->tid % N_ALGORITHMS;
    /* This thread's own generator and second handle, both sharing the root's counter. */
    rng_bitgen *own = ALGORITHMS[alg].new_from_ss(s->root);
    rng_seedseq *own_ss = bitgen_seedseq(own);
    uint64_t seen_counter = 0;
    size_t iter;
    int more = 1;

    if (own == NULL || own_ss == NULL) {
        spawner_fail(s, "making the thread's generator from the shared root", RNG_OK);
        more = 0;
    }
    pthread_barrier_wait(s->barrier);
    for (iter = 0; more; iter++) {
        size_t batch = 1 + (s->tid + iter) % MAX_BATCH;
        size_t mode = (s->tid + iter / MAX_BATCH) % 3; /* every batch size with every mode */
        rng_seedseq *kids[MAX_BATCH] = {NULL, NULL, NULL};
        rng_bitgen *kid_bgs[MAX_BATCH] = {NULL, NULL, NULL};
        uint64_t counter = ss_n_children_spawned(s->root);
        int32_t st;
        size_t i;

        /* Read while other threads spawn: it may only grow. */
        if (counter < seen_counter) {
            spawner_fail(s, "ss_n_children_spawned went backwards", RNG_OK);
        }
        seen_counter = counter;
        if (mode == 1) {
            st = bitgen_spawn(own, batch, kid_bgs);
            for (i = 0; st == RNG_OK && i < batch; i++) {
                kids[i] = bitgen_seedseq(kid_bgs[i]);
            }
        } else {
            st = ss_spawn(mode == 0 ? s->root : own_ss, batch, kids);
        }
        if (st != RNG_OK) {
            spawner_fail(s, mode == 1 ? "bitgen_spawn" : "ss_spawn", st);
            break;
        }
        s->by_mode[mode] += batch;
        /* The counter only grows, so once a key >= N comes back every later one is too. */
        for (i = 0; i < batch; i++) {
            uint64_t key = child_key(s, kids[i]);
            more &= take_child(s, key, kids[i], kid_bgs[i], alg);
            ss_free(kids[i]);
            bitgen_free(kid_bgs[i]);
        }
        if (s->failure != NULL) {
            break;
        }
        /* Let the other threads in between batches, even on few cores. */
        sched_yield();
    }
    ss_free(own_ss);
    bitgen_free(own);
    return NULL;
}

/* ---- Independent handles, one per thread ---------------------------------------------------- */

#define INDEPENDENT_ROUNDS 40

typedef struct drawer {
    rng_bitgen *g;    /* this thread's alone */
    rng_seedseq *ss;  /* g's sequence, this thread's alone too */
    digest d;
    pthread_barrier_t *barrier; /* all threads have failed once before any reads its message */
    size_t tid;
    char name[48];    /* the unknown algorithm name this thread asks for */
    char message[96]; /* rng_last_error after the barrier */
    int error_ok;
} drawer;

static void draw_rounds(digest *d, rng_bitgen *g) {
    size_t r;
    for (r = 0; r < INDEPENDENT_ROUNDS; r++) {
        digest_draws(d, g);
    }
}

static void *drawer_main(void *arg) {
    drawer *w = arg;
    rng_bitgen *bad;
    const char *e;

    /* A failure whose message names this thread, then one round of draws (successful calls
     * keep the message), then the barrier: every thread has set its own message by then. */
    bad = bitgen_new(w->name, w->ss);
    w->error_ok = bad == NULL;
    bitgen_free(bad);
    digest_init(&w->d);
    digest_draws(&w->d, w->g);
    pthread_barrier_wait(w->barrier);
    e = rng_last_error();
    snprintf(w->message, sizeof w->message, "%s", e != NULL ? e : "(NULL)");
    draw_rounds(&w->d, w->g);
    return NULL;
}

/* ---- The test ------------------------------------------------------------------------------- */

static int has_key(const uint64_t *counts, size_t m, size_t k) {
    return k < m && counts[k] == 1;
}

/* One run with `t` threads spawning through a shared root: the combined digest of children
 * 0..n-1, after checking keys and digests against `ref`; `*ok` tells whether every check of the
 * run passed. */
static uint64_t spawn_run(size_t t, size_t n, const digest *ref, int *ok) {
    spawner s[MAX_THREADS];
    pthread_t th[MAX_THREADS];
    pthread_barrier_t barrier;
    rng_seedseq *root = ss_new(ROOT_WORDS, 2);
    /* Each thread overshoots N by at most one batch. */
    size_t cap = n + t * MAX_BATCH;
    uint64_t *counts = calloc(cap, sizeof *counts);
    digest *got = calloc(n, sizeof *got);
    size_t i, j, m = 0, total = 0, by_mode[3] = {0, 0, 0}, busy = 0;
    size_t duplicates = 0, out_of_range = 0, wrong = 0, bad_status = 0, missing = 0;
    long failed_before = n_failed;
    digest combined;

    if (root == NULL || counts == NULL || got == NULL ||
        pthread_barrier_init(&barrier, NULL, (unsigned)t) != 0) {
        fprintf(stderr, "test_threads.c: out of memory\n");
        exit(1);
    }
    for (i = 0; i < t; i++) {
        memset(&s[i], 0, sizeof s[i]);
        s[i].root = root;
        s[i].barrier = &barrier;
        s[i].tid = i;
        s[i].n = n;
        s[i].cap_records = cap;
        s[i].records = calloc(cap, sizeof *s[i].records);
        if (s[i].records == NULL) {
            fprintf(stderr, "test_threads.c: out of memory\n");
            exit(1);
        }
    }
    for (i = 0; i < t; i++) {
        if (pthread_create(&th[i], NULL, spawner_main, &s[i]) != 0) {
            fprintf(stderr, "test_threads.c: pthread_create failed\n");
            exit(1);
        }
    }
    for (i = 0; i < t; i++) {
        CHECK(pthread_join(th[i], NULL) == 0);
    }

    m = (size_t)ss_n_children_spawned(root);
    CHECK(m >= n && m <= cap);
    for (i = 0; i < t; i++) {
        if (s[i].failure != NULL) {
            char what[256];
            snprintf(what, sizeof what, "thread %zu: %s (%s)", i, s[i].failure,
                     rng_status_str(s[i].failed_status));
            check_at(__LINE__, 0, what);
        }
        for (j = 0; j < 3; j++) {
            by_mode[j] += s[i].by_mode[j];
        }
        busy += s[i].n_records > 0 && s[i].records[0].key < n;
        for (j = 0; j < s[i].n_records; j++) {
            const record *r = &s[i].records[j];
            total++;
            if (r->key >= m || r->key >= cap) {
                out_of_range++;
                continue;
            }
            if (++counts[r->key] > 1) {
                duplicates++;
            }
            if (r->key < n) {
                got[r->key] = r->d;
                bad_status += r->d.bad_status != RNG_OK;
            }
        }
    }
    /* Exactly the keys 0..m-1, each once: as many handed out as the counter says, none twice,
     * none beyond it. */
    CHECK(total == m);
    CHECK(duplicates == 0);
    CHECK(out_of_range == 0);
    for (i = 0; i < m && i < cap; i++) {
        missing += !has_key(counts, m, i);
    }
    CHECK(missing == 0);
    CHECK(bad_status == 0);
    for (i = 0; i < n; i++) {
        wrong += counts[i] == 1 && got[i].h != ref[i].h;
    }
    CHECK(wrong == 0);
    /* Every way of spawning was used (given enough children for each thread to get a turn). */
    if (n >= 3 * t * MAX_BATCH) {
        CHECK(by_mode[0] > 0 && by_mode[1] > 0 && by_mode[2] > 0);
    }

    if (t == MAX_THREADS) {
        /* How much the threads overlapped depends on the machine: shown, not checked. */
        printf("T=%zu: %zu threads got children below N; by ss_spawn(root) %zu, "
               "bitgen_spawn %zu, ss_spawn(bitgen_seedseq) %zu\n",
               t, busy, by_mode[0], by_mode[1], by_mode[2]);
    }
    digest_init(&combined);
    for (i = 0; i < n; i++) {
        digest_bytes(&combined, &got[i].h, sizeof got[i].h);
    }
    *ok = n_failed == failed_before;
    for (i = 0; i < t; i++) {
        free(s[i].records);
    }
    pthread_barrier_destroy(&barrier);
    ss_free(root);
    free(counts);
    free(got);
    return combined.h;
}

/* T pre-made generators drawn concurrently, one per thread, against twins drawn serially; and
 * each thread's own last error. */
static void independent_run(size_t t) {
    drawer w[MAX_THREADS];
    rng_bitgen *twins[MAX_THREADS];
    pthread_t th[MAX_THREADS];
    pthread_barrier_t barrier;
    rng_seedseq *root = ss_new(ROOT_WORDS, 2);
    rng_seedseq *kids[MAX_THREADS], *twin_ss[MAX_THREADS];
    size_t i;

    CHECK(root != NULL);
    CHECK(pthread_barrier_init(&barrier, NULL, (unsigned)t) == 0);
    EXPECT_OK(ss_spawn(root, t, kids));
    for (i = 0; i < t; i++) {
        memset(&w[i], 0, sizeof w[i]);
        uint64_t key = i;
        /* The twin has a sequence of its own with the same key: a clone would share the spawn
         * counter, and the grandchildren it spawns would be other ones. */
        twin_ss[i] = ss_new_ex(ROOT_TEXT, &key, 1, 4, 0);
        w[i].ss = kids[i];
        w[i].g = ALGORITHMS[i % N_ALGORITHMS].new_from_ss(kids[i]);
        twins[i] = ALGORITHMS[i % N_ALGORITHMS].new_from_ss(twin_ss[i]);
        w[i].barrier = &barrier;
        w[i].tid = i;
        snprintf(w[i].name, sizeof w[i].name, "NoSuchAlgorithm%zu", i);
        CHECK(w[i].g != NULL && twins[i] != NULL);
    }
    for (i = 0; i < t; i++) {
        if (pthread_create(&th[i], NULL, drawer_main, &w[i]) != 0) {
            fprintf(stderr, "test_threads.c: pthread_create failed\n");
            exit(1);
        }
    }
    for (i = 0; i < t; i++) {
        CHECK(pthread_join(th[i], NULL) == 0);
    }
    for (i = 0; i < t; i++) {
        digest serial;
        char want[64];
        set_context("T=%zu, independent handle %zu (%s)", t, i, ALGORITHMS[i % N_ALGORITHMS].name);
        digest_init(&serial);
        digest_draws(&serial, twins[i]);
        draw_rounds(&serial, twins[i]);
        CHECK(w[i].d.bad_status == RNG_OK);
        CHECK(w[i].d.h == serial.h);
        /* The message names this thread's own unknown algorithm, no other thread's. */
        snprintf(want, sizeof want, "\"%s\"", w[i].name);
        CHECK(w[i].error_ok);
        CHECK(strstr(w[i].message, want) != NULL);
        bitgen_free(w[i].g);
        bitgen_free(twins[i]);
        ss_free(kids[i]);
        ss_free(twin_ss[i]);
    }
    clear_context();
    pthread_barrier_destroy(&barrier);
    ss_free(root);
}

/* bitgen_fill_u64_parallel starts threads itself; it must equal the serial fill. */
static void fill_parallel_run(void) {
    const size_t n = 4 * 65536 + 3;
    uint64_t *par = malloc(n * sizeof *par);
    uint64_t *ser = malloc(n * sizeof *ser);
    rng_seedseq *ss = ss_new(ROOT_WORDS, 2);
    rng_bitgen *a = philox_new(ss);
    rng_bitgen *b = philox_new(ss);
    CHECK(par != NULL && ser != NULL && a != NULL && b != NULL);
    if (par != NULL && ser != NULL) {
        EXPECT_OK(bitgen_fill_u64_parallel(a, par, n, 4));
        EXPECT_OK(bitgen_fill_u64(b, ser, n));
        CHECK(memcmp(par, ser, n * sizeof *par) == 0);
        CHECK(same_stream(a, b));
    }
    bitgen_free(a);
    bitgen_free(b);
    ss_free(ss);
    free(par);
    free(ser);
}

int main(int argc, char **argv) {
    size_t n = DEFAULT_N, t, k;
    digest *ref;
    uint64_t first = 0;

    if (argc > 1) {
        char *end;
        unsigned long v = strtoul(argv[1], &end, 10);
        if (*end != '\0' || v == 0) {
            fprintf(stderr, "usage: %s [N >= 1]\n", argv[0]);
            return 2;
        }
        n = (size_t)v;
    }

    /* Child k from scratch, single-threaded: SeedSequence(entropy, spawn_key=(k,)). */
    ref = calloc(n, sizeof *ref);
    if (!CHECK(ref != NULL)) {
        return check_finish();
    }
    for (k = 0; k < n; k++) {
        uint64_t key = k;
        rng_seedseq *child = ss_new_ex(ROOT_TEXT, &key, 1, 4, 0);
        set_context("reference child %zu", k);
        CHECK(child != NULL);
        if (child != NULL) {
            ref[k] = child_digest(child, NULL, 0);
            CHECK(ref[k].bad_status == RNG_OK);
        }
        ss_free(child);
    }
    clear_context();
    /* The references must differ from child to child, or equal digests would prove nothing. */
    for (k = 1; k < n; k++) {
        CHECK(ref[k].h != ref[k - 1].h);
    }

    for (t = 1; t <= MAX_THREADS; t++) {
        int ok;
        uint64_t combined;
        set_context("T=%zu", t);
        combined = spawn_run(t, n, ref, &ok);
        if (t == 1) {
            first = combined;
        }
        if (!check_at(__LINE__, ok && combined == first,
                      "the combined digest equals T=1's, and the run was clean")) {
            fprintf(stderr, "  T=%zu combined %016llx, T=1 %016llx\n", t,
                    (unsigned long long)combined, (unsigned long long)first);
        }
        clear_context();
        independent_run(t);
    }
    fill_parallel_run();
    printf("%zu children for each of T = 1..%d threads: combined digest %016llx\n", n,
           MAX_THREADS, (unsigned long long)first);
    free(ref);
    return check_finish();
}
