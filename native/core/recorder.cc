// RecordSession implementation: glue of the stages; see recorder.h for the data flow.
#include "recorder.h"

#include <algorithm>
#include <cstring>

#include "recorder_stages.h"

namespace callvault {
namespace {

class RecordSessionImpl final : public RecordSession, private TimelineSink {
 public:
  explicit RecordSessionImpl(const RecorderConfig& config)
      : config_(config),
        frame_samples_(config.sample_rate * config.frame_ms / 1000),
        opus_samples_(config.sample_rate * kOpusFrameMs / 1000),
        chunk_frames_(config.chunk_ms / kOpusFrameMs),
        timeline_(MakeTimelineConfig(config), this) {
    for (int leg = 0; leg < kRecorderLegs; ++leg) pcm_[leg].assign(frame_samples_, 0);
    stereo_.reserve(static_cast<size_t>(opus_samples_) * 2 * 2);
  }

  bool Init(std::vector<uint8_t>* header) {
    for (int leg = 0; leg < kRecorderLegs; ++leg) {
      analysis_[leg] = LegAnalysis::Create(config_.sample_rate, config_.frame_ms, config_.features);
      if (!analysis_[leg]) return false;
    }
    stream_ = StereoStream::Create(config_, header);
    if (!stream_) return false;
    summary_.total_bytes = header->size();
    return true;
  }

  RecorderStatus Push(int leg, uint32_t seq, const uint8_t* data, size_t len) override {
    if (finished_) return RecorderStatus::kFinished;
    if (failed_) return RecorderStatus::kInternal;
    // A frame beyond the ring releases slots right here (a batch carrying more than the ring holds,
    // or a leg jumping ahead): their output waits in carry_ until the batch ends.
    out_ = &carry_;
    const TimelineStatus st = timeline_.Push(leg, seq, data, len);
    out_ = nullptr;
    // Late and duplicate frames are normal network behaviour: counted by the timeline, not errors.
    return st == TimelineStatus::kBadArg ? RecorderStatus::kBadArg : RecorderStatus::kOk;
  }

  RecorderStatus EndBatch(RecorderOutput* out) override {
    if (finished_) return RecorderStatus::kFinished;
    TakeCarry(out);
    out_ = out;
    timeline_.Release();
    CollectPauses(out);
    out_ = nullptr;
    return failed_ ? RecorderStatus::kInternal : RecorderStatus::kOk;
  }

  void Pause() override { timeline_.Pause(); }
  void Resume() override { timeline_.Resume(); }
  void SetComplexity(int complexity) override { stream_->SetComplexity(complexity); }

  RecorderStatus Finish(RecorderOutput* out) override {
    if (finished_) return RecorderStatus::kFinished;
    TakeCarry(out);
    out_ = out;
    timeline_.Flush();
    CollectPauses(out);
    // Pad a partial Opus frame (10/30 ms input frames) with silence: at most 10 ms of extra audio.
    if (!stereo_.empty()) {
      stereo_.resize(static_cast<size_t>(opus_samples_) * 2, 0);
      EncodeStereoFrame();
    }
    for (int leg = 0; leg < kRecorderLegs; ++leg) {
      analysis_[leg]->Finish(leg, SlotMs(timeline_.head()), out);
    }
    if (!failed_) Seal(/*last=*/true);
    out_ = nullptr;
    finished_ = true;
    return failed_ ? RecorderStatus::kInternal : RecorderStatus::kOk;
  }

  RecorderSummary Summary() const override {
    RecorderSummary s = summary_;
    for (const SlotRange& r : timeline_.AllPauses()) s.paused.push_back({SlotMs(r.start), SlotMs(r.end)});
    for (int leg = 0; leg < kRecorderLegs; ++leg) s.legs[leg] = timeline_.counters(leg);
    return s;
  }
  int64_t durable_ms() const override { return summary_.duration_ms; }
  bool finished() const override { return finished_; }

 private:
  static TimelineConfig MakeTimelineConfig(const RecorderConfig& c) {
    TimelineConfig t;
    t.frame_bytes = FrameBytes(c);
    t.reorder_frames = c.reorder_frames;
    t.seq_bits = c.seq_bits;
    // ~2.5 s of frames ahead of the playout point, whatever the frame size.
    t.ring_frames = std::max(c.reorder_frames + 2, 2560 / c.frame_ms);
    return t;
  }

  int64_t SlotMs(int64_t slot) const { return slot * config_.frame_ms; }

  // Output produced during Push() goes first: it is older than what this batch end releases.
  void TakeCarry(RecorderOutput* out) {
    out->bytes.insert(out->bytes.end(), carry_.bytes.begin(), carry_.bytes.end());
    out->speech.insert(out->speech.end(), carry_.speech.begin(), carry_.speech.end());
    out->features.insert(out->features.end(), carry_.features.begin(), carry_.features.end());
    out->paused.insert(out->paused.end(), carry_.paused.begin(), carry_.paused.end());
    carry_.bytes.clear();
    carry_.speech.clear();
    carry_.features.clear();
    carry_.paused.clear();
  }

