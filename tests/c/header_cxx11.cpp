// The public header compiles on its own as strict C++11 (-std=c++11 -Wall -Wextra -Wpedantic
// -Werror), and its extern "C" declarations link against the library. Exits 0 when the
// library's version is the header's.
#include "randstreams.h"  // first: the header must be self-contained

#include <cstdio>
#include <cstring>

static_assert(RNG_VERSION_NUMBER ==
                  ((RNG_VERSION_MAJOR << 16) | (RNG_VERSION_MINOR << 8) | RNG_VERSION_PATCH),
              "RNG_VERSION_NUMBER is an integer constant expression");

int main() {
    const char *v = rng_version();
    if (v == nullptr || std::strcmp(v, RNG_VERSION_STRING) != 0) {
        std::fprintf(stderr, "library version %s, header version %s\n", v ? v : "(null)",
                     RNG_VERSION_STRING);
        return 1;
    }
    rng_seedseq *ss = ss_new_str("12345");
    rng_bitgen *bg = pcg64_new(ss);
    ss_free(ss);
    if (bg == nullptr) {
        std::fprintf(stderr, "pcg64_new: %s\n", rng_last_error());
        return 1;
    }
    bitgen_free(bg);
    std::printf("randstreams %s (C++11)\n", v);
    return 0;
}
