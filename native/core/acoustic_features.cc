#include "acoustic_features.h"

#include <algorithm>
#include <cmath>

namespace callvault {
namespace {

constexpr int kPitchRate = 8000;
constexpr int kMinLag = kPitchRate / 400;  // 400 Hz
constexpr int kMaxLag = kPitchRate / 60;   // 60 Hz
constexpr double kVoicedPeriodicity = 0.55;
constexpr double kNearBestShare = 0.85;  // the shortest lag this close to the best wins (no octave drops)

// Offset of the vertex of the parabola through three points, in (-0.5, 0.5) samples. A point that
// is not a local extreme (a window edge) has no vertex between its neighbours: 0 then.
double Parabola(double left, double centre, double right) {
  const double denom = left - 2 * centre + right;
  if (denom == 0) return 0;
  const double d = 0.5 * (left - right) / denom;
  return d > -0.5 && d < 0.5 ? d : 0;
}

// Pitch marks one period apart (largest positive peak near each expected position) → jitter and
// shimmer of the window. Sub-sample peak positions, or 8 kHz would add ~2% of jitter by itself.
void PeriodStats(const float* x, int n, double period, PitchEstimate* est) {
  std::vector<double> pos, amp;
  int best = 0;
  for (int i = 1; i < static_cast<int>(period) && i < n - 1; ++i) if (x[i] > x[best]) best = i;
  // Every mark is at least 0.8 period after the previous one, so this ends within n / period marks.
  for (;;) {
    if (best <= 0 || best >= n - 1 || x[best] <= 0) break;
    if (!pos.empty() && best + 0.5 <= pos.back()) break;
    const double d = Parabola(x[best - 1], x[best], x[best + 1]);
    pos.push_back(best + d);
    amp.push_back(x[best] - 0.25 * (x[best - 1] - x[best + 1]) * d);
    const double expected = pos.back() + period;
    const int lo = std::max(best + 1, static_cast<int>(expected - 0.2 * period));
    const int hi = static_cast<int>(expected + 0.2 * period);
    if (hi >= n - 1 || lo > hi) break;
    best = lo;
    for (int i = lo; i <= hi; ++i) if (x[i] > x[best]) best = i;
  }
  est->jitter = est->shimmer_db = -1;
  if (pos.size() >= 4) {
    double sum_abs = 0, sum = 0;
    for (size_t i = 1; i + 1 < pos.size(); ++i) sum_abs += std::fabs((pos[i + 1] - pos[i]) - (pos[i] - pos[i - 1]));
    for (size_t i = 1; i < pos.size(); ++i) sum += pos[i] - pos[i - 1];
    est->jitter = (sum_abs / (pos.size() - 2)) / (sum / (pos.size() - 1));
  }
  if (amp.size() >= 3) {
    double s = 0;
    for (size_t i = 1; i < amp.size(); ++i) s += std::fabs(20 * std::log10(amp[i] / amp[i - 1]));
    est->shimmer_db = s / (amp.size() - 1);
  }
}

}  // namespace

PitchEstimate EstimatePitch(const float* x, int n) {
  PitchEstimate est;
  const int max_lag = std::min(kMaxLag, n / 2);
  if (max_lag <= kMinLag + 1) return est;
  double r[kMaxLag + 2] = {0};
  // Energies of the two overlapping stretches come from prefix sums; only the cross term needs a
  // loop per lag (four float lanes, which the compiler vectorises).
  double prefix[1024];  // windows are at most 40 ms frames × 2 at 8 kHz = 640 samples
  const int m = std::min(n, static_cast<int>(sizeof(prefix) / sizeof(prefix[0])) - 1);
  prefix[0] = 0;
  for (int i = 0; i < m; ++i) prefix[i + 1] = prefix[i] + static_cast<double>(x[i]) * x[i];
  double best = 0;
  for (int lag = kMinLag - 1; lag <= max_lag + 1 && lag < m; ++lag) {
    float acc[4] = {0, 0, 0, 0};
    const int len = m - lag;
    int i = 0;
    for (; i + 4 <= len; i += 4) {
      for (int j = 0; j < 4; ++j) acc[j] += x[i + j] * x[i + j + lag];
    }
    double num = static_cast<double>(acc[0]) + acc[1] + acc[2] + acc[3];
    for (; i < len; ++i) num += static_cast<double>(x[i]) * x[i + lag];
    const double e0 = prefix[len], e1 = prefix[m] - prefix[lag];
    r[lag] = num / std::sqrt(e0 * e1 + 1e-9);
    if (lag >= kMinLag && lag <= max_lag) best = std::max(best, r[lag]);
  }
  if (best < kVoicedPeriodicity) return est;
  int lag = kMinLag;
  for (; lag <= max_lag; ++lag) {
    if (r[lag] >= kNearBestShare * best && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1]) break;
  }
  if (lag > max_lag) return est;
  const double period = lag + Parabola(r[lag - 1], r[lag], r[lag + 1]);
  est.voiced = true;
  est.f0_hz = kPitchRate / period;
  est.periodicity = std::min(r[lag], 0.9999);
  PeriodStats(x, n, period, &est);
  return est;
}

