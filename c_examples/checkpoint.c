/* Checkpoint and restart: a job killed at its wall-clock limit resumes from its last checkpoint
 * and prints exactly what an uninterrupted run prints.
 *
 *   checkpoint STATE_FILE [--crash-after K]
 *
 * Each of N_STEPS steps spawns a child stream (spawning must continue correctly after a
 * restart), sums 1000 of its normals, draws one normal from the main stream, prints a line and
 * then checkpoints: the step number (8 bytes, little-endian) followed by bitgen_state_save's
 * bytes, which include the generator's seed sequence and spawn counter. The file is written to
 * a temporary name and renamed, so a kill never leaves a half-written checkpoint. If STATE_FILE
 * exists the run resumes from it. With --crash-after K the process kills itself (SIGKILL) right
 * after checkpointing step K. The NumPy lines it reproduces:
 *
 *   bg = PCG64(SeedSequence(2024))
 *   for step in range(N_STEPS):
 *       child = Generator(bg.spawn(1)[0]); s = 0.0
 *       for x in child.standard_normal(1000): s += x
 *       print(step, s, Generator(bg).standard_normal())
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "randstreams.h"

#define N_STEPS 10
#define N_DRAWS 1000

static int fail(const char *what) {
    fprintf(stderr, "%s failed: %s\n", what, rng_last_error());
    return 0;
}

/* Writes step and the generator's checkpoint to path (via path.tmp and rename). */
static int save(const char *path, uint64_t step, const rng_bitgen *bg) {
    size_t len = 0;
    if (bitgen_state_save(bg, NULL, 0, &len) != RNG_OK) return fail("bitgen_state_save");
    unsigned char *buf = malloc(8 + len);
    if (!buf) return 0;
    for (int i = 0; i < 8; i++) buf[i] = (unsigned char)(step >> (8 * i));
    int ok = bitgen_state_save(bg, buf + 8, len, &len) == RNG_OK;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = ok ? fopen(tmp, "wb") : NULL;
    ok = f && fwrite(buf, 1, 8 + len, f) == 8 + len;
    ok = (f && fclose(f) == 0) && ok && rename(tmp, path) == 0;
    free(buf);
    return ok ? 1 : fail("writing the checkpoint");
}

/* Reads a checkpoint; returns the generator (NULL if there is no file or it is invalid). */
static rng_bitgen *load(const char *path, uint64_t *step) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static unsigned char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    if (n < 8) return NULL;
    *step = 0;
    for (int i = 0; i < 8; i++) *step |= (uint64_t)buf[i] << (8 * i);
    rng_bitgen *bg = bitgen_state_load(buf + 8, n - 8);
    if (!bg) fail("bitgen_state_load");
    return bg;
}

int main(int argc, char **argv) {
    if (argc != 2 && !(argc == 4 && strcmp(argv[2], "--crash-after") == 0)) {
        fprintf(stderr, "usage: %s STATE_FILE [--crash-after K]\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    long crash_after = argc == 4 ? strtol(argv[3], NULL, 10) : -1;
    uint64_t first = 0;
    rng_bitgen *bg = load(path, &first);
    if (bg) {
        first += 1; /* the checkpoint was taken after that step */
    } else {
        rng_seedseq *ss = ss_new_str("2024");
        bg = ss ? pcg64_new(ss) : NULL;
        ss_free(ss);
        if (!bg) return fail("pcg64_new"), 1;
    }
    for (uint64_t step = first; step < N_STEPS; step++) {
        rng_bitgen *child = NULL;
        double x[N_DRAWS], s = 0.0, u = 0.0;
        if (bitgen_spawn(bg, 1, &child) != RNG_OK) return fail("bitgen_spawn"), 1;
        int ok = rng_standard_normal(child, x, N_DRAWS) == RNG_OK;
        bitgen_free(child);
        if (!ok || rng_next_normal(bg, 0.0, 1.0, &u) != RNG_OK) return fail("drawing"), 1;
        for (int i = 0; i < N_DRAWS; i++) s += x[i];
        printf("step %" PRIu64 ": %.17g %.17g\n", step, s, u);
        fflush(stdout);
        if (!save(path, step, bg)) return 1;
        if ((long)step == crash_after) raise(SIGKILL); /* the wall-clock limit strikes */
    }
    bitgen_free(bg);
    return 0;
}
