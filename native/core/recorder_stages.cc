// Stage adapters of the record path: G.711/L16 decode, per-leg analysis and the stereo
// Opus → Ogg → AEAD stream (format: recorder_format.h).
#include <algorithm>
#include "recorder_stages.h"

#include <opus.h>
#include <opus_multistream.h>

#include <cmath>
#include <cstring>

#include "recorder_format.h"

namespace callvault {
namespace {

struct UlawTable {
  int16_t mu[256];
  int16_t a[256];
  UlawTable() {
    for (int i = 0; i < 256; ++i) {
      const uint8_t u = static_cast<uint8_t>(~i);
      int t = ((u & 0x0F) << 3) + 0x84;
      t <<= (u & 0x70) >> 4;
      mu[i] = static_cast<int16_t>((u & 0x80) ? (0x84 - t) : (t - 0x84));
      const uint8_t v = static_cast<uint8_t>(i ^ 0x55);
      int m = (v & 0x0F) << 4;
      const int seg = (v & 0x70) >> 4;
      m = seg == 0 ? m + 8 : seg == 1 ? m + 0x108 : (m + 0x108) << (seg - 1);
      a[i] = static_cast<int16_t>((v & 0x80) ? m : -m);
    }
  }
};
const UlawTable kG711;

}  // namespace

void DecodeFrame(InputCodec codec, const uint8_t* payload, int samples, int16_t* out) {
  switch (codec) {
    case InputCodec::kPcmu:
      for (int i = 0; i < samples; ++i) out[i] = kG711.mu[payload[i]];
      break;
    case InputCodec::kPcma:
      for (int i = 0; i < samples; ++i) out[i] = kG711.a[payload[i]];
      break;
    case InputCodec::kL16:  // network byte order (RFC 3551)
      for (int i = 0; i < samples; ++i) out[i] = static_cast<int16_t>((payload[2 * i] << 8) | payload[2 * i + 1]);
      break;
  }
}

namespace {

// Stereo Opus encoder feeding an Ogg writer; SealChunk() encrypts the pages written since the last.
class OpusOggAeadStream final : public StereoStream {
 public:
  ~OpusOggAeadStream() override {
    if (encoder_) opus_multistream_encoder_destroy(encoder_);
  }

  bool Init(const RecorderConfig& c, std::vector<uint8_t>* header) {
    config_ = c;
    int err = 0;
    // Two uncoupled mono streams (agent, customer): the legs never bleed into each other, whatever
    // the bitrate, and two mono encoders cost less than one forced-stereo one.
    encoder_ = opus_multistream_encoder_create(c.sample_rate, 2, kOpusStreams, kOpusCoupled, kOpusMapping,
                                               OPUS_APPLICATION_VOIP, &err);
    if (err != OPUS_OK || !encoder_) return false;
    opus_multistream_encoder_ctl(encoder_, OPUS_SET_BITRATE(c.opus_bitrate));  // total of both streams
    opus_multistream_encoder_ctl(encoder_, OPUS_SET_COMPLEXITY(c.complexity));
    opus_multistream_encoder_ctl(encoder_, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    opus_int32 lookahead = 0;
    opus_multistream_encoder_ctl(encoder_, OPUS_GET_LOOKAHEAD(&lookahead));
    pre_skip_ = lookahead * (format::kOpusRate / c.sample_rate);
    samples_48k_per_frame_ = format::kOpusRate * kOpusFrameMs / 1000;
    header->resize(format::kHeaderBytes);
    if (!format::MakeHeader(header->data())) return false;
    std::memcpy(header_, header->data(), format::kHeaderBytes);
    uint32_t serial = 0;
    std::memcpy(&serial, header_ + 8, sizeof serial);  // random, from the nonce prefix
    ogg_ = std::make_unique<format::OggWriter>(serial);
    const std::vector<uint8_t> head = format::OpusHead(pre_skip_, c.sample_rate);
    const std::vector<uint8_t> tags = format::OpusTags();
    ogg_->HeaderPage(head.data(), head.size(), /*bos=*/true, &pending_);
    ogg_->HeaderPage(tags.data(), tags.size(), /*bos=*/false, &pending_);
    return true;
  }

  void SetComplexity(int complexity) override {
    opus_multistream_encoder_ctl(encoder_, OPUS_SET_COMPLEXITY(std::clamp(complexity, 0, 10)));
  }

  bool Encode(const int16_t* stereo, int samples_per_channel) override {
    const int len = opus_multistream_encode(encoder_, stereo, samples_per_channel, packet_, sizeof packet_);
    if (len < 0) return false;
    audio_48k_ += samples_48k_per_frame_;
    // Granule = samples decoded through this packet (pre-skip included, RFC 7845 §4).
    ogg_->Packet(packet_, static_cast<size_t>(len), audio_48k_, &pending_);
    return true;
  }

  bool SealChunk(bool last, std::vector<uint8_t>* out) override {
    if (sealed_last_) return false;
    if (last) {
      // One more frame of silence pushes the encoder's lookahead out; the final granule trims it
      // (RFC 7845 end trimming) so the stream plays exactly the recorded duration.
      std::vector<int16_t> silence(static_cast<size_t>(config_.sample_rate) * kOpusFrameMs / 1000 * 2, 0);
      const int len = opus_multistream_encode(encoder_, silence.data(), static_cast<int>(silence.size() / 2), packet_, sizeof packet_);
      if (len < 0) return false;
      ogg_->Packet(packet_, static_cast<size_t>(len), pre_skip_ + audio_48k_, &pending_);
      ogg_->Flush(/*eos=*/true, &pending_);
    } else {
      ogg_->Flush(false, &pending_);
    }
    if (counter_ == UINT32_MAX) return false;  // never wrap the nonce counter
    if (!format::SealChunk(config_.key, header_, config_.recording_id, counter_++, last, pending_.data(), pending_.size(), out)) {
      return false;
    }
    pending_.clear();
    sealed_last_ = last;
    return true;
  }

 private:
  RecorderConfig config_;
  OpusMSEncoder* encoder_ = nullptr;
  std::unique_ptr<format::OggWriter> ogg_;
  uint8_t header_[format::kHeaderBytes] = {0};
  std::vector<uint8_t> pending_;  // Ogg pages not yet sealed
  uint8_t packet_[1500];
  int pre_skip_ = 0;
  int samples_48k_per_frame_ = 960;
  int64_t audio_48k_ = 0;
  uint32_t counter_ = 0;
  bool sealed_last_ = false;
};

}  // namespace

std::unique_ptr<StereoStream> StereoStream::Create(const RecorderConfig& config, std::vector<uint8_t>* header) {
  auto s = std::make_unique<OpusOggAeadStream>();
  if (!s->Init(config, header)) return nullptr;
  return s;
}

}  // namespace callvault
