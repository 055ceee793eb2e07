// Acoustic features on signals whose true values are known: pitch of harmonic complexes, jitter
// and shimmer injected into a pulse train, HNR of a voice in white noise, loudness and centroid of
// a tone, pitch slope and range of a glide, and the voiced-stretch rate of syllables.
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "acoustic_features.h"
#include "check.h"
#include "dsp.h"

using namespace callvault;

namespace {
constexpr int kRate = 8000;
constexpr double kPi = 3.14159265358979323846;

struct Lcg {
  uint32_t s = 7;
  double Uniform() { return ((s = s * 1664525u + 1013904223u) >> 8) / 16777216.0; }  // [0, 1)
  double Gauss() { return std::sqrt(-2 * std::log(Uniform() + 1e-12)) * std::cos(2 * kPi * Uniform()); }
};

std::vector<float> Harmonic(double f0, int n, double amp = 8000) {
  std::vector<float> x(n);
  for (int i = 0; i < n; ++i) {
    const double t = i / double(kRate);
    x[i] = static_cast<float>(amp * (std::sin(2 * kPi * f0 * t) + 0.5 * std::sin(4 * kPi * f0 * t) + 0.25 * std::sin(6 * kPi * f0 * t)));
  }
  return x;
}

// A voice-like pulse train: each period starts a decaying 700 Hz resonance; period i lasts
// T·(1 + u_i), u uniform in [-jit, jit]; amplitude i is scaled by 10^(±shim_db/20) at random.
std::vector<float> Pulses(double f0, int n, double jit, double shim_db, Lcg* r) {
  std::vector<float> x(n, 0.0f);
  double at = 0;
  while (at < n) {
    const double amp = 8000 * std::pow(10.0, (r->Uniform() * 2 - 1) * shim_db / 20);
    for (int i = static_cast<int>(at); i < n && i < at + 200; ++i) {
      const double t = (i - at) / kRate;
      x[i] += static_cast<float>(amp * std::exp(-t * 900) * std::cos(2 * kPi * 700 * t));
    }
    at += kRate / f0 * (1 + (r->Uniform() * 2 - 1) * jit);
  }
  return x;
}

void PitchOfHarmonicComplexes() {
  for (double f0 : {90.0, 120.0, 220.0, 310.0}) {
    const auto x = Harmonic(f0, 320);
    const PitchEstimate p = EstimatePitch(x.data(), 320);
    CHECK(p.voiced);
    CHECK_NEAR(p.f0_hz, f0, f0 * 0.01);
    CHECK(p.periodicity > 0.95);
    if (f0 >= 120) CHECK(p.jitter >= 0 && p.jitter < 0.005);
  }
  Lcg r;
  std::vector<float> noise(320);
  for (auto& v : noise) v = static_cast<float>(3000 * r.Gauss());
  CHECK(!EstimatePitch(noise.data(), 320).voiced);
}

void JitterAndShimmerAreMeasured() {
  // Expected local jitter of i.i.d. uniform periods: E|u1 - u2| = 2·jit/3. Averaged over windows.
  for (double jit : {0.0, 0.03, 0.06}) {
    Lcg r;
    const auto x = Pulses(125, kRate * 4, jit, 0.0, &r);
    double sum = 0;
    int n = 0;
    for (int at = 0; at + 320 <= static_cast<int>(x.size()); at += 160) {
      const PitchEstimate p = EstimatePitch(&x[at], 320);
      if (p.voiced && p.jitter >= 0) sum += p.jitter, ++n;
    }
    CHECK(n > 50);  // windows with ≥ 3 whole periods
    CHECK_NEAR(sum / n, 2 * jit / 3, 0.006 + 0.25 * jit);
  }
  // Shimmer: amplitudes uniform in ±s dB → E|ΔdB| = 2s/3.
  Lcg r;
  const auto x = Pulses(125, kRate * 4, 0.0, 3.0, &r);
  double sum = 0;
  int n = 0;
  for (int at = 0; at + 320 <= static_cast<int>(x.size()); at += 160) {
    const PitchEstimate p = EstimatePitch(&x[at], 320);
    if (p.voiced && p.shimmer_db >= 0) sum += p.shimmer_db, ++n;
  }
  CHECK_NEAR(sum / n, 2.0, 0.6);
}

// Runs a signal through the extractor as one all-speech segment at `rate`; returns named values.
std::map<std::string, double> Segment(const std::vector<float>& x, int rate = kRate) {
  const int frame = rate / 50, fft = rate == 8000 ? 256 : 512;
  PowerSpectrum spectrum(frame, fft);
  SegmentFeatureExtractor f(rate, 20, fft);
  std::vector<float> power(spectrum.bins());
  std::vector<int16_t> pcm(frame);
  for (size_t at = 0; at + frame <= x.size(); at += frame) {
    double ms = 0;
    for (int i = 0; i < frame; ++i) pcm[i] = static_cast<int16_t>(std::lround(std::fmax(-32768, std::fmin(32767, x[at + i])))), ms += double(pcm[i]) * pcm[i];
    spectrum.Compute(pcm.data(), power.data());
    f.Remember(pcm.data());
    if (ms / frame > 1000) f.AddSpeechFrame(pcm.data(), power.data(), ms / frame, static_cast<int64_t>(at * 1000 / rate));
    else f.AddPauseFrame();
  }
  std::vector<std::pair<std::string, double>> values;
  std::vector<double> mfcc;
  CHECK(f.Emit(&values, &mfcc));
  CHECK(mfcc.size() == SegmentFeatureExtractor::kMfcc);
  return {values.begin(), values.end()};
}

void HnrOfVoiceInNoise() {
  for (double snr : {5.0, 10.0, 20.0}) {
    Lcg r;
    auto x = Harmonic(150, kRate * 2, 6000);
    double ps = 0;
    for (float v : x) ps += double(v) * v;
    const double sigma = std::sqrt(ps / x.size() / std::pow(10, snr / 10));
    for (auto& v : x) v += static_cast<float>(sigma * r.Gauss());
    const auto f = Segment(x);
    CHECK_NEAR(f.at("hnrDb"), snr, 2.5);
    CHECK_NEAR(f.at("f0MeanHz"), 150, 3);
  }
}

void LoudnessCentroidAndSlopeOfTones() {
  for (double amp : {1000.0, 8000.0}) {
    std::vector<float> x(kRate);
    for (int i = 0; i < kRate; ++i) x[i] = static_cast<float>(amp * std::sin(2 * kPi * 1000 * i / kRate));
    const auto f = Segment(x);
    CHECK_NEAR(f.at("loudnessDb"), 10 * std::log10(amp * amp / 2 + 1), 0.3);
    CHECK_NEAR(f.at("spectralCentroidHz"), 1000, 60);
  }
  // Same voice at 16 kHz: the pitch path halves the rate first, the numbers must agree.
  std::vector<float> wide(16000 * 2);
  for (size_t i = 0; i < wide.size(); ++i) {
    const double t = i / 16000.0;
    wide[i] = static_cast<float>(6000 * (std::sin(2 * kPi * 180 * t) + 0.5 * std::sin(4 * kPi * 180 * t)));
  }
  CHECK_NEAR(Segment(wide, 16000).at("f0MeanHz"), 180, 3);
}

void PitchGlideSlopeAndRange() {
  // 100 → 200 Hz exponentially over 1 s: 12 semitones per second; p10..p90 spans 80% of it.
  std::vector<float> x(kRate);
  double phase = 0;
  for (int i = 0; i < kRate; ++i) {
    phase += 2 * kPi * 100 * std::pow(2.0, i / double(kRate)) / kRate;
    x[i] = static_cast<float>(6000 * (std::sin(phase) + 0.5 * std::sin(2 * phase)));
  }
  const auto f = Segment(x);
  CHECK_NEAR(f.at("f0SlopeStPerSec"), 12, 1.2);
  CHECK_NEAR(f.at("f0RangeSt"), 9.6, 1.5);
  CHECK_NEAR(f.at("f0MeanHz"), 141, 6);  // geometric mean of the glide
}

void SyllableRateAndPauses() {
  // 4 syllables per second (150 ms voiced, 100 ms silent) for 2 s, then a 400 ms pause, then 1 s.
  std::vector<float> x(static_cast<size_t>(kRate * 3.4), 0.0f);
  auto add = [&](double from, double to) {
    for (size_t i = static_cast<size_t>(from * kRate); i < static_cast<size_t>(to * kRate); ++i) {
      const double t = i / double(kRate);
      if (std::fmod(t - from, 0.25) < 0.15) x[i] = static_cast<float>(6000 * std::sin(2 * kPi * 160 * t) + 3000 * std::sin(4 * kPi * 160 * t));
    }
  };
  add(0, 2.0);
  add(2.4, 3.4);
  const auto f = Segment(x);
  CHECK_NEAR(f.at("voicedRatePerSec"), 4.0, 0.6);
  CHECK(f.at("pauseCount") >= 11);
  CHECK_NEAR(f.at("voicedRatio"), 1.0, 0.15);
}

// Regression: a peak at the edge of its search window once produced a parabola vertex far outside
// it, marks went backwards and the loop never ended. Any input must come back, and fast.
void HostileWindowsTerminate() {
  Lcg r;
  std::vector<float> x(320);
  int voiced = 0;
  for (int round = 0; round < 20000; ++round) {
    const int kind = round % 5;
    for (int i = 0; i < 320; ++i) {
      const double t = i / double(kRate);
      switch (kind) {
        case 0: x[i] = static_cast<float>(30000 * (r.Uniform() * 2 - 1)); break;
        case 1: x[i] = (i / (20 + round % 120)) % 2 ? 32767.0f : -32768.0f; break;
        case 2: x[i] = i % (20 + round % 113) == 0 ? 32767.0f : 0.0f; break;
        case 3: x[i] = static_cast<float>(std::fmin(32767, std::fmax(-32768, 90000 * std::sin(2 * kPi * (60 + round % 340) * t)))); break;
        default: x[i] = static_cast<float>((round % 7) * 1000 * std::sin(2 * kPi * 100 * t * t * (1 + round % 9)) + 500 * r.Gauss()); break;
      }
    }
    const PitchEstimate p = EstimatePitch(x.data(), 320);
    voiced += p.voiced;
    CHECK(!p.voiced || (p.f0_hz >= 55 && p.f0_hz <= 420));
    CHECK(p.jitter < 1.0 && p.shimmer_db < 100);
  }
  CHECK(voiced > 0);
}

}  // namespace

int main() {
  HostileWindowsTerminate();
  PitchOfHarmonicComplexes();
  JitterAndShimmerAreMeasured();
  HnrOfVoiceInNoise();
  LoudnessCentroidAndSlopeOfTones();
  PitchGlideSlopeAndRange();
  SyllableRateAndPauses();
  return TEST_MAIN_RESULT();
}
