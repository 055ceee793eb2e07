// Whole-file readers of recordings (format: recorder_format.h).
#include "recorder_reader.h"

#include <opus.h>
#include <opus_multistream.h>

#include <cmath>
#include <cstring>

#include "recorder_format.h"

namespace callvault {
namespace {

// Every recorder of ours (live capture and import alike) writes 20 ms packets. A packet of any other
// length is not ours: accepting it would let a stream of 1-byte packets that each decode to 120 ms
// blow a tiny file up into gigabytes of PCM.
constexpr int64_t kPacketSamples48k = 48 * kOpusFrameMs;

// Decrypts chunk after chunk. Stops at the first chunk that is incomplete or fails authentication.
struct Decrypted {
  ReadStatus status = ReadStatus::kOk;
  bool complete = false;
  bool cut = false;           // the file ended inside a chunk (crash)
  size_t valid_bytes = 0;
  uint64_t chunks = 0;
  std::vector<uint8_t> ogg;
};

Decrypted Decrypt(const uint8_t* file, size_t len, const uint8_t* key, const std::string& id) {
  Decrypted d;
  if (len < format::kHeaderBytes || !format::CheckHeader(file, len)) {
    d.status = len < format::kHeaderBytes ? ReadStatus::kTruncated : ReadStatus::kBadFormat;
    d.cut = len < format::kHeaderBytes;
    return d;
  }
  size_t pos = format::kHeaderBytes;
  d.valid_bytes = pos;
  for (uint32_t counter = 0; pos < len; ++counter) {
    size_t next = 0;
    bool last = false;
    const format::OpenResult r = format::OpenChunk(key, file, len, pos, id, counter, &next, &last, &d.ogg);
    if (r == format::OpenResult::kIncomplete) {
      d.cut = true;
      d.status = ReadStatus::kTruncated;
      return d;
    }
    if (r == format::OpenResult::kAuth) {
      d.status = ReadStatus::kAuth;
      return d;
    }
    pos = next;
    d.valid_bytes = pos;
    ++d.chunks;
    if (last) {
      d.complete = true;
      // Bytes after the last chunk were not written by us.
      d.status = pos == len ? ReadStatus::kOk : ReadStatus::kAuth;
      return d;
    }
    if (counter == UINT32_MAX) break;
  }
  d.status = ReadStatus::kTruncated;  // no last chunk
  return d;
}

struct OggInfo {
  int pre_skip = 0;
  int input_rate = 8000;
  format::OpusHeadInfo head;
  int64_t last_granule = 0;
  std::vector<format::OggPacket> packets;  // audio packets only
};

bool ParseStream(const std::vector<uint8_t>& ogg, OggInfo* info) {
  std::vector<format::OggPacket> all;
  if (!format::ParseOgg(ogg.data(), ogg.size(), &all) || all.size() < 2) return false;
  if (!format::ParseOpusHead(all[0].data, &info->head)) return false;
  info->pre_skip = info->head.pre_skip_48k;
  info->input_rate = info->head.input_rate;
  if (all[1].data.size() < 8 || std::memcmp(all[1].data.data(), "OpusTags", 8) != 0) return false;
  for (size_t i = 2; i < all.size(); ++i) {
    const format::OggPacket& p = all[i];
    if (p.data.empty() || opus_packet_get_nb_samples(p.data.data(), static_cast<opus_int32>(p.data.size()), 48000) != kPacketSamples48k) {
      return false;
    }
    if (p.page_granule >= 0) info->last_granule = p.page_granule;
    info->packets.push_back(std::move(all[i]));
  }
  // A final granule beyond what the packets can carry is corrupt; bounding it also keeps the
  // duration and trim arithmetic in range (a hostile granule near 2^63 overflowed it).
  return info->last_granule - info->pre_skip <= static_cast<int64_t>(info->packets.size()) * kPacketSamples48k;
}

int64_t DurationMs(const OggInfo& info) {
  return std::max<int64_t>(0, (info.last_granule - info.pre_skip) * 1000 / format::kOpusRate);
}

bool DecodePcm(const OggInfo& info, int rate, std::vector<int16_t>* pcm) {
  int err = 0;
  // One multistream decoder reads both layouts (family 0 coupled stereo, family 1 two mono streams).
  OpusMSDecoder* dec = opus_multistream_decoder_create(rate, 2, info.head.streams, info.head.coupled, info.head.mapping, &err);
  if (err != OPUS_OK || !dec) return false;
  std::vector<int16_t> frame(static_cast<size_t>(rate) * 120 / 1000 * 2);
  bool ok = true;
  for (const format::OggPacket& p : info.packets) {
    const int n = opus_multistream_decode(dec, p.data.data(), static_cast<opus_int32>(p.data.size()), frame.data(),
                              static_cast<int>(frame.size() / 2), 0);
    if (n < 0) {
      ok = false;
      break;
    }
    pcm->insert(pcm->end(), frame.begin(), frame.begin() + n * 2);
  }
  opus_multistream_decoder_destroy(dec);
  if (!ok) return false;
  // RFC 7845: drop pre-skip, then trim to the final granule.
  const size_t skip = static_cast<size_t>(info.pre_skip) * rate / format::kOpusRate;
  const size_t keep = static_cast<size_t>(std::max<int64_t>(0, info.last_granule - info.pre_skip)) * rate / format::kOpusRate;
  if (pcm->size() / 2 < skip) return false;
  pcm->erase(pcm->begin(), pcm->begin() + skip * 2);
  if (pcm->size() / 2 > keep) pcm->resize(keep * 2);
  return true;
}

}  // namespace

const char* ReadStatusCode(ReadStatus status) {
  switch (status) {
    case ReadStatus::kOk: return "";
    case ReadStatus::kBadArg: return "ERR_RECORDER_BAD_ARG";
    case ReadStatus::kBadFormat: return "ERR_AEAD_BAD_FORMAT";
    case ReadStatus::kAuth: return "ERR_AEAD_AUTH";
    case ReadStatus::kTruncated: return "ERR_AEAD_TRUNCATED";
    case ReadStatus::kCorrupt: return "ERR_OGG_CORRUPT";
  }
  return "ERR_NATIVE_INTERNAL";
}

// An empty input (a file cut at byte 0) is a valid, empty prefix, not a bad argument.
static const uint8_t kEmptyFile[1] = {0};

ReadResult ReadRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id, const ReadOptions& options) {
  ReadResult r;
  if (file == nullptr && len == 0) file = kEmptyFile;  // an empty buffer may have no data pointer
  if (file == nullptr || key == nullptr || recording_id.size() > 255 ||
      (options.out_rate != 8000 && options.out_rate != 48000)) {
    r.status = ReadStatus::kBadArg;
    return r;
  }
  Decrypted d = Decrypt(file, len, key, recording_id);
  r.complete = d.complete;
  r.valid_bytes = d.valid_bytes;
  r.chunks = d.chunks;
  // A missing tail is an error unless the caller asked for the prefix; tampering always is.
  if (d.status == ReadStatus::kTruncated && options.allow_truncated && d.chunks > 0) d.status = ReadStatus::kOk;
  if (d.status != ReadStatus::kOk) {
    r.status = d.status;
    return r;
  }
  OggInfo info;
  if (!ParseStream(d.ogg, &info)) {
    r.status = ReadStatus::kCorrupt;
    return r;
  }
  r.duration_ms = DurationMs(info);
  r.ogg = std::move(d.ogg);
  if (options.decode) {
    r.sample_rate = options.out_rate;
    if (!DecodePcm(info, options.out_rate, &r.pcm)) r.status = ReadStatus::kCorrupt;
  }
  return r;
}

