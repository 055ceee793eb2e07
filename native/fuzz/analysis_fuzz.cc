// libFuzzer target for the per-leg analysis of the record path (VAD + acoustic features) on
// arbitrary PCM: it must return for any input, never read out of bounds, and emit segments that
// are ordered and features that are finite numbers.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "recorder.h"
#include "recorder_stages.h"

using namespace callvault;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  // First byte: rate (bit 0) and frame length (bits 1–2) as the recorder accepts them.
  const int rate = (data[0] & 1) ? 16000 : 8000;
  const int frame_ms = 10 * (1 + ((data[0] >> 1) & 3));
  const int samples = rate * frame_ms / 1000;
  ++data, --size;
  auto analysis = LegAnalysis::Create(rate, frame_ms, true);
  RecorderOutput out;
  std::vector<int16_t> pcm(samples);
  const size_t frame_bytes = static_cast<size_t>(samples) * 2;
  int64_t at_ms = 0;
  // Inputs are short; repeat them so the VAD's floor and music tracker see a few seconds.
  for (int round = 0; round < 4 && size > 0; ++round) {
    for (size_t off = 0; off < size; off += frame_bytes) {
      const size_t n = std::min(frame_bytes, size - off);
      std::memset(pcm.data(), 0, frame_bytes);
      std::memcpy(pcm.data(), data + off, n);
      analysis->Process(0, pcm.data(), at_ms, &out);
      at_ms += frame_ms;
    }
  }
  analysis->Finish(0, at_ms, &out);
  int64_t last_end = -1;
  for (const auto& s : out.speech) {
    if (s.start_ms >= s.end_ms || s.start_ms < last_end || s.end_ms > at_ms) std::abort();
    last_end = s.end_ms;
  }
  for (const auto& f : out.features) {
    for (const auto& [name, value] : f.values) if (!std::isfinite(value)) std::abort();
    for (double v : f.mfcc) if (!std::isfinite(v)) std::abort();
  }
  return 0;
}
