// One Init function per binding feature; native/addon.cc calls each.
#pragma once
#include <napi.h>

namespace callvault::binding {
void InitVersion(Napi::Env env, Napi::Object exports);
void InitRecorder(Napi::Env env, Napi::Object exports);
void InitReader(Napi::Env env, Napi::Object exports);
void InitOpusBench(Napi::Env env, Napi::Object exports);
}  // namespace callvault::binding
