// libFuzzer target: the Ogg page parser, OpusHead parser and Opus decode of a recording's
// decrypted stream. The input is the plaintext Ogg stream (seeds: the stream of a real recording);
// it is run through the pure parsers, then sealed with the fuzz key into a recording and read back
// through ReadRecording at both output rates, so every byte reaches the code behind authentication.
// Page CRCs are repaired before the deep part (fuzz::FixOggCrcs), the raw bytes are parsed as well.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "fuzz_fixture.h"
#include "recorder_reader.h"

using namespace callvault;

namespace {

void Require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The raw bytes, CRCs as given: covers the page checks themselves.
  std::vector<format::OggPacket> raw_packets;
  const bool raw_parsed = format::ParseOgg(data, size, &raw_packets);

  // From here on the page CRCs are repaired, so mutations reach packets, OpusHead and the decoder.
  std::vector<uint8_t> ogg(data, data + size);
  fuzz::FixOggCrcs(&ogg);
  std::vector<format::OggPacket> packets;
  const bool parsed = format::ParseOgg(ogg.data(), ogg.size(), &packets);
  Require(!raw_parsed || (parsed && packets.size() == raw_packets.size()));
  format::OpusHeadInfo head;
  if (!packets.empty() && format::ParseOpusHead(packets[0].data, &head)) {
    Require(head.channels == 2 && head.streams >= 1 && head.coupled <= head.streams);
  }

  // Chunk size from the input so chunk boundaries fall inside pages too (the reader concatenates).
  const size_t chunk_bytes = 64 + (size > 0 ? data[size - 1] : 0) * 16;
  const std::vector<uint8_t> file = fuzz::SealWhole(ogg.data(), ogg.size(), chunk_bytes);
  for (const int rate : {8000, 48000}) {
    ReadOptions options;
    options.out_rate = rate;
    const ReadResult r = ReadRecording(file.data(), file.size(), fuzz::Key(), fuzz::kRecordingId, options);
    // Authentic chunks leave only the Ogg/Opus layer to fail.
    Require(r.status == ReadStatus::kOk || r.status == ReadStatus::kCorrupt);
    Require(r.status != ReadStatus::kOk || parsed);
    Require(r.pcm.size() % 2 == 0 && r.duration_ms >= 0);
    if (r.status != ReadStatus::kOk) break;  // the second rate would fail the same way
  }
  return 0;
}
