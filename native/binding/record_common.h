// Helpers shared by the recorder and reader bindings: coded errors and a promise-returning worker.
#pragma once
#include <napi.h>

#include <string>

namespace callvault::binding {

// A native failure that crosses to JS as Error{code}; the TS wrapper turns it into an AppError.
struct CodedError {
  std::string code;
  std::string message;
  bool ok() const { return code.empty(); }
};

inline Napi::Error MakeCodedError(Napi::Env env, const std::string& code, const std::string& message) {
  Napi::Error error = Napi::Error::New(env, message);
  error.Set("code", Napi::String::New(env, code));
  return error;
}

[[noreturn]] inline void ThrowCoded(Napi::Env env, const std::string& code, const std::string& message) {
  throw MakeCodedError(env, code, message);
}

// AsyncWorker whose Execute() fills plain C++ fields; OnDone() converts them on the main thread.
class PromiseWorker : public Napi::AsyncWorker {
 public:
  explicit PromiseWorker(Napi::Env env, const char* name)
      : Napi::AsyncWorker(env, name), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() const { return deferred_.Promise(); }

 protected:
  virtual void Run(CodedError* error) = 0;           // worker thread: plain data only
  virtual Napi::Value Result(Napi::Env env) = 0;     // main thread

  void Execute() override {
    try {
      Run(&error_);
    } catch (const std::exception& e) {
      error_ = {"ERR_NATIVE_INTERNAL", e.what()};
    }
  }
  void OnOK() override {
    Napi::Env env = Env();
    Napi::HandleScope scope(env);
    if (!error_.ok()) {
      deferred_.Reject(MakeCodedError(env, error_.code, error_.message).Value());
      return;
    }
    try {
      deferred_.Resolve(Result(env));
    } catch (const Napi::Error& e) {
      deferred_.Reject(e.Value());
    }
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

  CodedError error_;

 private:
  Napi::Promise::Deferred deferred_;
};

inline std::string Describe(Napi::Value v) {
  if (v.IsUndefined()) return "undefined";
  if (v.IsNull()) return "null";
  if (v.IsBuffer()) return std::to_string(v.As<Napi::Buffer<uint8_t>>().Length()) + " bytes";
  if (v.IsNumber()) return std::to_string(v.As<Napi::Number>().DoubleValue());
  if (v.IsString()) return "a string";
  return "a " + std::string(v.IsObject() ? "object" : "value");
}

}  // namespace callvault::binding
