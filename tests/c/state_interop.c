/*
 * The C side of scripts/harness/check_state_interop.py: loads states NumPy wrote as JSON, continues
 * them, and writes its own state back for NumPy to load.
 *
 * Reads commands from stdin, one a line, and answers each on stdout:
 *
 *   BG <kinds> <extra> <json>
 *   SET <kinds> <extra> <json>
 *       A generator from the JSON, by bitgen_from_state_json (BG) or by bitgen_set_state_json
 *       on a seeded generator of the algorithm the JSON names (SET). Answers
 *         J <the generator's bitgen_state_json right after loading>
 *         A <40 values>
 *         S <bitgen_state_json after `extra` more draws>
 *         B <40 values>
 *       Draw i (counted from 0 over A, the extra draws and B) is of kind kinds[i % len]:
 *       'a' bitgen_next_u32, 'b' bitgen_next_u64 (both decimal), 'd' bitgen_next_double
 *       (%.17g).
 *
 *   SS <json>
 *       A seed sequence from ss_from_state_json. Answers
 *         J <its ss_state_json>
 *         G <ss_generate_state_u32, 8 words>
 *         C <generate_state_u32 (4 words) of each of 2 children from ss_spawn>
 *         S <ss_state_json after the spawn>
 *
 * A failure answers `E <rng_last_error()>` instead of the command's lines.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "randstreams.h"

#define N_VALUES 40

/* One line of stdin without its newline, in a buffer that grows (free it); NULL at the end. */
static char *read_line(void) {
    size_t cap = 1024, len = 0;
    char *buf = malloc(cap), *bigger;
    if (buf == NULL) {
        return NULL;
    }
    while (fgets(buf + len, (int)(cap - len), stdin) != NULL) {
        len += strlen(buf + len);
        if (len > 0 && buf[len - 1] == '\n') {
            buf[--len] = '\0';
            return buf;
        }
        if (len + 1 < cap) {
            break; /* the last line, without a newline */
        }
        bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    if (len == 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static void print_error(void) {
    printf("E %s\n", rng_last_error());
}

/* The generator's state JSON on a line after `tag`; 0 on failure. */
static int print_bg_json(const char *tag, const rng_bitgen *bg) {
    size_t len = bitgen_state_json(bg, NULL, 0);
    char *buf = len ? malloc(len + 1) : NULL;
    if (buf == NULL || bitgen_state_json(bg, buf, len + 1) != len) {
        free(buf);
        return 0;
    }
    printf("%s %s\n", tag, buf);
    free(buf);
    return 1;
}

static int print_ss_json(const char *tag, const rng_seedseq *ss) {
    size_t len = ss_state_json(ss, NULL, 0);
    char *buf = len ? malloc(len + 1) : NULL;
    if (buf == NULL || ss_state_json(ss, buf, len + 1) != len) {
        free(buf);
        return 0;
    }
    printf("%s %s\n", tag, buf);
    free(buf);
    return 1;
}

/* Draw number *i of kind kinds[*i % n_kinds]; printed when `print`. */
static void draw(rng_bitgen *bg, const char *kinds, size_t n_kinds, size_t *i, int print) {
    char kind = kinds[*i % n_kinds];
    (*i)++;
    if (kind == 'a') {
        uint32_t v = bitgen_next_u32(bg);
        if (print) {
            printf(" %" PRIu32, v);
        }
    } else if (kind == 'b') {
        uint64_t v = bitgen_next_u64(bg);
        if (print) {
            printf(" %" PRIu64, v);
        }
    } else {
        double v = bitgen_next_double(bg);
        if (print) {
            printf(" %.17g", v);
        }
    }
}

/* BG and SET: `args` is "<kinds> <extra> <json>". */
static void run_bitgen(const char *args, int by_set) {
    char kinds[64];
    unsigned long extra, k;
    int consumed = 0;
    size_t n_kinds, i = 0;
    const char *json;
    rng_bitgen *bg = NULL;

    if (sscanf(args, "%63s %lu %n", kinds, &extra, &consumed) != 2 || consumed == 0 ||
        strspn(kinds, "abd") != strlen(kinds)) {
        printf("E bad command arguments\n");
        return;
    }
    n_kinds = strlen(kinds);
    json = args + consumed;
    if (by_set) {
        /* A generator of the named algorithm, seeded and advanced, then given the state. */
        static const char *const names[] = {"PCG64DXSM", "PCG64", "MT19937", "Philox", "SFC64"};
        const char *name = NULL;
        rng_seedseq *ss = ss_new_str("271828");
        size_t j;
        for (j = 0; j < sizeof names / sizeof names[0] && name == NULL; j++) {
            char key[48];
            snprintf(key, sizeof key, "\"bit_generator\": \"%s\"", names[j]);
            if (strstr(json, key) != NULL) {
                name = names[j];
            }
        }
        bg = bitgen_new(name, ss);
        ss_free(ss);
        if (bg == NULL) {
            print_error();
            return;
        }
        (void)bitgen_next_u32(bg);
        if (bitgen_set_state_json(bg, json) != RNG_OK) {
            print_error();
            bitgen_free(bg);
            return;
        }
    } else {
        bg = bitgen_from_state_json(json);
        if (bg == NULL) {
            print_error();
            return;
        }
    }
    if (!print_bg_json("J", bg)) {
        print_error();
        bitgen_free(bg);
        return;
    }
    printf("A");
    for (k = 0; k < N_VALUES; k++) {
        draw(bg, kinds, n_kinds, &i, 1);
    }
    printf("\n");
    for (k = 0; k < extra; k++) {
        draw(bg, kinds, n_kinds, &i, 0);
    }
    if (!print_bg_json("S", bg)) {
        print_error();
        bitgen_free(bg);
        return;
    }
    printf("B");
    for (k = 0; k < N_VALUES; k++) {
        draw(bg, kinds, n_kinds, &i, 1);
    }
    printf("\n");
    bitgen_free(bg);
}

static int print_words(const rng_seedseq *ss, size_t n) {
    uint32_t words[8];
    size_t j;
    if (n > 8 || ss_generate_state_u32(ss, words, n) != RNG_OK) {
        return 0;
    }
    for (j = 0; j < n; j++) {
        printf(" %" PRIu32, words[j]);
    }
    return 1;
}

static void run_seedseq(const char *json) {
    rng_seedseq *ss = ss_from_state_json(json), *kids[2] = {NULL, NULL};
    int ok;
    if (ss == NULL || !print_ss_json("J", ss)) {
        print_error();
        ss_free(ss);
        return;
    }
    printf("G");
    ok = print_words(ss, 8);
    printf("\n");
    if (!ok || ss_spawn(ss, 2, kids) != RNG_OK) {
        print_error();
        ss_free(ss);
        return;
    }
    printf("C");
    ok = print_words(kids[0], 4) && print_words(kids[1], 4);
    printf("\n");
    if (!ok || !print_ss_json("S", ss)) {
        print_error();
    }
    ss_free(kids[0]);
    ss_free(kids[1]);
    ss_free(ss);
}

int main(void) {
    char *line;
    while ((line = read_line()) != NULL) {
        if (strncmp(line, "BG ", 3) == 0) {
            run_bitgen(line + 3, 0);
        } else if (strncmp(line, "SET ", 4) == 0) {
            run_bitgen(line + 4, 1);
        } else if (strncmp(line, "SS ", 3) == 0) {
            run_seedseq(line + 3);
        } else if (line[0] != '\0') {
            printf("E unknown command\n");
        }
        free(line);
        fflush(stdout);
    }
    return 0;
}
