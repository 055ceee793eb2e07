#include <opus.h>

#include "exports.h"

namespace callvault::binding {
void InitVersion(Napi::Env env, Napi::Object exports) {
  exports.Set("opusVersion", Napi::String::New(env, opus_get_version_string()));
}
}  // namespace callvault::binding
