// Built by the consumer project only when the installed prefix has randstreams.hpp: the C++
// header compiles from the installed include directory (C++17 and C++20, strict warnings) next
// to the C header, and the program links to the installed library. The values checked are
// consumer.c's (numpy/random/_pcg64.pyx: PCG64(12345).random_raw(2) = 3a32b18db2ffc19d,
// 51171315c9e4c4de).
#include <randstreams.hpp>
#include <randstreams.h>

#include <cinttypes>
#include <cstdint>
#include <cstdio>

int main() {
    std::uint64_t raw[2] = {0, 0};
    rng_seedseq *ss = ss_new_str("12345");
    rng_bitgen *bg = ss != nullptr ? pcg64_new(ss) : nullptr;
    const std::int32_t rc = bg != nullptr ? bitgen_random_raw(bg, raw, 2) : -1;
    bitgen_free(bg);
    ss_free(ss);
    std::printf("C++%ld: PCG64(12345).random_raw(2) = 0x%016" PRIx64 " 0x%016" PRIx64 "\n",
                static_cast<long>(__cplusplus), raw[0], raw[1]);
    if (rc != RNG_OK || raw[0] != UINT64_C(0x3a32b18db2ffc19d) ||
        raw[1] != UINT64_C(0x51171315c9e4c4de)) {
        std::fprintf(stderr, "MISMATCH: NumPy gives 0x3a32b18db2ffc19d 0x51171315c9e4c4de\n");
        return 1;
    }
    std::printf("OK: NumPy's values\n");
    return 0;
}
