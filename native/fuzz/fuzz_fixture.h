// Shared by the libFuzzer harnesses and their seed generator: the fixed key and recording id the
// seeds are sealed with (so mutated seeds still authenticate where the fuzzer leaves them intact),
// and a deterministic sealer that wraps arbitrary plaintext into a recording, so Ogg/Opus content
// reaches the parsers behind authentication.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "recorder.h"
#include "recorder_format.h"

namespace callvault::fuzz {

inline const std::string kRecordingId = "fuzz-recording";
inline const std::string kMaskedId = "fuzz-masked";

inline const uint8_t* Key() {
  static uint8_t key[kRecorderKeyBytes] = {};
  static bool init = false;
  if (!init) {
    for (int i = 0; i < kRecorderKeyBytes; ++i) key[i] = static_cast<uint8_t>(0xA5 ^ (i * 29));
    init = true;
  }
  return key;
}

inline const uint8_t* MaskKey() {
  static uint8_t key[kRecorderKeyBytes] = {};
  for (int i = 0; i < kRecorderKeyBytes; ++i) key[i] = static_cast<uint8_t>(0x3C + i);
  return key;
}

// A valid header with a fixed nonce prefix: MakeHeader draws a random one, which would make the
// harness nondeterministic (a crash must reproduce from its input alone).
inline std::vector<uint8_t> FixedHeader() {
  std::vector<uint8_t> h(format::kHeaderBytes, 0);
  const char magic[4] = {'C', 'V', 'R', '1'};
  for (int i = 0; i < 4; ++i) h[i] = static_cast<uint8_t>(magic[i]);
  h[4] = format::kVersion;
  for (size_t i = 0; i < format::kNoncePrefixBytes; ++i) h[8 + i] = static_cast<uint8_t>(0x11 * (i + 1));
  return h;
}

// Rewrites the CRC of every well-framed Ogg page in place. Random mutations almost never keep a
// page's CRC-32 valid, so without this the fuzzer would stop at the CRC check; harnesses run the
// raw bytes too, so the check itself stays covered. Stops at the first byte that is not a page.
inline void FixOggCrcs(std::vector<uint8_t>* ogg) {
  uint8_t* d = ogg->data();
  const size_t len = ogg->size();
  size_t pos = 0;
  while (len - pos >= 27 && d[pos] == 'O' && d[pos + 1] == 'g' && d[pos + 2] == 'g' && d[pos + 3] == 'S') {
    const size_t nseg = d[pos + 26];
    if (len - pos < 27 + nseg) return;
    size_t page = 27 + nseg;
    for (size_t i = 0; i < nseg; ++i) page += d[pos + 27 + i];
    if (len - pos < page) return;
    for (int i = 0; i < 4; ++i) d[pos + 22 + i] = 0;
    const uint32_t crc = format::OggCrc(d + pos, page);
    for (int i = 0; i < 4; ++i) d[pos + 22 + i] = static_cast<uint8_t>(crc >> (8 * i));
    pos += page;
  }
}

// Seals `plain` as a complete recording, `chunk_bytes` of plaintext per chunk (last flag on the
// final chunk; an empty plaintext becomes one empty last chunk).
inline std::vector<uint8_t> SealWhole(const uint8_t* plain, size_t len, size_t chunk_bytes) {
  std::vector<uint8_t> file = FixedHeader();
  const std::vector<uint8_t> header = file;
  uint32_t counter = 0;
  size_t pos = 0;
  do {
    const size_t n = len - pos < chunk_bytes ? len - pos : chunk_bytes;
    const bool last = pos + n == len;
    format::SealChunk(Key(), header.data(), kRecordingId, counter++, last, plain + pos, n, &file);
    pos += n;
  } while (pos < len);
  return file;
}

}  // namespace callvault::fuzz
