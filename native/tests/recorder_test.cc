// RecordSession end to end: encode a two-leg call, then decrypt + demux + decode it with the reader
// and check duration, both channels and the tone frequency of each channel; plus hostile configs,
// crash-cut files (scan) and tampering.
#include <cmath>
#include <cstring>
#include <vector>

#include "check.h"
#include "recorder.h"
#include "recorder_reader.h"

using namespace callvault;

namespace {
constexpr int kRate = 8000;
constexpr double kPi = 3.14159265358979323846;

uint8_t LinearToUlaw(int sample) {
  const int kBias = 0x84;
  int sign = sample < 0 ? 0x80 : 0;
  int s = std::min(std::abs(sample), 32635) + kBias;
  int exponent = 7;
  for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) --exponent;
  const int mantissa = (s >> (exponent + 3)) & 0x0F;
  return static_cast<uint8_t>(~(sign | (exponent << 4) | mantissa));
}

std::vector<uint8_t> UlawTone(double hz, int ms, double amp) {
  std::vector<uint8_t> out(static_cast<size_t>(kRate) * ms / 1000);
  for (size_t i = 0; i < out.size(); ++i) out[i] = LinearToUlaw(static_cast<int>(amp * std::sin(2 * kPi * hz * i / kRate)));
  return out;
}

