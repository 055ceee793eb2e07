// RecordSession: the record path of one call.
//
//   timeline (2 legs, reorder/gap/late, PCI pause) → G.711/L16 decode → per-leg VAD + features
//   → stereo interleave (agent left, customer right) → Opus 20 ms frames → Ogg pages
//   → streaming AES-256-GCM chunks of chunk_ms audio → bytes to append to the file.
//
// Usage: Create() → write header bytes → for each batch: Push() every frame, then EndBatch() →
// append out.bytes → ... → Finish() → append the final bytes. A crash between batches leaves a
// file whose sealed chunks all verify (the reader recovers that prefix).
//
// Not thread-safe; one owner at a time (the binding serialises work per session).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "timeline.h"

namespace callvault {

enum class RecorderStatus { kOk = 0, kBadArg, kFinished, kInternal };
enum class InputCodec { kPcmu = 0, kPcma = 1, kL16 = 2 };  // L16: big-endian (RFC 3551)

constexpr int kRecorderLegs = 2;             // 0 = agent (left), 1 = customer (right)
constexpr int kOpusFrameMs = 20;             // Opus packet duration
// Opus stream layout of a recording (Ogg channel mapping family 1): stream 0 = agent → left,
// stream 1 = customer → right, none coupled.
constexpr int kOpusStreams = 2;
constexpr int kOpusCoupled = 0;
constexpr unsigned char kOpusMapping[2] = {0, 1};
constexpr int kDefaultChunkMs = 500;         // audio per AEAD chunk: a crash loses at most this
constexpr int kRecorderKeyBytes = 32;        // AES-256

struct RecorderConfig {
  std::string recording_id;                  // bound into every chunk's associated data
  uint8_t key[kRecorderKeyBytes] = {0};
  InputCodec codec = InputCodec::kPcmu;
  int sample_rate = 8000;                    // 8000 (all codecs) or 16000 (L16 only)
  int frame_ms = 20;                         // input frame: 10, 20, 30 or 40 ms
  int opus_bitrate = 16000;                  // bit/s of the stereo stream
  int complexity = 5;                        // 0..10
  int chunk_ms = kDefaultChunkMs;            // multiple of 20 ms in 100..2000
  bool features = true;
  int reorder_frames = 3;
  int seq_bits = 32;
};

struct SpeechSegmentOut {
  int leg = 0;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

struct FeatureOut {
  int leg = 0;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  std::vector<std::pair<std::string, double>> values;  // named scalars (f0MeanHz, …)
  std::vector<double> mfcc;
};

struct RangeMs {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

// What one batch (or finish) produced. Vectors are appended to, so one object can gather a batch.
struct RecorderOutput {
  std::vector<uint8_t> bytes;                // ciphertext to append
  std::vector<SpeechSegmentOut> speech;      // segments closed in this batch
  std::vector<FeatureOut> features;
  std::vector<RangeMs> paused;               // pause ranges closed in this batch
};

struct RecorderSummary {
  int64_t duration_ms = 0;                   // audio sealed
  uint64_t total_bytes = 0;                  // header + all chunks
  uint64_t chunks = 0;
  std::vector<RangeMs> paused;               // every pause range
  TimelineLegCounters legs[kRecorderLegs];
};

class RecordSession {
 public:
  virtual ~RecordSession() = default;

  // Validates config (kBadArg on any out-of-range field) and writes the file header to *header.
  static std::unique_ptr<RecordSession> Create(const RecorderConfig& config, RecorderStatus* status,
                                               std::vector<uint8_t>* header);
  // Bytes of one input frame of one leg for this config (e.g. 160 for 20 ms G.711).
  static int FrameBytes(const RecorderConfig& config);
  static bool Valid(const RecorderConfig& config);

  // One frame of one leg. Late/duplicate frames are counted and return kOk.
  virtual RecorderStatus Push(int leg, uint32_t seq, const uint8_t* data, size_t len) = 0;
  // Releases what the playout point has passed, encodes, seals whole chunks into out.
  virtual RecorderStatus EndBatch(RecorderOutput* out) = 0;
  virtual void Pause() = 0;
  virtual void Resume() = 0;
  // Opus complexity (0–10) from the next frame on; the effort can change mid-recording without a
  // glitch (load shedding keeps every frame and spends less CPU per frame instead).
  virtual void SetComplexity(int complexity) = 0;
  // Flushes everything, seals the last chunk (last flag); afterwards every call returns kFinished.
  virtual RecorderStatus Finish(RecorderOutput* out) = 0;

  virtual RecorderSummary Summary() const = 0;
  // Audio sealed so far (durable once the returned bytes are on disk).
  virtual int64_t durable_ms() const = 0;
  virtual bool finished() const = 0;
};

}  // namespace callvault