SegmentFeatureExtractor::SegmentFeatureExtractor(int sample_rate, int frame_ms, int fft_size)
    : rate_(sample_rate),
      frame_ms_(frame_ms),
      frame_samples_(sample_rate * frame_ms / 1000),
      mel_(sample_rate, fft_size, 20, kMfcc),
      // Two frames at 8 kHz, and never less than two of the longest period (60 Hz).
      history_(std::max(2 * kPitchRate * frame_ms / 1000, 2 * kMaxLag + 2), 0.0f),
      bin_hz_(static_cast<double>(sample_rate) / fft_size),
      fft_bins_(fft_size / 2 + 1),
      mfcc_sum_(kMfcc) {}

void SegmentFeatureExtractor::Reset() {
  frames_ = voiced_ = voiced_runs_ = pause_frames_ = current_pause_ = pauses_ = jitter_n_ = shimmer_n_ = 0;
  last_voiced_ = in_pause_ = pitched_last_frame_ = last_pitch_voiced_ = false;
  level_sum_ = centroid_sum_ = slope_sum_ = hnr_sum_ = jitter_sum_ = shimmer_sum_ = zcr_sum_ = 0;
  std::fill(mfcc_sum_.begin(), mfcc_sum_.end(), 0.0);
  f0_.clear();
  first_ms_ = -1;
}

void SegmentFeatureExtractor::Remember(const int16_t* pcm) {
  // Shift in this frame at 8 kHz (16 kHz is low-passed by a [1 2 1]/4 kernel and halved).
  const int step = rate_ / kPitchRate;
  const int fresh = frame_samples_ / step;
  std::move(history_.begin() + fresh, history_.end(), history_.begin());
  float* dst = history_.data() + history_.size() - fresh;
  for (int i = 0; i < fresh; ++i) {
    if (step == 1) {
      dst[i] = pcm[i];
    } else {
      const int j = i * step;
      const float prev = j > 0 ? pcm[j - 1] : pcm[j];
      dst[i] = 0.25f * prev + 0.5f * pcm[j] + 0.25f * pcm[j + 1];
    }
  }
}

void SegmentFeatureExtractor::AddPauseFrame() {
  if (frames_ == 0) return;
  // Counted only when speech resumes: the pause before a segment closes is not inside it.
  in_pause_ = true;
  last_voiced_ = pitched_last_frame_ = false;
  ++current_pause_;
}