ReadResult ScanRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id) {
  ReadResult r;
  if (file == nullptr && len == 0) file = kEmptyFile;  // an empty buffer may have no data pointer
  if (file == nullptr || key == nullptr || recording_id.size() > 255) {
    r.status = ReadStatus::kBadArg;
    return r;
  }
  Decrypted d = Decrypt(file, len, key, recording_id);
  r.complete = d.complete && d.status == ReadStatus::kOk;
  r.valid_bytes = d.status == ReadStatus::kBadFormat ? 0 : d.valid_bytes;
  r.chunks = d.chunks;
  OggInfo info;
  if (d.chunks > 0 && ParseStream(d.ogg, &info)) r.duration_ms = DurationMs(info);
  return r;
}

ReadStatus MaskRecording(const uint8_t* file, size_t len, const uint8_t key[kRecorderKeyBytes],
                         const std::string& recording_id, const std::vector<MaskRange>& ranges, bool beep,
                         const uint8_t out_key[kRecorderKeyBytes], const std::string& out_id,
                         std::vector<uint8_t>* out) {
  if (!file || !key || !out_key || !out || out_id.empty() || out_id.size() > 255) return ReadStatus::kBadArg;
  for (const MaskRange& m : ranges) {
    if (m.start_ms < 0 || m.end_ms < m.start_ms) return ReadStatus::kBadArg;
  }
  Decrypted d = Decrypt(file, len, key, recording_id);
  if (d.status != ReadStatus::kOk) return d.status;
  OggInfo info;
  if (!ParseStream(d.ogg, &info)) return ReadStatus::kCorrupt;

  // Packets overlapping a range are replaced by freshly encoded silence (or beep); every other
  // packet is copied as is: nothing outside the ranges is decoded or re-encoded.
  const int rate = info.input_rate == 16000 ? 16000 : 8000;
  int err = 0;
  // Masked packets must fit the source's stream layout, so the encoder mirrors it.
  OpusMSEncoder* enc = opus_multistream_encoder_create(rate, 2, info.head.streams, info.head.coupled, info.head.mapping,
                                                       OPUS_APPLICATION_VOIP, &err);
  if (err != OPUS_OK || !enc) return ReadStatus::kCorrupt;
  opus_multistream_encoder_ctl(enc, OPUS_SET_BITRATE(16000));
  const int frame = rate * kOpusFrameMs / 1000;
  std::vector<int16_t> pcm(static_cast<size_t>(frame) * 2);
  uint8_t packet[1500];
  int64_t beep_phase = 0;

  uint8_t header[format::kHeaderBytes];
  if (!format::MakeHeader(header)) return ReadStatus::kCorrupt;
  out->assign(header, header + format::kHeaderBytes);
  uint32_t serial = 0;
  std::memcpy(&serial, header + 8, sizeof serial);
  format::OggWriter ogg(serial);
  std::vector<uint8_t> pending;
  const std::vector<uint8_t> head = format::OpusHead(info.pre_skip, info.input_rate), tags = format::OpusTags();
  ogg.HeaderPage(head.data(), head.size(), true, &pending);
  ogg.HeaderPage(tags.data(), tags.size(), false, &pending);
  const int per_chunk = kDefaultChunkMs / kOpusFrameMs;
  uint32_t counter = 0;
  int64_t granule = 0;
  bool ok = true;
  for (size_t i = 0; i < info.packets.size() && ok; ++i) {
    const std::vector<uint8_t>& p = info.packets[i].data;
    const int samples = opus_packet_get_nb_samples(p.data(), static_cast<opus_int32>(p.size()), format::kOpusRate);
    if (samples <= 0) {
      ok = false;
      break;
    }
    // Packet i covers decoded output [granule, granule + samples) at 48 kHz, i.e. audio time
    // shifted by pre-skip; mask with one packet of margin on each side for the codec's overlap.
    const int64_t start_ms = (granule - info.pre_skip) * 1000 / format::kOpusRate;
    const int64_t end_ms = (granule + samples - info.pre_skip) * 1000 / format::kOpusRate;
    granule += samples;
    bool masked = false;
    for (const MaskRange& m : ranges) masked |= start_ms < m.end_ms + kOpusFrameMs && end_ms > m.start_ms - kOpusFrameMs;
    const bool last = i + 1 == info.packets.size();
    const int64_t packet_granule = last ? info.last_granule : granule;
    if (masked) {
      for (int k = 0; k < frame; ++k, ++beep_phase) {
        const int16_t v = beep ? static_cast<int16_t>(3000 * std::sin(2 * 3.14159265358979 * 1000 * beep_phase / rate)) : 0;
        pcm[2 * k] = pcm[2 * k + 1] = v;
      }
      const int n = opus_multistream_encode(enc, pcm.data(), frame, packet, sizeof packet);
      if (n < 0) ok = false;
      else ogg.Packet(packet, static_cast<size_t>(n), packet_granule, &pending);
    } else {
      ogg.Packet(p.data(), p.size(), packet_granule, &pending);
    }
    if (last) ogg.Flush(true, &pending);
    if (last || (i + 1) % per_chunk == 0) {
      ogg.Flush(false, &pending);
      ok = ok && format::SealChunk(out_key, header, out_id, counter++, last, pending.data(), pending.size(), out);
      pending.clear();
    }
  }
  // A stream with no audio packet (authentic, but never written by our recorder) still gets its
  // end: without a last-flag chunk the masked copy would read as truncated.
  if (ok && info.packets.empty()) {
    ogg.Flush(true, &pending);
    ok = format::SealChunk(out_key, header, out_id, counter++, true, pending.data(), pending.size(), out);
  }
  opus_multistream_encoder_destroy(enc);
  return ok ? ReadStatus::kOk : ReadStatus::kCorrupt;
}

}  // namespace callvault
