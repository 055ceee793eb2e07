// Registers the addon's exports; each feature's conversion code lives in native/binding/.
#include <napi.h>

#include "exports.h"

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  callvault::binding::InitVersion(env, exports);
  callvault::binding::InitRecorder(env, exports);
  callvault::binding::InitReader(env, exports);
  callvault::binding::InitOpusBench(env, exports);
  return exports;
}

NODE_API_MODULE(callvault_native, Init)