  void CollectPauses(RecorderOutput* out) {
    for (const SlotRange& r : timeline_.TakeClosedPauses()) out->paused.push_back({SlotMs(r.start), SlotMs(r.end)});
  }

  // One timeline slot: both legs decoded (silence for gaps and pauses), analysed, interleaved.
  void OnSlot(const TimelineSlot& slot) override {
    if (failed_) return;
    const int64_t start_ms = SlotMs(slot.slot);
    for (int leg = 0; leg < kRecorderLegs; ++leg) {
      int16_t* pcm = pcm_[leg].data();
      if (slot.payload[leg] != nullptr) {
        DecodeFrame(config_.codec, slot.payload[leg], frame_samples_, pcm);
      } else {
        // Gap, leg not started or PCI pause: silence, before VAD, features or the encoder see it.
        std::fill(pcm_[leg].begin(), pcm_[leg].end(), 0);
      }
      analysis_[leg]->Process(leg, pcm, start_ms, out_);
    }
    for (int i = 0; i < frame_samples_; ++i) {
      stereo_.push_back(pcm_[0][i]);
      stereo_.push_back(pcm_[1][i]);
      if (static_cast<int>(stereo_.size()) == opus_samples_ * 2) EncodeStereoFrame();
    }
  }

  void EncodeStereoFrame() {
    if (!stream_->Encode(stereo_.data(), opus_samples_)) {
      failed_ = true;
      return;
    }
    stereo_.clear();
    if (++frames_in_chunk_ >= chunk_frames_) Seal(/*last=*/false);
  }

  void Seal(bool last) {
    const size_t before = out_->bytes.size();
    if (!stream_->SealChunk(last, &out_->bytes)) {
      failed_ = true;
      return;
    }
    summary_.total_bytes += out_->bytes.size() - before;
    summary_.duration_ms += static_cast<int64_t>(frames_in_chunk_) * kOpusFrameMs;
    ++summary_.chunks;
    frames_in_chunk_ = 0;
  }

  RecorderConfig config_;
  const int frame_samples_;  // per leg per input frame
  const int opus_samples_;   // per channel per Opus frame
  const int chunk_frames_;   // Opus frames per AEAD chunk
  Timeline timeline_;
  std::unique_ptr<LegAnalysis> analysis_[kRecorderLegs];
  std::unique_ptr<StereoStream> stream_;
  std::vector<int16_t> pcm_[kRecorderLegs];
  std::vector<int16_t> stereo_;  // interleaved, at most one Opus frame
  int frames_in_chunk_ = 0;
  RecorderOutput* out_ = nullptr;  // where OnSlot writes: the caller's output, or carry_ during Push
  RecorderOutput carry_;            // released during Push(), handed out at the next EndBatch/Finish
  RecorderSummary summary_;
  bool finished_ = false;
  bool failed_ = false;
};

}  // namespace

int RecordSession::FrameBytes(const RecorderConfig& c) {
  const int samples = c.sample_rate * c.frame_ms / 1000;
  return c.codec == InputCodec::kL16 ? samples * 2 : samples;
}

bool RecordSession::Valid(const RecorderConfig& c) {
  const bool codec_ok = (c.codec == InputCodec::kPcmu || c.codec == InputCodec::kPcma)
                            ? c.sample_rate == 8000
                            : (c.codec == InputCodec::kL16 && (c.sample_rate == 8000 || c.sample_rate == 16000));
  const bool frame_ok = c.frame_ms == 10 || c.frame_ms == 20 || c.frame_ms == 30 || c.frame_ms == 40;
  return codec_ok && frame_ok && !c.recording_id.empty() && c.recording_id.size() <= 255 &&
         c.opus_bitrate >= 6000 && c.opus_bitrate <= 256000 && c.complexity >= 0 && c.complexity <= 10 &&
         c.chunk_ms >= 100 && c.chunk_ms <= 2000 && c.chunk_ms % kOpusFrameMs == 0 && c.reorder_frames >= 0 &&
         c.reorder_frames <= 50 && (c.seq_bits == 16 || c.seq_bits == 32);
}

std::unique_ptr<RecordSession> RecordSession::Create(const RecorderConfig& config, RecorderStatus* status,
                                                     std::vector<uint8_t>* header) {
  if (!Valid(config) || header == nullptr) {
    if (status) *status = RecorderStatus::kBadArg;
    return nullptr;
  }
  auto session = std::make_unique<RecordSessionImpl>(config);
  header->clear();
  if (!session->Init(header)) {
    if (status) *status = RecorderStatus::kInternal;
    return nullptr;
  }
  if (status) *status = RecorderStatus::kOk;
  return session;
}

}  // namespace callvault
