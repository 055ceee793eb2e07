// Per-leg analysis adapter of the record path: speech segments (VAD with hangover) and a light
// per-segment feature set. Stand-in while H1's vad/features stages are not in the tree: an energy
// VAD with an adaptive noise floor, and loudness / F0 (autocorrelation) / ZCR per segment.
#include <cmath>
#include <vector>

#include "recorder_stages.h"

namespace callvault {
namespace {

constexpr double kSpeechOverFloorDb = 9.0;  // frame energy above the noise floor to count as speech
constexpr double kMinSpeechDb = 38.0;       // absolute floor (16-bit full scale ≈ 90 dB)
constexpr double kFloorRiseDbPerSec = 1.0;  // the floor follows rising noise slowly
constexpr int kOnsetMs = 40;                // speech must last this long to open a segment
constexpr int kHangoverMs = 300;            // a segment closes after this much non-speech
constexpr int kF0EveryFrames = 5;           // F0 estimated on every 5th speech frame (100 ms)

class EnergyLegAnalysis final : public LegAnalysis {
 public:
  EnergyLegAnalysis(int sample_rate, int frame_ms, bool features)
      : rate_(sample_rate), frame_ms_(frame_ms), samples_(sample_rate * frame_ms / 1000), features_(features) {}

  void Process(int leg, const int16_t* pcm, int64_t start_ms, RecorderOutput* out) override {
    double sum = 0;
    int crossings = 0;
    for (int i = 0; i < samples_; ++i) {
      sum += static_cast<double>(pcm[i]) * pcm[i];
      if (i > 0 && ((pcm[i] >= 0) != (pcm[i - 1] >= 0))) ++crossings;
    }
    const double db = 10.0 * std::log10(sum / samples_ + 1.0);
    if (floor_db_ < 0 || db < floor_db_) floor_db_ = db;
    else floor_db_ += kFloorRiseDbPerSec * frame_ms_ / 1000.0;
    const bool speech = db > kMinSpeechDb && db > floor_db_ + kSpeechOverFloorDb;

    if (speech) {
      if (run_ms_ == 0) run_start_ms_ = start_ms;
      run_ms_ += frame_ms_;
      last_speech_end_ms_ = start_ms + frame_ms_;
      silence_ms_ = 0;
      if (!open_ && run_ms_ >= kOnsetMs) {
        open_ = true;
        seg_start_ms_ = run_start_ms_;
        ResetStats();
      }
    } else {
      run_ms_ = 0;
      silence_ms_ += frame_ms_;
      if (open_ && silence_ms_ >= kHangoverMs) Close(leg, out);
    }
    if (open_ && speech && features_) Accumulate(pcm, db, crossings);
  }

  void Finish(int leg, int64_t, RecorderOutput* out) override {
    if (open_) Close(leg, out);
  }

 private:
  void ResetStats() {
    frames_ = 0;
    db_sum_ = 0;
    zcr_sum_ = 0;
    f0_.clear();
  }

  void Accumulate(const int16_t* pcm, double db, int crossings) {
    ++frames_;
    db_sum_ += db;
    zcr_sum_ += static_cast<double>(crossings) / samples_;
    // Pitch is the costly part: sample it every kF0EveryFrames voiced frames, enough for mean/range.
    if ((frames_ - 1) % kF0EveryFrames != 0) return;
    // F0 by normalised autocorrelation over 60..400 Hz.
    const int min_lag = rate_ / 400, max_lag = std::min(rate_ / 60, samples_ - 1);
    double best = 0;
    int best_lag = 0;
    for (int lag = min_lag; lag <= max_lag; ++lag) {
      double num = 0, e0 = 0, e1 = 0;
      for (int i = 0; i + lag < samples_; ++i) {
        num += static_cast<double>(pcm[i]) * pcm[i + lag];
        e0 += static_cast<double>(pcm[i]) * pcm[i];
        e1 += static_cast<double>(pcm[i + lag]) * pcm[i + lag];
      }
      const double r = num / std::sqrt(e0 * e1 + 1e-9);
      if (r > best) {
        best = r;
        best_lag = lag;
      }
    }
    if (best > 0.6 && best_lag > 0) f0_.push_back(static_cast<double>(rate_) / best_lag);
  }

  void Close(int leg, RecorderOutput* out) {
    open_ = false;
    out->speech.push_back({leg, seg_start_ms_, last_speech_end_ms_});
    if (!features_ || frames_ == 0) return;
    FeatureOut f;
    f.leg = leg;
    f.start_ms = seg_start_ms_;
    f.end_ms = last_speech_end_ms_;
    f.values.emplace_back("loudnessDb", db_sum_ / frames_);
    f.values.emplace_back("zcr", zcr_sum_ / frames_);
    f.values.emplace_back("voicedRatio", static_cast<double>(f0_.size()) / ((frames_ + kF0EveryFrames - 1) / kF0EveryFrames));
    if (!f0_.empty()) {
      double sum = 0, lo = f0_[0], hi = f0_[0];
      for (double x : f0_) {
        sum += x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
      f.values.emplace_back("f0MeanHz", sum / f0_.size());
      f.values.emplace_back("f0RangeSt", 12.0 * std::log2(hi / lo));
    }
    out->features.push_back(std::move(f));
  }

  const int rate_, frame_ms_, samples_;
  const bool features_;
  double floor_db_ = -1;
  bool open_ = false;
  int run_ms_ = 0, silence_ms_ = 0;
  int64_t run_start_ms_ = 0, seg_start_ms_ = 0, last_speech_end_ms_ = 0;
  int frames_ = 0;
  double db_sum_ = 0, zcr_sum_ = 0;
  std::vector<double> f0_;
};

}  // namespace

std::unique_ptr<LegAnalysis> LegAnalysis::Create(int sample_rate, int frame_ms, bool features) {
  return std::make_unique<EnergyLegAnalysis>(sample_rate, frame_ms, features);
}

}  // namespace callvault
