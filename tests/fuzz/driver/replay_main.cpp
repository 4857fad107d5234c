// SPDX-License-Identifier: MIT
// A stand-in for libFuzzer's main in builds without clang's -fsanitize=fuzzer:
// feeds the target every seed file, then `iterations` deterministic mutations
// of them (byte flips, truncations, splices, inserted UTF-8 and control bytes).
// Usage: fuzz_x ITERATIONS SEED_DIR...
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::string mutate(const std::string& seed, const std::string& other, std::mt19937_64& rng) {
  static const std::vector<std::string> kInserts = {
      "\xff",   "\xe4\xb8", "\x1b]0;x\x07", "\x1b[2J", "\r\n", "\n\n\n", "本报讯",
      "记者 ",  "通讯员 ",  "文/图",        "\"",      "*",    "^",      "(",
      ")",      "OR",       "NEAR",         "-",       ":",    "\x00",   "🙂",
      "管城區", "ＡＢＣ"};
  std::string s = seed;
  int edits = 1 + static_cast<int>(rng() % 8);
  for (int i = 0; i < edits; ++i) {
    std::size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 5) {
      case 0:
        if (!s.empty() && pos < s.size()) s[pos] = static_cast<char>(rng());
        break;
      case 1:
        s.resize(pos);
        break;
      case 2:
        s.insert(pos, kInserts[rng() % kInserts.size()]);
        break;
      case 3:
        if (!other.empty()) {
          std::size_t from = rng() % other.size();
          s.insert(pos, other.substr(from, rng() % 64));
        }
        break;
      default:
        if (pos < s.size()) s.erase(pos, rng() % 16);
        break;
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: " << argv[0] << " ITERATIONS SEED_DIR...\n";
    return 2;
  }
  long iterations = std::strtol(argv[1], nullptr, 10);
  std::vector<std::string> seeds;
  for (int i = 2; i < argc; ++i) {
    for (const auto& entry : std::filesystem::directory_iterator(argv[i])) {
      std::ifstream in(entry.path(), std::ios::binary);
      seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  seeds.emplace_back();
  std::mt19937_64 rng(1);
  for (const auto& seed : seeds) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(seed.data()), seed.size());
  }
  for (long i = 0; i < iterations; ++i) {
    const std::string& seed = seeds[rng() % seeds.size()];
    const std::string& other = seeds[rng() % seeds.size()];
    // Short inputs (queries) as often as whole pages.
    std::string input = mutate(i % 2 == 0 ? seed : seed.substr(0, rng() % 48), other, rng);
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
  }
  std::cout << "replayed " << seeds.size() << " seeds and " << iterations << " mutations\n";
  return 0;
}
