// SPDX-License-Identifier: MIT
#include "store/dense_sample.h"

#include <algorithm>
#include <cmath>

namespace kanbao::store {
namespace {

// A well-mixed 64-bit value of `x` (splitmix64's finaliser).
std::uint64_t mixed(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// `windows` windows of `width` ids, one in each of as many equal parts of
// the span. Each window sits at a pseudo-random place in its part, the same
// for the same span and window (so the pages of one query show one total):
// evenly spaced windows would see the same place of every issue when the
// issues are the same length.
std::vector<IdWindow> windows_of(const IdSpan& span, int windows, std::int64_t width) {
  const std::int64_t stride = span.size() / windows;
  std::vector<IdWindow> out;
  for (int w = 0; w < windows; ++w) {
    const std::uint64_t seed =
        mixed(static_cast<std::uint64_t>(span.last) * 131 + static_cast<std::uint64_t>(w));
    const auto offset = static_cast<std::int64_t>(seed % static_cast<std::uint64_t>(stride - width + 1));
    const std::int64_t from = span.first + w * stride + offset;
    out.push_back({from, from + width - 1});
  }
  return out;
}

double share(std::int64_t found, std::size_t windows, std::int64_t width) {
  return static_cast<double>(found) / static_cast<double>(static_cast<std::int64_t>(windows) * width);
}

// Rounds an estimate to three significant digits: more would claim a
// precision it does not have.
std::int64_t rounded(double estimate) {
  if (estimate < 1000) return std::llround(estimate);
  const double unit = std::pow(10.0, std::floor(std::log10(estimate)) - 2);
  return std::llround(estimate / unit) * std::llround(unit);
}

}  // namespace

std::optional<DenseSample> dense_sample(const IdSpan& span, std::int64_t dense) {
  if (span.size() <= std::max<std::int64_t>(dense, 64)) return std::nullopt;
  DenseSample sample;
  // Windows of up to 512 ids, at most half the part of the span each is in.
  sample.width = std::clamp<std::int64_t>(span.size() / 32, 1, 512);
  sample.glimpse = windows_of(span, 4, sample.width);
  sample.closer = windows_of(span, 16, sample.width);
  return sample;
}

bool glimpse_too_few(const DenseSample& sample, const IdSpan& span, std::int64_t glimpse_found,
                     std::int64_t dense) {
  const double glimpse = share(glimpse_found, sample.glimpse.size(), sample.width);
  return glimpse * static_cast<double>(span.size()) < static_cast<double>(dense) / 2;
}

std::optional<std::int64_t> dense_estimate(const DenseSample& sample, const IdSpan& span,
                                           std::int64_t glimpse_found, std::int64_t closer_found,
                                           std::int64_t dense) {
  if (glimpse_too_few(sample, span, glimpse_found, dense)) return std::nullopt;
  const double glimpse = share(glimpse_found, sample.glimpse.size(), sample.width);
  const double closer = share(closer_found, sample.closer.size(), sample.width);
  // 4 + 16 windows, each weighing the same.
  const double estimate = (glimpse + 4 * closer) / 5 * static_cast<double>(span.size());
  if (estimate < static_cast<double>(dense)) return std::nullopt;
  return rounded(estimate);
}

}  // namespace kanbao::store