void SegmentFeatureExtractor::AddSpeechFrame(const int16_t* pcm, const float* power, double mean_square, int64_t start_ms) {
  if (first_ms_ < 0) first_ms_ = start_ms;
  if (in_pause_) {
    ++pauses_;
    pause_frames_ += current_pause_;
    current_pause_ = 0;
    in_pause_ = false;
  }
  ++frames_;
  level_sum_ += PowerDb(mean_square);
  int crossings = 0;
  for (int i = 1; i < frame_samples_; ++i) crossings += (pcm[i] >= 0) != (pcm[i - 1] >= 0);
  zcr_sum_ += static_cast<double>(crossings) / frame_samples_;

  // Spectral centroid over the telephone band; slope as least squares of the mel band levels (dB)
  // over their centre frequencies (kHz), which needs 20 logarithms instead of one per bin.
  double total = 0, weighted = 0;
  for (int k = static_cast<int>(200 / bin_hz_); k <= std::min(fft_bins_ - 1, static_cast<int>(3800 / bin_hz_)); ++k) {
    total += power[k];
    weighted += power[k] * k * bin_hz_;
  }
  centroid_sum_ += total > 0 ? weighted / total : 0;
  double mfcc[kMfcc];
  mel_.Compute(power, mfcc);
  for (int c = 0; c < kMfcc; ++c) mfcc_sum_[c] += mfcc[c];
  const auto& level = mel_.log_energy();
  const auto& khz = mel_.centre_khz();
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  const int n = static_cast<int>(level.size());
  for (int f = 0; f < n; ++f) {
    const double db = level[f] * (10 / 2.302585092994046);  // ln → dB
    sx += khz[f], sy += db, sxx += khz[f] * khz[f], sxy += khz[f] * db;
  }
  slope_sum_ += (n * sxy - sx * sy) / (n * sxx - sx * sx);

  // Pitch on every other frame: the 40 ms window then tiles the segment without overlap, which
  // halves the costliest step and keeps jitter/shimmer windows independent.
  if (pitched_last_frame_) {
    pitched_last_frame_ = false;
    if (last_pitch_voiced_) {
      ++voiced_;
      if (!last_voiced_) ++voiced_runs_;
    }
    last_voiced_ = last_pitch_voiced_;
    return;
  }
  pitched_last_frame_ = true;
  const PitchEstimate p = EstimatePitch(history_.data(), static_cast<int>(history_.size()));
  last_pitch_voiced_ = p.voiced;
  if (p.voiced) {
    ++voiced_;
    if (!last_voiced_) ++voiced_runs_;
    f0_.emplace_back((start_ms - first_ms_) / 1000.0, 12 * std::log2(p.f0_hz / 100.0));
    hnr_sum_ += 10 * std::log10(p.periodicity / (1 - p.periodicity));
    if (p.jitter >= 0) jitter_sum_ += p.jitter, ++jitter_n_;
    if (p.shimmer_db >= 0) shimmer_sum_ += p.shimmer_db, ++shimmer_n_;
  }
  last_voiced_ = p.voiced;
}

bool SegmentFeatureExtractor::Emit(std::vector<std::pair<std::string, double>>* values, std::vector<double>* mfcc) const {
  if (frames_ == 0) return false;
  const double seconds = (frames_ + pause_frames_) * frame_ms_ / 1000.0;
  values->emplace_back("loudnessDb", level_sum_ / frames_);
  values->emplace_back("zcr", zcr_sum_ / frames_);
  values->emplace_back("spectralCentroidHz", centroid_sum_ / frames_);
  values->emplace_back("spectralSlopeDbPerKHz", slope_sum_ / frames_);
  values->emplace_back("voicedRatio", static_cast<double>(voiced_) / frames_);
  values->emplace_back("voicedRatePerSec", voiced_runs_ / seconds);
  values->emplace_back("pauseCount", pauses_);
  values->emplace_back("pauseMeanMs", pauses_ ? static_cast<double>(pause_frames_ * frame_ms_) / pauses_ : 0.0);
  if (f0_.size() >= 2) {
    std::vector<double> st;
    double mean_t = 0, mean_st = 0;
    for (const auto& [t, s] : f0_) st.push_back(s), mean_t += t, mean_st += s;
    mean_t /= f0_.size();
    mean_st /= f0_.size();
    double cov = 0, var = 0;
    for (const auto& [t, s] : f0_) cov += (t - mean_t) * (s - mean_st), var += (t - mean_t) * (t - mean_t);
    std::sort(st.begin(), st.end());
    const double p10 = st[st.size() / 10], p90 = st[st.size() - 1 - st.size() / 10];
    values->emplace_back("f0MeanHz", 100 * std::pow(2.0, mean_st / 12));
    values->emplace_back("f0RangeSt", p90 - p10);
    values->emplace_back("f0SlopeStPerSec", var > 0 ? cov / var : 0.0);
    values->emplace_back("hnrDb", hnr_sum_ / f0_.size());
  }
  if (jitter_n_ > 0) values->emplace_back("jitterPct", 100 * jitter_sum_ / jitter_n_);
  if (shimmer_n_ > 0) values->emplace_back("shimmerDb", shimmer_sum_ / shimmer_n_);
  mfcc->clear();
  for (double s : mfcc_sum_) mfcc->push_back(s / frames_);
  return true;
}

}  // namespace callvault
