// Voice-activity detection for one leg of a call: frame decisions from band SNRs against an
// adaptive noise floor, a tonal-persistence cue that keeps hold music out, and a segmenter with
// onset and hangover that turns frame decisions into speech segments.
//
// Why not energy alone: a telephone line carries hum, hiss and hold music at speech level, and a
// call often starts with speech before any noise sample was seen. Band SNRs against a
// minimum-statistics floor handle the first two; persistence of spectral peaks (music holds notes
// for hundreds of ms, speech harmonics glide and break at every consonant) handles the third.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace callvault {

struct VadFrame {
  bool speech = false;        // clearly speech: may open a segment (before onset/hangover)
  bool likely = false;        // weaker evidence: continues an open segment, or extends its start back
  bool music = false;         // the leg is in a hold-music stretch
  double level_db = 0;        // frame level, dB re 1 LSB² (16-bit full scale ≈ 90 dB)
  double snr_db = 0;          // frame level over the noise floor
};

struct VadSegment {
  int64_t start_ms = 0;
  int64_t end_ms = 0;  // end of the last speech frame (hangover frames are not part of it)
};

class Vad {
 public:
  static constexpr int kBands = 8;
  static constexpr int kOnsetMs = 40;     // speech must last this long to open a segment
  static constexpr int kHangoverMs = 260; // pauses shorter than this stay inside a segment

  // power_bins: bins of the power spectrum the caller computes (PowerSpectrum), at fft_size.
  Vad(int sample_rate, int frame_ms, int fft_size);

  // One frame: its power spectrum (from PowerSpectrum::Compute) and mean square level.
  VadFrame Classify(const float* power, double mean_square);

  // Feeds a frame's decisions at start_ms into the segmenter; returns true and fills *closed when a
  // segment closed. counted() tells whether this frame was taken as speech.
  bool Segment(const VadFrame& frame, int64_t start_ms, VadSegment* closed);
  bool counted() const { return counted_; }
  // Closes a segment still open at the end of the call.
  bool Flush(VadSegment* closed);
  bool is_open() const { return open_; }

 private:
  double MusicScore(const float* power, double total);

  const int frame_ms_, bins_;
  std::array<int, kBands + 1> band_edges_{};  // bin index of each band's lower edge (+ last upper)
  // Minimum statistics per band: the minimum of smoothed band power over sub-windows.
  static constexpr int kSubWindows = 6;
  int sub_window_frames_ = 0, frames_in_sub_ = 0, frames_seen_ = 0;
  std::array<double, kBands> smoothed_{}, sub_min_{}, noise_{};
  std::array<std::array<double, kBands>, kSubWindows> past_min_{};
  int past_count_ = 0, past_next_ = 0;
  double sub_max_total_ = 0, sub_min_total_ = 1e30;
  bool last_sub_steady_ = false;
  int withdraw_span_frames_ = 0;  // segments opened in the last this-many frames were not speech
  int music_evidence_frames_ = 0;  // frames since the music evidence started to build
  // Tonal persistence: per bin, how many consecutive frames carried a spectral peak there.
  std::vector<uint16_t> peak_run_, next_run_;
  std::vector<uint8_t> peak_missed_, next_missed_;
  std::vector<double> levels_, sorted_levels_;  // frame levels of the last 500 ms (ring)
  size_t level_next_ = 0;
  double music_avg_ = 0;  // smoothed share of energy in long-held peaks
  bool music_ = false;
  // Segmenter.
  bool open_ = false, counted_ = false;
  int run_ms_ = 0, silence_ms_ = 0;
  int64_t likely_start_ms_ = -1, run_start_ms_ = 0, seg_start_ms_ = 0, last_speech_end_ms_ = 0;
};

}  // namespace callvault
