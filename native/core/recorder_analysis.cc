// Per-leg analysis adapter of the record path: one power spectrum per frame feeds the VAD (speech
// segments with onset and hangover) and, for frames inside a segment, the feature extractor.
#include <vector>

#include "dsp.h"
#include "acoustic_features.h"
#include "recorder_stages.h"
#include "vad.h"

namespace callvault {
namespace {

int FftSizeFor(int samples) {
  int n = 64;
  while (n < samples) n <<= 1;
  return n;
}

class VadLegAnalysis final : public LegAnalysis {
 public:
  VadLegAnalysis(int sample_rate, int frame_ms, bool features)
      : samples_(sample_rate * frame_ms / 1000),
        spectrum_(samples_, FftSizeFor(samples_)),
        vad_(sample_rate, frame_ms, spectrum_.fft_size()),
        features_(sample_rate, frame_ms, spectrum_.fft_size()),
        want_features_(features),
        power_(spectrum_.bins()) {}

  void Process(int leg, const int16_t* pcm, int64_t start_ms, RecorderOutput* out) override {
    double sum = 0;
    for (int i = 0; i < samples_; ++i) sum += static_cast<double>(pcm[i]) * pcm[i];
    const double mean_square = sum / samples_;
    spectrum_.Compute(pcm, power_.data());
    if (want_features_) features_.Remember(pcm);
    const VadFrame frame = vad_.Classify(power_.data(), mean_square);
    const bool was_open = vad_.is_open();
    VadSegment closed;
    if (vad_.Segment(frame, start_ms, &closed)) Emit(leg, closed, out);
    if (!want_features_) return;
    // A run of speech that is not yet a segment starts a fresh accumulation; frames of an open
    // segment (and of its onset run) add to it; non-speech inside an open segment is a pause.
    if (vad_.counted() || frame.speech) {
      if (!was_open && !pending_) {
        features_.Reset();
        pending_ = true;
      }
      features_.AddSpeechFrame(pcm, power_.data(), mean_square, start_ms);
    } else if (vad_.is_open()) {
      features_.AddPauseFrame();
    } else {
      pending_ = false;
    }
  }

  void Finish(int leg, int64_t, RecorderOutput* out) override {
    VadSegment closed;
    if (vad_.Flush(&closed)) Emit(leg, closed, out);
  }

 private:
  void Emit(int leg, const VadSegment& seg, RecorderOutput* out) {
    out->speech.push_back({leg, seg.start_ms, seg.end_ms});
    pending_ = false;
    if (!want_features_) return;
    FeatureOut f;
    f.leg = leg;
    f.start_ms = seg.start_ms;
    f.end_ms = seg.end_ms;
    if (features_.Emit(&f.values, &f.mfcc)) out->features.push_back(std::move(f));
    features_.Reset();
  }

  const int samples_;
  PowerSpectrum spectrum_;
  Vad vad_;
  SegmentFeatureExtractor features_;
  const bool want_features_;
  std::vector<float> power_;
  bool pending_ = false;
};

}  // namespace

std::unique_ptr<LegAnalysis> LegAnalysis::Create(int sample_rate, int frame_ms, bool features) {
  return std::make_unique<VadLegAnalysis>(sample_rate, frame_ms, features);
}

}  // namespace callvault
