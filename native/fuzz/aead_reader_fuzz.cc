// libFuzzer target: the AEAD stream reader (ReadRecording / ScanRecording / MaskRecording) on
// arbitrary bytes, with the fixed fuzz key and recording id.
//
// Input = options byte ‖ body.
//   options bit 0: allow_truncated   bit 1: decode   bit 2: out_rate 48000   bit 3: also mask
//   options bit 7 clear: body is the file itself (the seeds are real recordings, so mutations of
//     lengths, header, truncation and chunk splicing start from a valid file).
//   options bit 7 set: body is a chunk script that is sealed with the right key, so the fuzzer
//     controls authentic-but-hostile structure: per chunk  ctl u8 ‖ len u16 LE ‖ plaintext, where
//     ctl bit 0 = last flag, bit 1 = skip a counter, bit 2 = wrong recording id,
//     bit 3 = append the rest of the body raw (trailing bytes) and stop. Ogg page CRCs in the
//     script's plaintext are repaired (fuzz::FixOggCrcs) unless options bit 6 is set.
// Oracles beyond the sanitizers: a file that reads kOk scans as the same valid prefix, and a
// masked copy of an accepted recording reads back, complete, with the same duration.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "fuzz_fixture.h"
#include "recorder_reader.h"

using namespace callvault;

namespace {

// An oracle failed: name it, then abort so libFuzzer reports a crash with the input.
void RequireAt(bool ok, const char* what, int line) {
  if (ok) return;
  std::fprintf(stderr, "aead_reader oracle failed (line %d): %s\n", line, what);
  std::abort();
}
#define Require(cond) RequireAt((cond), #cond, __LINE__)

struct ScriptChunk {
  uint8_t ctl;
  size_t offset;  // into the concatenated plaintext
  size_t len;
};

std::vector<uint8_t> SealScript(const uint8_t* data, size_t len, bool fix_crcs) {
  std::vector<ScriptChunk> chunks;
  std::vector<uint8_t> plain;
  const uint8_t* trailing = nullptr;
  size_t trailing_len = 0;
  size_t pos = 0;
  while (pos + 3 <= len) {
    const uint8_t ctl = data[pos];
    size_t n = data[pos + 1] | (size_t{data[pos + 2]} << 8);
    pos += 3;
    if (ctl & 0x08) {
      trailing = data + pos;
      trailing_len = len - pos;
      break;
    }
    if (n > len - pos) n = len - pos;
    chunks.push_back({ctl, plain.size(), n});
    plain.insert(plain.end(), data + pos, data + pos + n);
    pos += n;
  }
  // Pages may span script chunks, as they never do in real files: repair over the whole stream.
  if (fix_crcs) fuzz::FixOggCrcs(&plain);
  std::vector<uint8_t> file = fuzz::FixedHeader();
  const std::vector<uint8_t> header = file;
  uint32_t counter = 0;
  for (const ScriptChunk& c : chunks) {
    if (c.ctl & 0x02) ++counter;
    const std::string& id = (c.ctl & 0x04) ? fuzz::kMaskedId : fuzz::kRecordingId;
    format::SealChunk(fuzz::Key(), header.data(), id, counter++, c.ctl & 0x01, plain.data() + c.offset, c.len, &file);
  }
  if (trailing) file.insert(file.end(), trailing, trailing + trailing_len);
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t flags = data[0];
  std::vector<uint8_t> scripted;
  const uint8_t* file = data + 1;
  size_t len = size - 1;
  if (flags & 0x80) {
    scripted = SealScript(data + 1, size - 1, !(flags & 0x40));
    file = scripted.data();
    len = scripted.size();
  }

  ReadOptions options;
  options.allow_truncated = flags & 0x01;
  options.decode = flags & 0x02;
  options.out_rate = (flags & 0x04) ? 48000 : 8000;
  const ReadResult read = ReadRecording(file, len, fuzz::Key(), fuzz::kRecordingId, options);
  const ReadResult scan = ScanRecording(file, len, fuzz::Key(), fuzz::kRecordingId);
  Require(read.status != ReadStatus::kBadArg && scan.status == ReadStatus::kOk);
  Require(scan.valid_bytes <= len && read.valid_bytes <= len);
  if (read.status == ReadStatus::kOk) {
    Require(scan.valid_bytes == read.valid_bytes && scan.chunks == read.chunks);
    Require(!read.complete || (scan.complete && read.valid_bytes == len));
    Require(read.pcm.size() % 2 == 0);
  }

  if ((flags & 0x08) && read.status == ReadStatus::kOk && read.complete) {
    std::vector<uint8_t> masked;
    const std::vector<MaskRange> ranges = {{0, 100}};
    const ReadStatus st = MaskRecording(file, len, fuzz::Key(), fuzz::kRecordingId, ranges, flags & 0x10,
                                        fuzz::MaskKey(), fuzz::kMaskedId, &masked);
    if (st == ReadStatus::kOk) {
      ReadOptions again;
      again.decode = false;
      const ReadResult back = ReadRecording(masked.data(), masked.size(), fuzz::MaskKey(), fuzz::kMaskedId, again);
      const bool reads_back = back.status == ReadStatus::kOk && back.complete && back.duration_ms == read.duration_ms;
      if (!reads_back) {
        std::fprintf(stderr, "masked copy: status %d complete %d duration %lld ms; source %lld ms\n",
                     static_cast<int>(back.status), back.complete ? 1 : 0,
                     static_cast<long long>(back.duration_ms), static_cast<long long>(read.duration_ms));
      }
      Require(reads_back);
    }
  }
  return 0;
}
