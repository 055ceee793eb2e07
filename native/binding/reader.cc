// Reader binding: scan / decrypt / decode / mask of whole recordings, each on the libuv pool.
// Inputs are copied into plain vectors on the main thread; Execute() touches only those.
#include <cstring>

#include "exports.h"
#include "record_common.h"
#include "recorder_reader.h"

namespace callvault::binding {
namespace {

struct Common {
  std::vector<uint8_t> file;
  uint8_t key[kRecorderKeyBytes];
  std::string id;
};

Common ParseCommon(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsBuffer()) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a Buffer for file but received " + Describe(info[0]));
  if (!info[1].IsBuffer() || info[1].As<Napi::Buffer<uint8_t>>().Length() != kRecorderKeyBytes) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a 32-byte Buffer for key but received " + Describe(info[1]));
  }
  if (!info[2].IsString()) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a string for recordingId but received " + Describe(info[2]));
  Common c;
  auto file = info[0].As<Napi::Buffer<uint8_t>>();
  c.file.assign(file.Data(), file.Data() + file.Length());
  std::memcpy(c.key, info[1].As<Napi::Buffer<uint8_t>>().Data(), kRecorderKeyBytes);
  c.id = info[2].As<Napi::String>().Utf8Value();
  return c;
}

Napi::Buffer<uint8_t> ToBuffer(Napi::Env env, const std::vector<uint8_t>& v) {
  return Napi::Buffer<uint8_t>::Copy(env, v.data(), v.size());
}

class ReadWorker : public PromiseWorker {
 public:
  enum class Mode { kScan, kDecrypt, kDecode };
  ReadWorker(Napi::Env env, Common c, Mode mode, ReadOptions options)
      : PromiseWorker(env, "callvault.reader"), c_(std::move(c)), mode_(mode), options_(options) {}

 protected:
  void Run(CodedError* error) override {
    if (mode_ == Mode::kScan) {
      r_ = ScanRecording(c_.file.data(), c_.file.size(), c_.key, c_.id);
    } else {
      options_.decode = mode_ == Mode::kDecode;
      r_ = ReadRecording(c_.file.data(), c_.file.size(), c_.key, c_.id, options_);
    }
    if (r_.status != ReadStatus::kOk) *error = {ReadStatusCode(r_.status), Message(r_.status)};
  }
  Napi::Value Result(Napi::Env env) override {
    Napi::Object o = Napi::Object::New(env);
    o.Set("complete", r_.complete);
    o.Set("validBytes", static_cast<double>(r_.valid_bytes));
    o.Set("durationMs", static_cast<double>(r_.duration_ms));
    o.Set("chunks", static_cast<double>(r_.chunks));
    if (mode_ != Mode::kScan) o.Set("ogg", ToBuffer(env, r_.ogg));
    if (mode_ == Mode::kDecode) {
      o.Set("pcm", Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(r_.pcm.data()), r_.pcm.size() * 2));
      o.Set("sampleRate", r_.sample_rate);
    }
    return o;
  }

 private:
  static std::string Message(ReadStatus s) {
    switch (s) {
      case ReadStatus::kAuth: return "Expected authentic chunks for the recording but a chunk failed authentication (wrong key or id, tampering, reordering)";
      case ReadStatus::kTruncated: return "Expected a complete recording but its last chunk is missing (truncated)";
      case ReadStatus::kBadFormat: return "Expected a callvault recording header but received something else";
      case ReadStatus::kCorrupt: return "Expected an Ogg Opus stream inside the recording but it does not parse";
      default: return "Bad reader argument";
    }
  }
  Common c_;
  Mode mode_;
  ReadOptions options_;
  ReadResult r_;
};

Napi::Value Read(const Napi::CallbackInfo& info, ReadWorker::Mode mode) {
  Common c = ParseCommon(info);
  ReadOptions options;
  options.allow_truncated = info[3].ToBoolean().Value();
  if (mode == ReadWorker::Mode::kDecode) {
    options.out_rate = info[4].IsNumber() ? info[4].As<Napi::Number>().Int32Value() : 8000;
    if (options.out_rate != 8000 && options.out_rate != 48000) {
      ThrowCoded(info.Env(), "ERR_RECORDER_BAD_ARG", "Expected 8000 or 48000 for sampleRate but received " + Describe(info[4]));
    }
  }
  auto* worker = new ReadWorker(info.Env(), std::move(c), mode, options);
  worker->Queue();
  return worker->Promise();
}

class MaskWorker : public PromiseWorker {
 public:
  MaskWorker(Napi::Env env, Common c, std::vector<MaskRange> ranges, bool beep, const uint8_t* out_key, std::string out_id)
      : PromiseWorker(env, "callvault.mask"), c_(std::move(c)), ranges_(std::move(ranges)), beep_(beep), out_id_(std::move(out_id)) {
    std::memcpy(out_key_, out_key, kRecorderKeyBytes);
  }

 protected:
  void Run(CodedError* error) override {
    const ReadStatus s = MaskRecording(c_.file.data(), c_.file.size(), c_.key, c_.id, ranges_, beep_, out_key_, out_id_, &out_);
    if (s != ReadStatus::kOk) *error = {ReadStatusCode(s), "Could not mask the recording: the source did not read cleanly"};
  }
  Napi::Value Result(Napi::Env env) override { return ToBuffer(env, out_); }

 private:
  Common c_;
  std::vector<MaskRange> ranges_;
  bool beep_;
  uint8_t out_key_[kRecorderKeyBytes];
  std::string out_id_;
  std::vector<uint8_t> out_;
};

Napi::Value Mask(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Common c = ParseCommon(info);
  if (!info[3].IsTypedArray() || info[3].As<Napi::TypedArray>().TypedArrayType() != napi_float64_array) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a Float64Array of ranges");
  }
  auto flat = info[3].As<Napi::Float64Array>();
  std::vector<MaskRange> ranges;
  for (size_t i = 0; i + 1 < flat.ElementLength(); i += 2) {
    ranges.push_back({static_cast<int64_t>(flat[i]), static_cast<int64_t>(flat[i + 1])});
  }
  if (!info[4].IsBuffer() || info[4].As<Napi::Buffer<uint8_t>>().Length() != kRecorderKeyBytes || !info[5].IsString()) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a 32-byte output key and an output recording id");
  }
  auto* worker = new MaskWorker(env, std::move(c), std::move(ranges), info[6].ToBoolean().Value(),
                                info[4].As<Napi::Buffer<uint8_t>>().Data(), info[5].As<Napi::String>().Utf8Value());
  worker->Queue();
  return worker->Promise();
}

}  // namespace

void InitReader(Napi::Env env, Napi::Object exports) {
  exports.Set("readerScan", Napi::Function::New(env, [](const Napi::CallbackInfo& i) { return Read(i, ReadWorker::Mode::kScan); }, "readerScan"));
  exports.Set("readerDecrypt", Napi::Function::New(env, [](const Napi::CallbackInfo& i) { return Read(i, ReadWorker::Mode::kDecrypt); }, "readerDecrypt"));
  exports.Set("readerDecode", Napi::Function::New(env, [](const Napi::CallbackInfo& i) { return Read(i, ReadWorker::Mode::kDecode); }, "readerDecode"));
  exports.Set("readerMask", Napi::Function::New<Mask>(env, "readerMask"));
}

}  // namespace callvault::binding