// Fraction of a channel's energy at `hz` (Goertzel), over sample frames [from, to).
double ToneShare(const std::vector<int16_t>& st, int ch, double hz, int rate, size_t from, size_t to) {
  const double coeff = 2 * std::cos(2 * kPi * hz / rate);
  double s1 = 0, s2 = 0, energy = 0;
  for (size_t i = from; i < to; ++i) {
    const double x = st[i * 2 + ch];
    energy += x * x;
    const double s0 = x + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  if (energy == 0) return 0;
  return 2 * (s1 * s1 + s2 * s2 - coeff * s1 * s2) / ((to - from) * energy);
}

RecorderConfig Config() {
  RecorderConfig c;
  c.recording_id = "call-1";
  for (int i = 0; i < kRecorderKeyBytes; ++i) c.key[i] = static_cast<uint8_t>(i * 7);
  return c;
}

// Records 3 s: agent 440 Hz, customer 1000 Hz, pushed in 200 ms batches. Returns the whole file and
// the offsets where each sealed chunk ends.
std::vector<uint8_t> RecordCall(std::vector<size_t>* boundaries) {
  RecorderStatus st;
  std::vector<uint8_t> file;
  auto rec = RecordSession::Create(Config(), &st, &file);
  CHECK(rec != nullptr && st == RecorderStatus::kOk);
  if (!rec) return file;
  boundaries->push_back(file.size());
  const auto agent = UlawTone(440, 3000, 8000), customer = UlawTone(1000, 3000, 3000);
  for (int f = 0; f < 150; f += 10) {
    RecorderOutput out;
    for (int k = f; k < f + 10; ++k) {
      CHECK(rec->Push(0, 5000 + k, &agent[k * 160], 160) == RecorderStatus::kOk);
      CHECK(rec->Push(1, 0xFFFFFFF0u + k, &customer[k * 160], 160) == RecorderStatus::kOk);
    }
    CHECK(rec->EndBatch(&out) == RecorderStatus::kOk);
    if (!out.bytes.empty()) {
      file.insert(file.end(), out.bytes.begin(), out.bytes.end());
      boundaries->push_back(file.size());
    }
  }
  RecorderOutput fin;
  CHECK(rec->Finish(&fin) == RecorderStatus::kOk);
  CHECK(!fin.bytes.empty());
  file.insert(file.end(), fin.bytes.begin(), fin.bytes.end());
  boundaries->push_back(file.size());
  const RecorderSummary sum = rec->Summary();
  CHECK(sum.duration_ms == 3000);
  CHECK(sum.total_bytes == file.size());
  CHECK(sum.legs[0].frames == 150 && sum.legs[1].frames == 150);
  CHECK(sum.legs[0].gap_frames == 0 && sum.legs[1].gap_frames == 0);
  RecorderOutput again;
  CHECK(rec->Finish(&again) == RecorderStatus::kFinished);
  CHECK(rec->Push(0, 1, &agent[0], 160) == RecorderStatus::kFinished);
  return file;
}

void TestEndToEnd() {
  std::vector<size_t> bounds;
  const std::vector<uint8_t> file = RecordCall(&bounds);
  CHECK(bounds.size() >= 7);  // header + ≥6 chunks of 500 ms
  RecorderConfig c = Config();
  ReadOptions o;
  ReadResult r = ReadRecording(file.data(), file.size(), c.key, c.recording_id, o);
  CHECK(r.status == ReadStatus::kOk);
  CHECK(r.complete);
  CHECK_NEAR(r.duration_ms, 3000, 20);
  CHECK(r.sample_rate == 8000);
  CHECK_NEAR(static_cast<double>(r.pcm.size()) / 2 / r.sample_rate * 1000, 3000, 20);
  if (r.pcm.size() >= 2 * 8000 * 2) {
    CHECK(ToneShare(r.pcm, 0, 440, 8000, 4000, 20000) > 0.8);
    CHECK(ToneShare(r.pcm, 1, 1000, 8000, 4000, 20000) > 0.8);
    CHECK(ToneShare(r.pcm, 0, 1000, 8000, 4000, 20000) < 0.05);
    CHECK(ToneShare(r.pcm, 1, 440, 8000, 4000, 20000) < 0.05);
  }
  // Ogg Opus inside.
  CHECK(r.ogg.size() > 4 && std::memcmp(r.ogg.data(), "OggS", 4) == 0);
  // Wrong id (splice between recordings) and flipped bits fail authentication.
  CHECK(ReadRecording(file.data(), file.size(), c.key, "call-2", o).status == ReadStatus::kAuth);
  for (size_t b : bounds) {
    if (b >= file.size()) continue;
    std::vector<uint8_t> bad = file;
    bad[b] ^= 0x01;
    const ReadStatus s = ReadRecording(bad.data(), bad.size(), c.key, c.recording_id, o).status;
    CHECK(s == ReadStatus::kAuth || s == ReadStatus::kBadFormat);
  }
  // A crash cut: scan finds the last whole chunk; reading requires allow_truncated.
  const size_t cut = bounds[3] + 17;
  ReadResult scan = ScanRecording(file.data(), cut, c.key, c.recording_id);
  CHECK(scan.status == ReadStatus::kOk);
  CHECK(!scan.complete);
  CHECK(scan.valid_bytes == bounds[3]);
  CHECK(ReadRecording(file.data(), cut, c.key, c.recording_id, o).status == ReadStatus::kTruncated);
  o.allow_truncated = true;
  ReadResult prefix = ReadRecording(file.data(), bounds[3], c.key, c.recording_id, o);
  CHECK(prefix.status == ReadStatus::kOk && !prefix.complete);
  CHECK(prefix.duration_ms == scan.duration_ms && prefix.duration_ms > 0);
}

void TestHostileConfig() {
  RecorderStatus st;
  std::vector<uint8_t> header;
  RecorderConfig c = Config();
  c.sample_rate = 16000;  // G.711 is 8 kHz only
  CHECK(RecordSession::Create(c, &st, &header) == nullptr && st == RecorderStatus::kBadArg);
  c = Config();
  c.chunk_ms = 510;
  CHECK(RecordSession::Create(c, &st, &header) == nullptr);
  c = Config();
  c.recording_id.clear();
  CHECK(RecordSession::Create(c, &st, &header) == nullptr);
  c = Config();
  auto rec = RecordSession::Create(c, &st, &header);
  CHECK(rec != nullptr);
  uint8_t frame[160] = {0};
  CHECK(rec->Push(0, 1, frame, 159) == RecorderStatus::kBadArg);
  CHECK(rec->Push(3, 1, frame, 160) == RecorderStatus::kBadArg);
}
}  // namespace

int main() {
  TestEndToEnd();
  TestHostileConfig();
  return TEST_MAIN_RESULT();
}
