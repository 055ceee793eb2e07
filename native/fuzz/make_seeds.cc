// Writes the fuzzers' seed corpora from the core recorder API: a short real recording (two tone
// legs, 100 ms chunks) sealed with the fuzz key, its crash-cut prefixes, its chunk script, and its
// decrypted Ogg stream. Seeds are generated, not committed, so they follow format changes.
//   usage: make_seeds <aead_dir> <ogg_dir>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz_fixture.h"
#include "recorder_reader.h"

using namespace callvault;

namespace {

constexpr int kFrameSamples = 160;  // 20 ms at 8 kHz

bool WriteFile(const std::string& path, const std::vector<uint8_t>& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

std::vector<uint8_t> WithOptions(uint8_t options, const std::vector<uint8_t>& body) {
  std::vector<uint8_t> out{options};
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

// Records `frames` 20 ms frames per leg as L16 tones; the header's nonce prefix is replaced by the
// fixed one, and the chunks re-sealed, so the seed is byte-for-byte reproducible.
std::vector<std::vector<uint8_t>> RecordChunks(int frames, std::vector<uint8_t>* ogg) {
  RecorderConfig c;
  c.recording_id = fuzz::kRecordingId;
  for (int i = 0; i < kRecorderKeyBytes; ++i) c.key[i] = fuzz::Key()[i];
  c.codec = InputCodec::kL16;
  c.chunk_ms = 100;
  c.features = false;
  RecorderStatus st;
  std::vector<uint8_t> file;
  auto rec = RecordSession::Create(c, &st, &file);
  if (!rec) return {};
  std::vector<uint8_t> frame(kFrameSamples * 2);
  for (int f = 0; f < frames; ++f) {
    RecorderOutput out;
    for (int leg = 0; leg < kRecorderLegs; ++leg) {
      for (int i = 0; i < kFrameSamples; ++i) {
        const double t = (f * kFrameSamples + i) / 8000.0;
        const int16_t v = static_cast<int16_t>(6000 * std::sin(2 * M_PI * (leg ? 1000 : 440) * t));
        frame[2 * i] = static_cast<uint8_t>(v >> 8);
        frame[2 * i + 1] = static_cast<uint8_t>(v);
      }
      rec->Push(leg, static_cast<uint32_t>(f), frame.data(), frame.size());
    }
    rec->EndBatch(&out);
    file.insert(file.end(), out.bytes.begin(), out.bytes.end());
  }
  RecorderOutput fin;
  rec->Finish(&fin);
  file.insert(file.end(), fin.bytes.begin(), fin.bytes.end());

  std::vector<std::vector<uint8_t>> chunks;
  size_t pos = format::kHeaderBytes;
  for (uint32_t counter = 0; pos < file.size(); ++counter) {
    std::vector<uint8_t> plain;
    size_t next = 0;
    bool last = false;
    if (format::OpenChunk(c.key, file.data(), file.size(), pos, c.recording_id, counter, &next, &last, &plain) !=
        format::OpenResult::kOk) {
      return {};
    }
    ogg->insert(ogg->end(), plain.begin(), plain.end());
    chunks.push_back(std::move(plain));
    pos = next;
  }
  return chunks;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <aead_dir> <ogg_dir>\n", argv[0]);
    return 2;
  }
  const std::string aead = argv[1], ogg_dir = argv[2];
  std::vector<uint8_t> ogg;
  const std::vector<std::vector<uint8_t>> chunks = RecordChunks(25, &ogg);  // 500 ms
  if (chunks.empty()) {
    std::fprintf(stderr, "make_seeds: recording the seed call failed\n");
    return 1;
  }
  // The recording itself, re-sealed chunk by chunk with the fixed header.
  std::vector<uint8_t> file = fuzz::FixedHeader();
  const std::vector<uint8_t> header = file;
  std::vector<size_t> ends;
  std::vector<uint8_t> script;
  for (size_t i = 0; i < chunks.size(); ++i) {
    const bool last = i + 1 == chunks.size();
    format::SealChunk(fuzz::Key(), header.data(), fuzz::kRecordingId, static_cast<uint32_t>(i), last,
                      chunks[i].data(), chunks[i].size(), &file);
    ends.push_back(file.size());
    script.push_back(last ? 0x01 : 0x00);
    script.push_back(static_cast<uint8_t>(chunks[i].size()));
    script.push_back(static_cast<uint8_t>(chunks[i].size() >> 8));
    script.insert(script.end(), chunks[i].begin(), chunks[i].end());
  }
  bool ok = true;
  ok &= WriteFile(aead + "/complete-read", WithOptions(0x00, file));
  ok &= WriteFile(aead + "/complete-decode", WithOptions(0x02, file));
  ok &= WriteFile(aead + "/complete-decode48k-mask", WithOptions(0x0E, file));
  ok &= WriteFile(aead + "/complete-decode-beep", WithOptions(0x1A, file));
  // Crash cuts: at a chunk boundary (recoverable prefix) and inside a chunk.
  const std::vector<uint8_t> at_boundary(file.begin(), file.begin() + static_cast<long>(ends[ends.size() / 2]));
  const std::vector<uint8_t> mid_chunk(file.begin(), file.begin() + static_cast<long>(ends[0] + 7));
  ok &= WriteFile(aead + "/cut-boundary", WithOptions(0x03, at_boundary));
  ok &= WriteFile(aead + "/cut-mid-chunk", WithOptions(0x03, mid_chunk));
  ok &= WriteFile(aead + "/script", WithOptions(0x8A, script));
  ok &= WriteFile(ogg_dir + "/recording.ogg", ogg);
  // The stream's first chunk alone: OpusHead and OpusTags pages and the first packets.
  ok &= WriteFile(ogg_dir + "/first-chunk.ogg", chunks[0]);
  if (!ok) {
    std::fprintf(stderr, "make_seeds: writing seeds failed\n");
    return 1;
  }
  std::printf("make_seeds: %zu-byte recording, %zu chunks, %zu-byte Ogg stream\n", file.size(), chunks.size(),
              ogg.size());
  return 0;
}
