/* Monte Carlo estimate of pi on MPI ranks, reproducible whatever the rank count.
 *
 * The work is split into N_TASKS tasks, not into ranks: task t always draws from the same
 * stream, so dealing tasks to 1, 2 or 4 ranks gives identical hit counts (integers, summed
 * exactly). Two ways to name a task's stream, both from NumPy's parallel-streams guide:
 *
 *   seq   : PCG64(SeedSequence([t, ROOT_SEED]))           -- task id first, then the root seed
 *   spawn : PCG64(SeedSequence(ROOT_SEED).spawn(N_TASKS)[t])
 *
 * Each task draws 2*N_PAIRS doubles with Generator.random() and counts x*x + y*y < 1
 * (scripts/harness/check_mpi.py computes the same in NumPy).
 *
 *   mpicc -std=c99 -ffp-contract=off -Iinclude c_examples/mpi_pi.c -Lbuild/stage/lib -lrandstreams
 *   mpirun -n 4 ./a.out
 */
#include <mpi.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "randstreams.h"

#define N_TASKS 16
#define N_PAIRS 100000
#define ROOT_SEED "0x8c3c010cb4754c905776bdac5ee7501"

/* Counts the hits of one task's stream; returns -1 on failure (after printing why). */
static int64_t count_hits(rng_bitgen *bg) {
    static double xy[2 * N_PAIRS];
    if (!bg || rng_random(bg, xy, 2 * N_PAIRS) != RNG_OK) {
        fprintf(stderr, "drawing failed: %s\n", rng_last_error());
        return -1;
    }
    int64_t hits = 0;
    for (int i = 0; i < N_PAIRS; i++) hits += xy[2 * i] * xy[2 * i] + xy[2 * i + 1] * xy[2 * i + 1] < 1.0;
    return hits;
}

/* Hits of task t whose stream comes from SeedSequence([t, ROOT_SEED]). */
static int64_t task_seq(int t) {
    char text[80];
    snprintf(text, sizeof text, "[%d, %s]", t, ROOT_SEED);
    rng_seedseq *ss = ss_new_str(text);
    rng_bitgen *bg = ss ? pcg64_new(ss) : NULL;
    int64_t hits = count_hits(bg);
    bitgen_free(bg);
    ss_free(ss);
    return hits;
}

/* Hits of task t whose stream is child t of SeedSequence(ROOT_SEED). Every rank builds the
 * same root and spawns all children; it only draws from its own. */
static int64_t task_spawn(int t) {
    rng_seedseq *root = ss_new_str(ROOT_SEED);
    rng_seedseq *kids[N_TASKS] = {NULL};
    int64_t hits = -1;
    if (root && ss_spawn(root, N_TASKS, kids) == RNG_OK) {
        rng_bitgen *bg = pcg64_new(kids[t]);
        hits = count_hits(bg);
        bitgen_free(bg);
        for (int i = 0; i < N_TASKS; i++) ss_free(kids[i]);
    } else {
        fprintf(stderr, "spawning failed: %s\n", rng_last_error());
    }
    ss_free(root);
    return hits;
}

int main(int argc, char **argv) {
    int rank, size;
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    /* Per-task results, each filled by the rank that owns the task (round-robin). */
    int64_t mine[2][N_TASKS] = {{0}}, all[2][N_TASKS];
    int failed = 0;
    for (int t = rank; t < N_TASKS; t += size) {
        mine[0][t] = task_seq(t);
        mine[1][t] = task_spawn(t);
        failed |= mine[0][t] < 0 || mine[1][t] < 0;
    }
    int any_failed = 0;
    MPI_Allreduce(&failed, &any_failed, 1, MPI_INT, MPI_LOR, MPI_COMM_WORLD);
    MPI_Reduce(mine, all, 2 * N_TASKS, MPI_INT64_T, MPI_SUM, 0, MPI_COMM_WORLD);

    if (rank == 0 && !any_failed) {
        const char *label[2] = {"seq", "spawn"};
        for (int k = 0; k < 2; k++) {
            int64_t total = 0;
            printf("%s hits:", label[k]);
            for (int t = 0; t < N_TASKS; t++) {
                printf(" %" PRId64, all[k][t]);
                total += all[k][t];
            }
            printf("\n%s pi: %.17g\n", label[k], 4.0 * (double)total / ((double)N_TASKS * N_PAIRS));
        }
    }
    MPI_Finalize();
    return any_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
