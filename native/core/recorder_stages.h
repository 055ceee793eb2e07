// Adapters between RecordSession and the stage libraries of the core (G.711, vad + features,
// Opus/Ogg/streaming AEAD). Keeping them here keeps recorder.cc about the data flow only.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "recorder.h"

namespace callvault {

// Decodes one input frame (G.711 μ/A-law or big-endian L16) to `samples` 16-bit samples.
void DecodeFrame(InputCodec codec, const uint8_t* payload, int samples, int16_t* out);

// Per-leg VAD with hangover and per-segment features. Process() takes one input frame of PCM at
// the session rate starting at start_ms; closed segments (and their features) go to out.
class LegAnalysis {
 public:
  virtual ~LegAnalysis() = default;
  static std::unique_ptr<LegAnalysis> Create(int sample_rate, int frame_ms, bool features);
  virtual void Process(int leg, const int16_t* pcm, int64_t start_ms, RecorderOutput* out) = 0;
  // Closes an open segment at end_ms.
  virtual void Finish(int leg, int64_t end_ms, RecorderOutput* out) = 0;
};

// Stereo Opus → Ogg → streaming AEAD writer of one recording.
class StereoStream {
 public:
  virtual ~StereoStream() = default;
  // Writes the file header (AEAD stream header) to *header.
  static std::unique_ptr<StereoStream> Create(const RecorderConfig& config, std::vector<uint8_t>* header);
  // One Opus frame of interleaved stereo PCM (samples per channel = 20 ms at the session rate).
  virtual bool Encode(const int16_t* stereo, int samples_per_channel) = 0;
  virtual void SetComplexity(int complexity) = 0;
  // Flushes the Ogg pages written since the last chunk and seals them as one AEAD chunk.
  virtual bool SealChunk(bool last, std::vector<uint8_t>* out) = 0;
};

}  // namespace callvault
