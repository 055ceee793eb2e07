// Minimal assertion helpers for the core's ctest executables: each test file is one program that
// returns non-zero when any CHECK failed, so ctest reports it.
#pragma once
#include <cmath>
#include <cstdio>

namespace cvtest {
inline int& failures() { static int n = 0; return n; }
}  // namespace cvtest

#define CHECK(cond)                                                                 \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++cvtest::failures();                                                         \
    }                                                                               \
  } while (0)

#define CHECK_NEAR(a, b, tol)                                                                   \
  do {                                                                                          \
    double va_ = (a), vb_ = (b);                                                                \
    if (!(std::fabs(va_ - vb_) <= (tol))) {                                                     \
      std::fprintf(stderr, "%s:%d: CHECK_NEAR failed: %s=%g vs %s=%g (tol %g)\n", __FILE__,     \
                   __LINE__, #a, va_, #b, vb_, static_cast<double>(tol));                       \
      ++cvtest::failures();                                                                     \
    }                                                                                           \
  } while (0)

#define TEST_MAIN_RESULT() (cvtest::failures() == 0 ? 0 : 1)
