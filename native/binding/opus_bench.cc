// Bench baseline binding: bare libopus at the record path's settings, measured in the same run so
// bench:core can report the full path as a ratio against it.
#include <opus.h>
#include <opus_multistream.h>
#include <time.h>

#include <algorithm>
#include <vector>

#include "exports.h"
#include "record_common.h"
#include "recorder.h"

namespace callvault::binding {
namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

int16_t UlawToLinear(uint8_t u) {
  u = static_cast<uint8_t>(~u);
  int t = ((u & 0x0F) << 3) + 0x84;
  t <<= (u & 0x70) >> 4;
  return static_cast<int16_t>((u & 0x80) ? (0x84 - t) : (t - 0x84));
}

// Bench baseline: bare libopus on the same stereo audio and settings as the record path.
Napi::Value OpusOnlyBench(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto agent = info[0].As<Napi::Buffer<uint8_t>>();
  auto customer = info[1].As<Napi::Buffer<uint8_t>>();
  const int calls = info[2].As<Napi::Number>().Int32Value();
  const int bitrate = info[3].As<Napi::Number>().Int32Value();
  const int complexity = info[4].As<Napi::Number>().Int32Value();
  constexpr int kRate = 8000, kFrame = kRate * kOpusFrameMs / 1000;
  const size_t frames = std::min(agent.Length(), customer.Length()) / kFrame;
  std::vector<int16_t> stereo(frames * kFrame * 2);
  for (size_t i = 0; i < frames * kFrame; ++i) {
    stereo[2 * i] = UlawToLinear(agent.Data()[i]);
    stereo[2 * i + 1] = UlawToLinear(customer.Data()[i]);
  }
  uint8_t packet[1500];
  const double t0 = ThreadCpuSeconds();
  for (int c = 0; c < calls; ++c) {
    int err = 0;
    OpusMSEncoder* enc = opus_multistream_encoder_create(kRate, 2, kOpusStreams, kOpusCoupled, kOpusMapping,
                                                         OPUS_APPLICATION_VOIP, &err);
    if (!enc || err != OPUS_OK) ThrowCoded(env, "ERR_OPUS_INTERNAL", "opus_multistream_encoder_create failed");
    // The record path's encoder settings (recorder_stages.cc): two mono streams, voice, same bitrate.
    opus_multistream_encoder_ctl(enc, OPUS_SET_BITRATE(bitrate));
    opus_multistream_encoder_ctl(enc, OPUS_SET_COMPLEXITY(complexity));
    opus_multistream_encoder_ctl(enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    for (size_t f = 0; f < frames; ++f) {
      if (opus_multistream_encode(enc, &stereo[f * kFrame * 2], kFrame, packet, sizeof packet) < 0) {
        opus_multistream_encoder_destroy(enc);
        ThrowCoded(env, "ERR_OPUS_INTERNAL", "opus_multistream_encode failed");
      }
    }
    opus_multistream_encoder_destroy(enc);
  }
  const double cpu = ThreadCpuSeconds() - t0;
  Napi::Object o = Napi::Object::New(env);
  o.Set("cpuSeconds", cpu);
  o.Set("audioSeconds", static_cast<double>(frames * kOpusFrameMs) / 1000.0);
  o.Set("channels", 2.0 * calls);
  return o;
}

}  // namespace

void InitOpusBench(Napi::Env env, Napi::Object exports) {
  exports.Set("opusOnlyBench", Napi::Function::New<OpusOnlyBench>(env, "opusOnlyBench"));
}

}  // namespace callvault::binding
