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
// Inside a segment (and just before its onset) weaker evidence counts: the quiet ends of words.
constexpr double kLikelySnrDb = 3.0, kLikelyBandSnrDb = 2.5;
constexpr double kMinStatBias = 1.6;          // a minimum of noise power underestimates its mean
constexpr double kFloorRiseDbPerSec = 20.0;   // the floor may fall at once but rise only this fast
constexpr int kSubWindowMs = 250;             // minimum statistics over 6 × 250 ms = 1.5 s
constexpr int kHeldPeakMs = 120;              // a spectral peak held this long is a note, not a vowel
constexpr double kMusicTimeConstantSec = 0.6; // how fast the music share follows
constexpr double kMusicMaxSwingDb = 9.0;
constexpr double kHeldShare = 0.4;             // a frame this much made of held peaks sounds like music
constexpr double kMusicOn = 0.3, kMusicOff = 0.12; // share of such frames, smoothed

}  // namespace

Vad::Vad(int sample_rate, int frame_ms, int fft_size)
    : frame_ms_(frame_ms),
      bins_(fft_size / 2 + 1),
      peak_run_(bins_),
      next_run_(bins_),
      peak_missed_(bins_),
      next_missed_(bins_) {
  const double bin_hz = static_cast<double>(sample_rate) / fft_size;
  for (int b = 0; b <= kBands; ++b) {
    band_edges_[b] = std::min(bins_ - 1, static_cast<int>(std::lround(kBandHz[b] / bin_hz)));
  }
  sub_window_frames_ = std::max(1, kSubWindowMs / frame_ms);
  noise_.fill(kPriorNoisePower);
  sub_min_.fill(1e30);
  levels_.assign(std::max(2, 500 / frame_ms), 0.0);
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
  // A partial may also vanish for one frame (a click, a dropped packet) and come back: its run
  // survives one missing frame.
  for (int k = lo; k < hi; ++k) {
    if (next_run_[k] == 0 && peak_run_[k] > 0 && !peak_missed_[k]) {
      next_run_[k] = peak_run_[k];
      next_missed_[k] = 1;
    } else {
      next_missed_[k] = 0;
    }
  }
  peak_missed_.swap(next_missed_);
  peak_run_.swap(next_run_);
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
  // While music plays the floor stays where it was: hold music is not the line's noise.
  for (int b = 0; b < kBands && !music_; ++b) {
    smoothed_[b] = frames_seen_ == 0 ? band[b] : 0.6 * smoothed_[b] + 0.4 * band[b];
    sub_min_[b] = std::min(sub_min_[b], smoothed_[b]);
    double floor = sub_min_[b];
    for (int i = 0; i < past_count_; ++i) floor = std::min(floor, past_min_[i][b]);
    floor = std::max(floor * kMinStatBias, 1e-3);
    if (past_count_ == 0) floor = std::min(floor, kPriorNoisePower);
    noise_[b] = std::min(floor, noise_[b] * rise);
  }
  ++frames_seen_;
  if (!music_) {
    sub_max_total_ = std::max(sub_max_total_, total);
    sub_min_total_ = std::min(sub_min_total_, total);
  }
  if (!music_ && ++frames_in_sub_ == sub_window_frames_) {
    // Two sub-windows in a row without a 6 dB swing is a steady line, not speech (syllables swing
    // by far more): the floor may jump to it instead of creeping up.
    // At the start of a call one steady sub-window is enough: there is no floor to trust yet.
    const bool steady = sub_max_total_ < 4.0 * sub_min_total_;
    if (steady && (last_sub_steady_ || past_count_ == 0)) {
      for (int b = 0; b < kBands; ++b) {
        const double prev = past_count_ ? past_min_[(past_next_ + kSubWindows - 1) % kSubWindows][b] : sub_min_[b];
        noise_[b] = std::max(std::min(sub_min_[b], prev) * kMinStatBias, 1e-3);
      }
      withdraw_span_frames_ = (past_count_ ? 2 : 1) * sub_window_frames_;
    }
    last_sub_steady_ = steady;
    sub_max_total_ = 0;
    sub_min_total_ = 1e30;
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

  // Music evidence relative to what stands above the floor: hiss under the music must not dilute it.
  const double music = MusicScore(power, std::max(total - noise_total, 0.1 * total));
  const double alpha = frame_ms_ / 1000.0 / kMusicTimeConstantSec;
  // Only loud frames tell about music; quiet ones neither build nor erase the evidence.
  // Level swing over the last half second: syllables swing by 15 dB and more, held music by less
  // than 9 (a high, flat voice has held harmonics too, but not the steady level).
  levels_[level_next_] = f.level_db;
  level_next_ = (level_next_ + 1) % levels_.size();
  // 10th to 90th percentile, so a click or a dropped frame does not count as a swing.
  sorted_levels_ = levels_;
  std::sort(sorted_levels_.begin(), sorted_levels_.end());
  const size_t tail = sorted_levels_.size() / 10;
  const bool steady_level = sorted_levels_[sorted_levels_.size() - 1 - tail] - sorted_levels_[tail] < kMusicMaxSwingDb;
  if (f.snr_db > 3.0) music_avg_ += alpha * ((music > kHeldShare && steady_level ? 1.0 : 0.0) - music_avg_);
  else music_avg_ *= 1.0 - alpha * 0.5;
  music_evidence_frames_ = music_avg_ < 0.05 ? 0 : music_evidence_frames_ + 1;
  if (music_avg_ > kMusicOn && !music_) {
    music_ = true;
    // What opened while the evidence built up was the music's first notes, not speech.
    withdraw_span_frames_ = std::max(withdraw_span_frames_, music_evidence_frames_ + 5);
  } else if (music_avg_ < kMusicOff) {
    music_ = false;
  }
  f.music = music_;

  const bool audible = !music_ && f.level_db > kMinLevelDb;
  f.speech = audible && (f.snr_db > kSpeechSnrDb || band_snr > kSpeechBandSnrDb);
  f.likely = f.speech || (audible && (f.snr_db > kLikelySnrDb || band_snr > kLikelyBandSnrDb));
  return f;
}

bool Vad::Segment(const VadFrame& frame, int64_t start_ms, VadSegment* closed) {
  if (withdraw_span_frames_ > 0) {
    // The line just proved steady (or music was just recognised): a segment that opened inside that
    // stretch was the line or the music heard before we knew. It was never emitted, so it goes away.
    if (open_ && seg_start_ms_ >= start_ms - static_cast<int64_t>(withdraw_span_frames_) * frame_ms_) {
      open_ = false;
      run_ms_ = 0;
    }
    withdraw_span_frames_ = 0;
  }
  if (frame.likely && likely_start_ms_ < 0) likely_start_ms_ = start_ms;
  if (!frame.likely) likely_start_ms_ = -1;
  counted_ = open_ ? frame.likely : frame.speech;
  if (frame.speech) {
    if (run_ms_ == 0) run_start_ms_ = likely_start_ms_ >= 0 ? likely_start_ms_ : start_ms;
    run_ms_ += frame_ms_;
  } else if (!open_ || !frame.likely) {
    run_ms_ = 0;
  }
  if (!open_ && run_ms_ >= kOnsetMs) {
    open_ = true;
    seg_start_ms_ = run_start_ms_;
  }
  if (counted_ || (open_ && frame.speech)) {
    last_speech_end_ms_ = start_ms + frame_ms_;
    silence_ms_ = 0;
    return false;
  }
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
