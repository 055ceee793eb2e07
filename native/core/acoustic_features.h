// Acoustic features of speech segments, for emotion (arousal) and QA: pitch (mean, range, slope),
// loudness, jitter, shimmer, harmonics-to-noise ratio, spectral centroid and slope, MFCCs, a
// speaking-rate proxy (voiced stretches per second) and pause statistics.
//
// Computed only on frames the VAD calls speech, so silence costs nothing. Pitch is found by
// normalised autocorrelation on a 40 ms window at 8 kHz (16 kHz input is halved first), which
// covers 60–400 Hz voices; jitter and shimmer come from pitch marks placed one period apart.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "dsp.h"

namespace callvault {

// What one voiced 40 ms window says about the voice.
struct PitchEstimate {
  bool voiced = false;
  double f0_hz = 0;
  double periodicity = 0;  // normalised autocorrelation at the period (0..1)
  double jitter = 0;       // mean |ΔT| / T over the window's periods (fraction), -1 if too few
  double shimmer_db = 0;   // mean |20·log10(A[i]/A[i-1])|, -1 if too few
};

// Pitch of `n` samples at 8 kHz (n ≥ 2 × the longest period, i.e. ≥ 267 for 60 Hz).
PitchEstimate EstimatePitch(const float* x, int n);

class SegmentFeatureExtractor {
 public:
  static constexpr int kMfcc = 6;
  SegmentFeatureExtractor(int sample_rate, int frame_ms, int fft_size);

  // Starts a new segment (drops whatever was accumulated).
  void Reset();
  // A speech frame of the segment: its PCM (frame_samples at the session rate), power spectrum and
  // mean square. start_ms is the frame's position in the call.
  void AddSpeechFrame(const int16_t* pcm, const float* power, double mean_square, int64_t start_ms);
  // A non-speech frame inside the segment (a pause the hangover bridged).
  void AddPauseFrame();
  // Every frame, speech or not, so the pitch window always has the previous frame.
  void Remember(const int16_t* pcm);
  // Named values of the segment so far; false if it has no speech frames.
  bool Emit(std::vector<std::pair<std::string, double>>* values, std::vector<double>* mfcc) const;

 private:
  const int rate_, frame_ms_, frame_samples_;
  MelCepstrum mel_;
  std::vector<float> history_;  // last two frames at 8 kHz, for the pitch window
  double bin_hz_;
  int fft_bins_;
  // Accumulators.
  int frames_ = 0, voiced_ = 0, voiced_runs_ = 0, pause_frames_ = 0, current_pause_ = 0, pauses_ = 0, jitter_n_ = 0, shimmer_n_ = 0;
  bool last_voiced_ = false, in_pause_ = false, pitched_last_frame_ = false, last_pitch_voiced_ = false;
  double level_sum_ = 0, centroid_sum_ = 0, slope_sum_ = 0, hnr_sum_ = 0, jitter_sum_ = 0, shimmer_sum_ = 0;
  double zcr_sum_ = 0;
  std::vector<double> mfcc_sum_;
  std::vector<std::pair<double, double>> f0_;  // (seconds since segment start, semitones re 100 Hz)
  int64_t first_ms_ = -1;
};

}  // namespace callvault
