// Reading recordings written by RecordSession: scan (crash recovery), decrypt to Ogg, decode to
// stereo PCM, and mask time ranges into a new recording. Built on H2's AEAD reader, Ogg demuxer
// and Opus decoder; this file fixes the whole-file contract the binding and the tests use.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "recorder.h"

namespace callvault {

enum class ReadStatus {
  kOk = 0,
  kBadArg,     // null pointers, bad key length, bad options
  kBadFormat,  // not a recording header / unsupported version (ERR_AEAD_BAD_FORMAT)
  kAuth,       // a chunk failed authentication: wrong key/id, flipped bit, reordering (ERR_AEAD_AUTH)
  kTruncated,  // authentic prefix but no last chunk, and allow_truncated is false (ERR_AEAD_TRUNCATED)
  kCorrupt,    // authentic chunks whose Ogg/Opus content does not parse (ERR_OGG_CORRUPT)
};

const char* ReadStatusCode(ReadStatus status);  // "ERR_AEAD_AUTH", …

struct ReadOptions {
  bool allow_truncated = false;
  bool decode = true;   // false: stop after decrypting (Ogg only)
  int out_rate = 8000;  // 8000 or 48000
};

struct ReadResult {
  ReadStatus status = ReadStatus::kOk;
  bool complete = false;     // the last-flag chunk authenticated
  size_t valid_bytes = 0;    // header + authenticated chunks
  uint64_t chunks = 0;
  int64_t duration_ms = 0;   // audio in the authenticated chunks
  std::vector<uint8_t> ogg;  // decrypted Ogg Opus stream
  std::vector<int16_t> pcm;  // stereo interleaved at sample_rate (decode only)
  int sample_rate = 0;
};

// Decrypts (and decodes) a whole file. On kAuth/kBadFormat the outputs are empty.
ReadResult ReadRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id, const ReadOptions& options);

// Authenticates chunk by chunk and reports where the valid prefix ends. Corruption is not an
// error here: it ends the prefix. Only kBadArg is returned as a failure.
ReadResult ScanRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id);

struct MaskRange {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

// Re-encodes a complete, authentic recording into a new one (new key/id) with the ranges silenced
// (or replaced by a 1 kHz beep) on both channels. Returns the status of reading the source.
ReadStatus MaskRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id, const std::vector<MaskRange>& ranges, bool beep,
                         const uint8_t out_key[kRecorderKeyBytes], const std::string& out_id,
                         std::vector<uint8_t>* out);

}  // namespace callvault
