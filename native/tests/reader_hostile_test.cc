// Hostile-but-authentic recordings: Ogg content that decrypts fine but must still be refused with
// ERR_OGG_CORRUPT. Regressions for inputs found by the fuzzers in native/fuzz.
#include <cstdint>
#include <limits>
#include <vector>

#include "check.h"
#include "recorder_format.h"
#include "recorder_reader.h"

using namespace callvault;

namespace {

const std::string kId = "hostile-1";

const uint8_t* Key() {
  static uint8_t key[kRecorderKeyBytes];
  for (int i = 0; i < kRecorderKeyBytes; ++i) key[i] = static_cast<uint8_t>(i + 1);
  return key;
}

// The header pages of a stream: `head`, then OpusTags.
std::vector<uint8_t> HeaderPages(format::OggWriter* writer, const std::vector<uint8_t>& head) {
  std::vector<uint8_t> ogg;
  const std::vector<uint8_t> tags = format::OpusTags();
  writer->HeaderPage(head.data(), head.size(), true, &ogg);
  writer->HeaderPage(tags.data(), tags.size(), false, &ogg);
  return ogg;
}

// A complete recording: `ogg` sealed as one last chunk.
std::vector<uint8_t> Sealed(const std::vector<uint8_t>& ogg) {
  uint8_t header[format::kHeaderBytes];
  CHECK(format::MakeHeader(header));
  std::vector<uint8_t> file(header, header + format::kHeaderBytes);
  CHECK(format::SealChunk(Key(), header, kId, 0, true, ogg.data(), ogg.size(), &file));
  return file;
}

// One complete recording whose Ogg stream holds `head`, OpusTags and one 20 ms packet whose page
// carries `granule`.
std::vector<uint8_t> Recording(const std::vector<uint8_t>& head, int64_t granule,
                               std::vector<uint8_t> packet = {0x08, 0x00, 0x08}) {
  format::OggWriter writer(7);
  std::vector<uint8_t> ogg = HeaderPages(&writer, head);
  // Default: two mono 20 ms SILK-NB frames, each a TOC byte alone (DTX): a self-delimited first stream.
  writer.Packet(packet.data(), packet.size(), granule, &ogg);
  writer.Flush(true, &ogg);
  return Sealed(ogg);
}

// Found by ogg_reader_fuzz and aead_reader_fuzz: a final granule near 2^63 overflowed the
// duration arithmetic (signed overflow, UB). It cannot be carried by one packet, so it is corrupt.
void TestHugeGranuleIsCorrupt() {
  const std::vector<uint8_t> file = Recording(format::OpusHead(312, 8000), std::numeric_limits<int64_t>::max() - 7);
  ReadOptions o;
  o.decode = false;
  CHECK(ReadRecording(file.data(), file.size(), Key(), kId, o).status == ReadStatus::kCorrupt);
  o.decode = true;
  CHECK(ReadRecording(file.data(), file.size(), Key(), kId, o).status == ReadStatus::kCorrupt);
  const ReadResult scan = ScanRecording(file.data(), file.size(), Key(), kId);
  CHECK(scan.status == ReadStatus::kOk && scan.complete && scan.duration_ms == 0);
}

// The bound is not stricter than the format: a granule one packet long (pre-skip + 20 ms) reads.
void TestPlausibleGranuleReads() {
  const std::vector<uint8_t> file = Recording(format::OpusHead(312, 8000), 312 + 960);
  ReadOptions o;
  o.decode = false;
  const ReadResult r = ReadRecording(file.data(), file.size(), Key(), kId, o);
  CHECK(r.status == ReadStatus::kOk && r.complete);
  CHECK(r.duration_ms == 20);
}

// Found by ogg_reader_fuzz: a mono family-0 OpusHead was accepted, so reading without decoding
// returned kOk for a stream that is not a two-leg recording.
void TestMonoHeadIsCorrupt() {
  std::vector<uint8_t> head = format::OpusHead(312, 8000);
  head.resize(19);
  head[9] = 1;   // channel count
  head[18] = 0;  // mapping family 0
  const std::vector<uint8_t> file = Recording(head, 312 + 960);
  ReadOptions o;
  o.decode = false;
  CHECK(ReadRecording(file.data(), file.size(), Key(), kId, o).status == ReadStatus::kCorrupt);
  format::OpusHeadInfo info;
  CHECK(!format::ParseOpusHead(head, &info));
}

// Every recorder of ours writes 20 ms packets. A key holder could otherwise fill a file with tiny
// packets that each decode to 60–120 ms and blow a few bytes up into gigabytes of PCM.
void TestPacketsOtherThan20MsAreCorrupt() {
  ReadOptions o;
  o.decode = true;
  const std::vector<uint8_t> sixty = Recording(format::OpusHead(312, 8000), 312 + 2880, {0x18, 0x00, 0x18});
  CHECK(ReadRecording(sixty.data(), sixty.size(), Key(), kId, o).status == ReadStatus::kCorrupt);
  const std::vector<uint8_t> empty = Recording(format::OpusHead(312, 8000), 312, {});
  CHECK(ReadRecording(empty.data(), empty.size(), Key(), kId, o).status == ReadStatus::kCorrupt);
  const std::vector<uint8_t> twenty = Recording(format::OpusHead(312, 8000), 312 + 960);
  CHECK(ReadRecording(twenty.data(), twenty.size(), Key(), kId, o).status == ReadStatus::kOk);
}

// Found by aead_reader_fuzz: an authentic stream of header pages and an empty EOS page (no audio
// packet) reads as a complete 0 ms recording, but masking it sealed no last chunk, so the masked
// copy read back as truncated. The copy must be as complete as its source.
void TestMaskingAStreamWithoutAudioKeepsItComplete() {
  format::OggWriter writer(7);
  std::vector<uint8_t> ogg = HeaderPages(&writer, format::OpusHead(312, 8000));
  writer.Flush(true, &ogg);
  const std::vector<uint8_t> file = Sealed(ogg);
  ReadOptions o;
  o.decode = false;
  const ReadResult source = ReadRecording(file.data(), file.size(), Key(), kId, o);
  CHECK(source.status == ReadStatus::kOk && source.complete && source.duration_ms == 0);

  std::vector<uint8_t> masked;
  const std::string masked_id = "hostile-1-masked";
  CHECK(MaskRecording(file.data(), file.size(), Key(), kId, {{0, 100}}, false, Key(), masked_id, &masked) ==
        ReadStatus::kOk);
  const ReadResult back = ReadRecording(masked.data(), masked.size(), Key(), masked_id, o);
  CHECK(back.status == ReadStatus::kOk);
  CHECK(back.complete);
  CHECK(back.duration_ms == 0);
}

}  // namespace

int main() {
  TestMaskingAStreamWithoutAudioKeepsItComplete();
  TestPacketsOtherThan20MsAreCorrupt();
  TestHugeGranuleIsCorrupt();
  TestPlausibleGranuleReads();
  TestMonoHeadIsCorrupt();
  return TEST_MAIN_RESULT();
}
