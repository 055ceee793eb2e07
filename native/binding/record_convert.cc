// Conversion of one session's record output (audio bytes, speech, features, counters) to JS.
#include "record_convert.h"

namespace callvault::binding {

static const char* LegName(int leg) { return leg == 0 ? "agent" : "customer"; }

static Napi::Object CountersToJs(Napi::Env env, const TimelineLegCounters& c) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("frames", static_cast<double>(c.frames));
  o.Set("gapFrames", static_cast<double>(c.gap_frames));
  o.Set("lateFrames", static_cast<double>(c.late_frames));
  o.Set("duplicateFrames", static_cast<double>(c.duplicate_frames));
  o.Set("resyncs", static_cast<double>(c.resyncs));
  return o;
}

static Napi::Array RangesToJs(Napi::Env env, const std::vector<RangeMs>& ranges) {
  Napi::Array a = Napi::Array::New(env, ranges.size());
  for (size_t i = 0; i < ranges.size(); ++i) {
    Napi::Object o = Napi::Object::New(env);
    o.Set("startMs", static_cast<double>(ranges[i].start_ms));
    o.Set("endMs", static_cast<double>(ranges[i].end_ms));
    a.Set(static_cast<uint32_t>(i), o);
  }
  return a;
}

// The per-session result object (PushResult shape, or finish's {bytes, summary} pieces).
void RecorderOutputToJs(Napi::Env env, Napi::Object o, const RecorderOutput& out, const RecorderSummary& sum,
                        int64_t durable_ms) {
  o.Set("bytes", Napi::Buffer<uint8_t>::Copy(env, out.bytes.data(), out.bytes.size()));
  Napi::Array speech = Napi::Array::New(env, out.speech.size());
  for (size_t i = 0; i < out.speech.size(); ++i) {
    Napi::Object s = Napi::Object::New(env);
    s.Set("leg", LegName(out.speech[i].leg));
    s.Set("startMs", static_cast<double>(out.speech[i].start_ms));
    s.Set("endMs", static_cast<double>(out.speech[i].end_ms));
    speech.Set(static_cast<uint32_t>(i), s);
  }
  o.Set("speech", speech);
  Napi::Array features = Napi::Array::New(env, out.features.size());
  for (size_t i = 0; i < out.features.size(); ++i) {
    const FeatureOut& f = out.features[i];
    Napi::Object fo = Napi::Object::New(env);
    fo.Set("leg", LegName(f.leg));
    fo.Set("startMs", static_cast<double>(f.start_ms));
    fo.Set("endMs", static_cast<double>(f.end_ms));
    Napi::Object values = Napi::Object::New(env);
    for (const auto& kv : f.values) values.Set(kv.first, kv.second);
    fo.Set("values", values);
    Napi::Array mfcc = Napi::Array::New(env, f.mfcc.size());
    for (size_t k = 0; k < f.mfcc.size(); ++k) mfcc.Set(static_cast<uint32_t>(k), f.mfcc[k]);
    fo.Set("mfcc", mfcc);
    features.Set(static_cast<uint32_t>(i), fo);
  }
  o.Set("features", features);
  o.Set("pausedRanges", RangesToJs(env, out.paused));
  Napi::Object legs = Napi::Object::New(env);
  legs.Set("agent", CountersToJs(env, sum.legs[0]));
  legs.Set("customer", CountersToJs(env, sum.legs[1]));
  o.Set("legs", legs);
  o.Set("gapFrames", static_cast<double>(sum.legs[0].gap_frames + sum.legs[1].gap_frames));
  o.Set("lateFrames", static_cast<double>(sum.legs[0].late_frames + sum.legs[1].late_frames));
  o.Set("durationMs", static_cast<double>(durable_ms));
  o.Set("totalBytes", static_cast<double>(sum.total_bytes));
  o.Set("chunks", static_cast<double>(sum.chunks));
  o.Set("allPausedRanges", RangesToJs(env, sum.paused));
}

}  // namespace callvault::binding
