/*
 * The public header compiles on its own as strict C99 (-std=c99 -Wall -Wextra -Wpedantic
 * -Werror) and its declarations link against the library. Exits 0 when the library's version
 * is the header's.
 */
#include "randstreams.h" /* first: the header must be self-contained */

#include <stdio.h>
#include <string.h>

int main(void) {
    const char *v = rng_version();
    if (v == NULL || strcmp(v, RNG_VERSION_STRING) != 0) {
        fprintf(stderr, "library version %s, header version %s\n", v ? v : "(null)",
                RNG_VERSION_STRING);
        return 1;
    }
    printf("randstreams %s (C99)\n", v);
    return 0;
}
