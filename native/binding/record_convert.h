// Record output → JS object (the PushResult shape of src/native/types.ts).
#pragma once
#include <napi.h>

#include "recorder.h"

namespace callvault::binding {
void RecorderOutputToJs(Napi::Env env, Napi::Object o, const RecorderOutput& out, const RecorderSummary& sum,
                        int64_t durable_ms);
}  // namespace callvault::binding
