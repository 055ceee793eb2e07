#include "vad.h"

#include <algorithm>
#include <cmath>

#include "dsp.h"

namespace callvault {
namespace {

// Band edges in Hz: the telephone band split roughly evenly on a perceptual scale.
constexpr double kBandHz[Vad::kBands + 1] = {200, 400, 650, 950, 1300, 1750, 2300, 3000, 3800};
// No noise sample seen yet: assume a quiet line (-60 dBFS spread over the bands) so speech at the
// very start of a call is still detected.
constexpr double kPriorNoisePower = 1000.0 / Vad::kBands;
constexpr double kMinLevelDb = 30.0;          // below this (≈ -60 dBFS) nothing is speech
constexpr double kSpeechSnrDb = 7.0;          // whole-band level over the floor …
constexpr double kSpeechBandSnrDb = 4.5;      // … or the mean of per-band SNRs (catches narrowband speech)
constexpr double kMinStatBias = 1.6;          // a minimum of noise power underestimates its mean
constexpr double kFloorRiseDbPerSec = 10.0;   // the floor may fall at once but rise only this fast
constexpr int kSubWindowMs = 250;             // minimum statistics over 6 × 250 ms = 1.5 s
constexpr int kHeldPeakMs = 120;              // a spectral peak held this long is a note, not a vowel
constexpr double kMusicTimeConstantSec = 0.6; // how fast the music share follows
constexpr double kMusicOn = 0.35, kMusicOff = 0.15;

}  // namespace

Vad::Vad(int sample_rate, int frame_ms, int fft_size)
    : frame_ms_(frame_ms), bins_(fft_size / 2 + 1), peak_run_(fft_size / 2 + 1), next_run_(fft_size / 2 + 1) {
  const double bin_hz = static_cast<double>(sample_rate) / fft_size;
  for (int b = 0; b <= kBands; ++b) {
    band_edges_[b] = std::min(bins_ - 1, static_cast<int>(std::lround(kBandHz[b] / bin_hz)));
  }
  sub_window_frames_ = std::max(1, kSubWindowMs / frame_ms);
  noise_.fill(kPriorNoisePower);
  sub_min_.fill(1e30);
}

double Vad::MusicScore(const float* power, double total) {
  const int held_frames = std::max(2, kHeldPeakMs / frame_ms_);
  const int lo = std::max(4, band_edges_[0] / 2), hi = std::min(bins_ - 5, band_edges_[kBands]);
  double held = 0;
  std::fill(next_run_.begin(), next_run_.end(), 0);
  for (int k = lo; k < hi; ++k) {
    const float p = power[k];
    // Prominent over the bins just outside a Hann main lobe (±4 bins at 160 samples in 256).
    const bool peak = p > power[k - 1] && p >= power[k + 1] && p > 4.0f * (power[k - 4] + power[k + 4]);
    if (!peak) continue;
    // A peak may drift by one bin per frame and still be the same partial.
    const int run = 1 + std::max({peak_run_[k - 1], peak_run_[k], peak_run_[k + 1]});
    next_run_[k] = static_cast<uint16_t>(std::min(run, 60000));
    if (run >= held_frames) held += power[k - 1] + p + power[k + 1];
  }
  peak_run_.swap(next_run_);
  debug_ = held / (total + 1e-9);
  return total > 0 ? std::min(1.0, held / total) : 0.0;
}

VadFrame Vad::Classify(const float* power, double mean_square) {
  VadFrame f;
  f.level_db = PowerDb(mean_square);
  std::array<double, kBands> band{};
  double total = 0;
  for (int b = 0; b < kBands; ++b) {
    double e = 0;
    for (int k = band_edges_[b]; k < band_edges_[b + 1]; ++k) e += power[k];
    band[b] = e;
    total += e;
  }

  // Minimum statistics: smooth each band, keep the minimum per sub-window, and take the minimum
  // over the last kSubWindows sub-windows (and the one filling) as the floor.
  const double rise = std::pow(10.0, kFloorRiseDbPerSec * frame_ms_ / 1000.0 / 10.0);
  for (int b = 0; b < kBands; ++b) {
    smoothed_[b] = frames_seen_ == 0 ? band[b] : 0.6 * smoothed_[b] + 0.4 * band[b];
    sub_min_[b] = std::min(sub_min_[b], smoothed_[b]);
    double floor = sub_min_[b];
    for (int i = 0; i < past_count_; ++i) floor = std::min(floor, past_min_[i][b]);
    floor = std::max(floor * kMinStatBias, 1e-3);
    if (past_count_ == 0) floor = std::min(floor, kPriorNoisePower);
    noise_[b] = std::min(floor, noise_[b] * rise);
  }
  ++frames_seen_;
  if (++frames_in_sub_ == sub_window_frames_) {
    past_min_[past_next_] = sub_min_;
    past_next_ = (past_next_ + 1) % kSubWindows;
    past_count_ = std::min(past_count_ + 1, kSubWindows);
    sub_min_.fill(1e30);
    frames_in_sub_ = 0;
  }

  double noise_total = 0, band_snr = 0;
  for (int b = 0; b < kBands; ++b) {
    noise_total += noise_[b];
    band_snr += std::clamp(10.0 * std::log10((band[b] + 1e-3) / noise_[b]), 0.0, 30.0);
  }
  band_snr /= kBands;
  f.snr_db = 10.0 * std::log10((total + 1e-3) / noise_total);

  const double music = MusicScore(power, total);
  const double alpha = frame_ms_ / 1000.0 / kMusicTimeConstantSec;
  // Only loud frames tell about music; quiet ones neither build nor erase the evidence.
  if (f.snr_db > 3.0) music_avg_ += alpha * (music - music_avg_);
  else music_avg_ *= 1.0 - alpha * 0.25;
  if (music_avg_ > kMusicOn) music_ = true;
  else if (music_avg_ < kMusicOff) music_ = false;
  f.music = music_;

  f.speech = !music_ && f.level_db > kMinLevelDb && (f.snr_db > kSpeechSnrDb || band_snr > kSpeechBandSnrDb);
  return f;
}

bool Vad::Segment(bool speech, int64_t start_ms, VadSegment* closed) {
  if (speech) {
    if (run_ms_ == 0) run_start_ms_ = start_ms;
    run_ms_ += frame_ms_;
    last_speech_end_ms_ = start_ms + frame_ms_;
    silence_ms_ = 0;
    if (!open_ && run_ms_ >= kOnsetMs) {
      open_ = true;
      seg_start_ms_ = run_start_ms_;
    }
    return false;
  }
  run_ms_ = 0;
  silence_ms_ += frame_ms_;
  if (open_ && silence_ms_ >= kHangoverMs) return Flush(closed);
  return false;
}

bool Vad::Flush(VadSegment* closed) {
  if (!open_) return false;
  open_ = false;
  closed->start_ms = seg_start_ms_;
  closed->end_ms = last_speech_end_ms_;
  return true;
}

}  // namespace callvault
