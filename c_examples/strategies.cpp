// The four strategies of NumPy's "Parallel random number generation" guide in C++, with the
// RAII wrappers of include/randstreams.hpp: spawning, sequences of integer seeds, Philox keys
// and jumping. It prints exactly what c_examples/spawn.c, seed_ints.c, philox_keys.c and
// jumped.c print, in that order; see those files for the strategies themselves.
//
// The wrappers own every handle (nothing to free by hand) and throw randstreams::error instead
// of returning status codes, so the code reads like the guide's Python. Every number printed to
// stdout is checked against NumPy by scripts/harness/check_example.py (name `strategies`).
//
// Build: cargo build --release
//        c++ -std=c++17 -Iinclude c_examples/strategies.cpp target/release/librandstreams.a
//            -lpthread -ldl -lm -o strategies   (one command)
#include <array>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "randstreams.hpp"

namespace rs = randstreams;

namespace {

// The 128-bit root seed of strategies 2 to 4, e.g. from secrets.randbits(128).
const std::string root_seed_text = "0x8c3c010cb4754c905776bdac5ee7501";
// The same number as 64-bit words, least significant first (Philox keys).
constexpr std::array<std::uint64_t, 2> root_seed_words = {0x05776bdac5ee7501u,
                                                          0x08c3c010cb4754c9u};

// `label: x0 x1 ...` with %.17g, the format of the C examples (and of Python's "%.17g").
void print_doubles(const std::string &label, const std::vector<double> &values) {
    std::printf("%s:", label.c_str());
    for (double x : values) {
        std::printf(" %.17g", x);
    }
    std::printf("\n");
}

// `label: w0 w1 ...`, each raw 64-bit word as 16 lower-case hex digits.
void print_words(const std::string &label, const std::vector<std::uint64_t> &values) {
    std::printf("%s:", label.c_str());
    for (std::uint64_t w : values) {
        std::printf(" %016" PRIx64, w);
    }
    std::printf("\n");
}

std::string numbered(const char *label, std::size_t i) {
    return std::string(label) + " " + std::to_string(i);
}

// 1. Spawning (c_examples/spawn.c):
//     ss = SeedSequence(12345)
//     child_seeds = ss.spawn(10)
//     streams = [default_rng(s) for s in child_seeds]
void strategy_spawn() {
    rs::seed_sequence ss(12345);
    std::vector<rs::seed_sequence> child_seeds = ss.spawn(10);
    std::vector<rs::generator> streams;
    streams.reserve(child_seeds.size());
    for (const rs::seed_sequence &s : child_seeds) {
        streams.push_back(rs::default_rng(s));
    }
    for (std::size_t i = 0; i < streams.size(); i++) {
        print_doubles(numbered("child", i), streams[i].random(3));
    }

    // The same streams straight from a bit generator: PCG64(12345).spawn(10), as raw words.
    rs::bit_generator parent_rng = rs::bit_generator::pcg64(rs::seed_sequence(12345));
    std::vector<rs::bit_generator> spawned = parent_rng.spawn(10);
    for (std::size_t i = 0; i < spawned.size(); i++) {
        print_words(numbered("spawned", i), spawned[i].random_raw(3));
    }

    // Children spawn grandchildren: streams[0].spawn(4).
    std::vector<rs::generator> grandchildren = streams[0].spawn(4);
    for (std::size_t j = 0; j < grandchildren.size(); j++) {
        print_doubles(numbered("grandchild", j), grandchildren[j].random(3));
    }

    // In production: seed from the OS once and log the entropy (stderr: it differs each run).
    rs::seed_sequence os_ss = rs::seed_sequence::from_os();
    const std::string entropy = os_ss.entropy();
    std::cerr << "OS-seeded run; replay with seed_sequence(\"" << entropy
              << "\") = SeedSequence(" << entropy << ")\n";
    rs::bit_generator rng = rs::bit_generator::pcg64(os_ss);
    rs::bit_generator replay = rs::bit_generator::pcg64(rs::seed_sequence(entropy));
    if (rng.next_u64() != replay.next_u64()) {
        throw std::runtime_error("the replayed OS-seeded stream differs");
    }
}

// 2. A sequence of integer seeds, worker id first (c_examples/seed_ints.c):
//     for worker_id in range(4):
//         rng = default_rng([worker_id, root_seed])
void strategy_seed_ints() {
    for (int worker_id = 0; worker_id < 4; worker_id++) {
        // The 128-bit root seed goes in as text: the text constructor reads any size.
        rs::seed_sequence ss("[" + std::to_string(worker_id) + ", " + root_seed_text + "]");
        rs::generator rng = rs::default_rng(ss);
        print_doubles(numbered("worker", static_cast<std::size_t>(worker_id)), rng.random(3));
    }
}

// 3. Philox keys (c_examples/philox_keys.c):
//     streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)]
void strategy_philox_keys() {
    // root_seed + id in 128-bit arithmetic, carrying into the high word.
    auto key = [](std::uint64_t id) {
        std::array<std::uint64_t, 2> k = root_seed_words;
        k[0] += id;
        k[1] += (k[0] < id) ? 1 : 0;
        return k;
    };
    std::vector<rs::bit_generator> streams;
    for (std::uint64_t id = 0; id < 4; id++) {
        streams.push_back(rs::bit_generator::philox_key(key(id)));
    }
    for (std::size_t id = 0; id < streams.size(); id++) {
        print_words(numbered("stream", id), streams[id].random_raw(4));
    }
    print_words("stream 0 next", streams[0].random_raw(4));

    // Resumed from a (key, counter) checkpoint: Philox(key=root_seed, counter=1).
    rs::bit_generator resumed = rs::bit_generator::philox_key(key(0), {1, 0, 0, 0});
    print_words("stream 0 from counter 1", resumed.random_raw(4));
}

// 4. Jumping (c_examples/jumped.c):
//     bit_generator = PCG64(root_seed)
//     for _ in range(4):
//         streams.append(bit_generator)
//         bit_generator = bit_generator.jumped()
void strategy_jumped() {
    std::vector<rs::bit_generator> streams;
    streams.push_back(rs::bit_generator::pcg64(rs::seed_sequence(root_seed_text)));
    for (int i = 1; i < 4; i++) {
        rs::bit_generator next = streams.back().jumped();  // streams.back() is untouched
        streams.push_back(std::move(next));
    }
    // PCG64(root_seed).jumped(3) is streams[3] (taken before streams[0] is drawn from).
    rs::bit_generator direct = streams[0].jumped(3);

    // Generator(bg).random(3): Generator takes the bit generator over, so wrap each in turn.
    for (std::size_t i = 0; i < streams.size(); i++) {
        rs::generator rng(std::move(streams[i]));
        print_doubles(numbered("stream", i), rng.random(3));
    }
    rs::generator rng(std::move(direct));
    print_doubles("jumped 3", rng.random(3));
}

}  // namespace

int main() {
    if (std::string(rs::version()) != RNG_VERSION_STRING) {
        std::cerr << "header " << RNG_VERSION_STRING << " but library " << rs::version() << "\n";
        return EXIT_FAILURE;
    }
    try {
        strategy_spawn();
        strategy_seed_ints();
        strategy_philox_keys();
        strategy_jumped();
    } catch (const rs::error &e) {
        std::fflush(stdout);
        std::cerr << "randstreams error " << e.status_name() << ": " << e.what() << "\n";
        return EXIT_FAILURE;
    } catch (const std::exception &e) {
        std::fflush(stdout);
        std::cerr << "error: " << e.what() << "\n";
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
