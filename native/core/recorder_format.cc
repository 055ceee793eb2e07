// Recording file format: AEAD chunks and Ogg pages; see recorder_format.h.
#include "recorder_format.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace callvault::format {
namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

void Nonce(const uint8_t header[kHeaderBytes], uint32_t counter, bool last, uint8_t nonce[12]) {
  std::memcpy(nonce, header + 8, kNoncePrefixBytes);
  nonce[7] = static_cast<uint8_t>(counter >> 24);
  nonce[8] = static_cast<uint8_t>(counter >> 16);
  nonce[9] = static_cast<uint8_t>(counter >> 8);
  nonce[10] = static_cast<uint8_t>(counter);
  nonce[11] = last ? 1 : 0;
}

std::vector<uint8_t> Aad(const uint8_t header[kHeaderBytes], const std::string& id) {
  std::vector<uint8_t> aad(header, header + kHeaderBytes);
  aad.push_back(static_cast<uint8_t>(id.size()));
  aad.insert(aad.end(), id.begin(), id.end());
  return aad;
}

void PutLe(std::vector<uint8_t>* out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<uint8_t>(v >> (8 * i)));
}

uint64_t GetLe(const uint8_t* p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

struct CrcTable {
  uint32_t t[256];
  CrcTable() {
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t r = i << 24;
      for (int k = 0; k < 8; ++k) r = (r & 0x80000000u) ? (r << 1) ^ 0x04C11DB7u : (r << 1);
      t[i] = r;
    }
  }
};
const CrcTable kCrc;

}  // namespace

bool MakeHeader(uint8_t header[kHeaderBytes]) {
  std::memset(header, 0, kHeaderBytes);
  std::memcpy(header, "CVR1", 4);
  header[4] = kVersion;
  return RAND_bytes(header + 8, kNoncePrefixBytes) == 1;
}

bool CheckHeader(const uint8_t* h, size_t len) {
  return len >= kHeaderBytes && std::memcmp(h, "CVR1", 4) == 0 && h[4] == kVersion && h[5] == 0 && h[6] == 0 &&
         h[7] == 0 && h[15] == 0;
}

bool SealChunk(const uint8_t key[kKeyBytes], const uint8_t header[kHeaderBytes], const std::string& id,
               uint32_t counter, bool last, const uint8_t* plain, size_t len, std::vector<uint8_t>* out) {
  if (len > kMaxChunkBytes || id.size() > 255) return false;
  uint8_t nonce[12];
  Nonce(header, counter, last, nonce);
  const std::vector<uint8_t> aad = Aad(header, id);
  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  int n = 0;
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, nonce) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &n, aad.data(), static_cast<int>(aad.size())) != 1) {
    return false;
  }
  const size_t at = out->size();
  out->resize(at + 4 + len + kTagBytes);
  uint8_t* p = out->data() + at;
  p[0] = static_cast<uint8_t>(len >> 24);
  p[1] = static_cast<uint8_t>(len >> 16);
  p[2] = static_cast<uint8_t>(len >> 8);
  p[3] = static_cast<uint8_t>(len);
  if ((len > 0 && EVP_EncryptUpdate(ctx.get(), p + 4, &n, plain, static_cast<int>(len)) != 1) ||
      EVP_EncryptFinal_ex(ctx.get(), p + 4 + len, &n) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, p + 4 + len) != 1) {
    out->resize(at);
    return false;
  }
  return true;
}

OpenResult OpenChunk(const uint8_t key[kKeyBytes], const uint8_t* file, size_t len, size_t pos, const std::string& id,
                     uint32_t counter, size_t* next, bool* last, std::vector<uint8_t>* plain) {
  if (pos + 4 > len) return OpenResult::kIncomplete;
  const uint32_t n = (uint32_t{file[pos]} << 24) | (uint32_t{file[pos + 1]} << 16) | (uint32_t{file[pos + 2]} << 8) | file[pos + 3];
  if (n > kMaxChunkBytes) return OpenResult::kAuth;  // no writer produces this: tampering
  if (pos + 4 + n + kTagBytes > len) return OpenResult::kIncomplete;
  const uint8_t* ct = file + pos + 4;
  const std::vector<uint8_t> aad = Aad(file, id);
  // The last flag is part of the nonce: try "not last" first (every chunk but one).
  for (int attempt = 0; attempt < 2; ++attempt) {
    const bool is_last = attempt == 1;
    uint8_t nonce[12];
    Nonce(file, counter, is_last, nonce);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int out_len = 0;
    const size_t at = plain->size();
    plain->resize(at + n);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, nonce) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &out_len, aad.data(), static_cast<int>(aad.size())) != 1 ||
        (n > 0 && EVP_DecryptUpdate(ctx.get(), plain->data() + at, &out_len, ct, static_cast<int>(n)) != 1) ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, const_cast<uint8_t*>(ct + n)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), plain->data() + at, &out_len) != 1) {
      plain->resize(at);
      continue;
    }
    *next = pos + 4 + n + kTagBytes;
    *last = is_last;
    return OpenResult::kOk;
  }
  return OpenResult::kAuth;
}

uint32_t OggCrc(const uint8_t* data, size_t len) {
  uint32_t crc = 0;
  for (size_t i = 0; i < len; ++i) crc = (crc << 8) ^ kCrc.t[((crc >> 24) ^ data[i]) & 0xFF];
  return crc;
}

void OggWriter::EmitPage(uint8_t flags, int64_t granule, std::vector<uint8_t>* out) {
  const size_t at = out->size();
  const uint8_t capture[4] = {'O', 'g', 'g', 'S'};
  out->insert(out->end(), capture, capture + 4);
  out->push_back(0);
  out->push_back(flags);
  PutLe(out, static_cast<uint64_t>(granule), 8);
  PutLe(out, serial_, 4);
  PutLe(out, sequence_++, 4);
  PutLe(out, 0, 4);  // CRC placeholder
  out->push_back(static_cast<uint8_t>(lacing_.size()));
  out->insert(out->end(), lacing_.begin(), lacing_.end());
  out->insert(out->end(), body_.begin(), body_.end());
  const uint32_t crc = OggCrc(out->data() + at, out->size() - at);
  for (int i = 0; i < 4; ++i) (*out)[at + 22 + i] = static_cast<uint8_t>(crc >> (8 * i));
  lacing_.clear();
  body_.clear();
}

void OggWriter::HeaderPage(const uint8_t* data, size_t len, bool bos, std::vector<uint8_t>* out) {
  Flush(false, out);
  for (size_t left = len;; left -= 255) {
    lacing_.push_back(static_cast<uint8_t>(left >= 255 ? 255 : left));
    if (left < 255) break;
  }
  body_.assign(data, data + len);
  EmitPage(bos ? 0x02 : 0x00, 0, out);
}

void OggWriter::Packet(const uint8_t* data, size_t len, int64_t granule, std::vector<uint8_t>* out) {
  const size_t segments = len / 255 + 1;
  if (lacing_.size() + segments > 255) Flush(false, out);
  for (size_t left = len;; left -= 255) {
    lacing_.push_back(static_cast<uint8_t>(left >= 255 ? 255 : left));
    if (left < 255) break;
  }
  body_.insert(body_.end(), data, data + len);
  granule_ = granule;
}

void OggWriter::Flush(bool eos, std::vector<uint8_t>* out) {
  if (lacing_.empty() && !eos) return;
  EmitPage(eos ? 0x04 : 0x00, granule_, out);
}

bool ParseOgg(const uint8_t* data, size_t len, std::vector<OggPacket>* packets) {
  std::vector<uint8_t> partial;
  size_t pos = 0;
  while (pos < len) {
    if (len - pos < 27 || std::memcmp(data + pos, "OggS", 4) != 0 || data[pos + 4] != 0) return false;
    const uint8_t flags = data[pos + 5];
    const int64_t granule = static_cast<int64_t>(GetLe(data + pos + 6, 8));
    const size_t nseg = data[pos + 26];
    if (len - pos < 27 + nseg) return false;
    size_t body = 0;
    for (size_t i = 0; i < nseg; ++i) body += data[pos + 27 + i];
    const size_t page_len = 27 + nseg + body;
    if (len - pos < page_len) return false;
    std::vector<uint8_t> page(data + pos, data + pos + page_len);
    std::memset(page.data() + 22, 0, 4);
    if (OggCrc(page.data(), page.size()) != static_cast<uint32_t>(GetLe(data + pos + 22, 4))) return false;
    if (!(flags & 0x01)) partial.clear();
    const uint8_t* p = data + pos + 27 + nseg;
    size_t last_complete = packets->size();
    for (size_t i = 0; i < nseg; ++i) {
      const uint8_t lace = data[pos + 27 + i];
      partial.insert(partial.end(), p, p + lace);
      p += lace;
      if (lace < 255) {
        OggPacket pkt;
        pkt.data.swap(partial);
        packets->push_back(std::move(pkt));
      }
    }
    if (packets->size() > last_complete) {
      OggPacket& end = packets->back();
      end.page_granule = granule;
      end.last_on_page = true;
      end.eos_page = (flags & 0x04) != 0;
    }
    pos += page_len;
  }
  return true;
}

std::vector<uint8_t> OpusHead(int pre_skip_48k, int input_rate) {
  std::vector<uint8_t> h = {'O', 'p', 'u', 's', 'H', 'e', 'a', 'd', 1, 2};
  PutLe(&h, static_cast<uint64_t>(pre_skip_48k), 2);
  PutLe(&h, static_cast<uint64_t>(input_rate), 4);
  PutLe(&h, 0, 2);  // output gain
  // Channel mapping family 1 with two uncoupled mono streams: agent = stream 0 → left, customer =
  // stream 1 → right. Coupled (joint) stereo at recording bitrates bleeds one leg into the other.
  h.push_back(1);  // mapping family
  h.push_back(2);  // stream count
  h.push_back(0);  // coupled streams
  h.push_back(0);  // channel 0 (left) ← stream 0
  h.push_back(1);  // channel 1 (right) ← stream 1
  return h;
}

std::vector<uint8_t> OpusTags() {
  const std::string vendor = "callvault";
  std::vector<uint8_t> t = {'O', 'p', 'u', 's', 'T', 'a', 'g', 's'};
  PutLe(&t, vendor.size(), 4);
  t.insert(t.end(), vendor.begin(), vendor.end());
  PutLe(&t, 0, 4);
  return t;
}

bool ParseOpusHead(const std::vector<uint8_t>& p, OpusHeadInfo* info) {
  if (p.size() < 19 || std::memcmp(p.data(), "OpusHead", 8) != 0 || (p[8] & 0xF0) != 0) return false;
  info->channels = p[9];
  info->pre_skip_48k = static_cast<int>(GetLe(p.data() + 10, 2));
  info->input_rate = static_cast<int>(GetLe(p.data() + 12, 4));
  if (info->channels != 1 && info->channels != 2) return false;
  if (p[18] == 0) {  // family 0: one stream, coupled when stereo (RFC 7845 §5.1.1.1)
    info->streams = 1;
    info->coupled = info->channels == 2 ? 1 : 0;
    info->mapping[0] = 0;
    info->mapping[1] = 1;
    return info->channels == 2;  // a mono head would pass as a recording and fail only at decode
  }
  if (p[18] != 1 || p.size() < 21u + info->channels) return false;
  info->streams = p[19];
  info->coupled = p[20];
  if (info->streams < 1 || info->coupled > info->streams || info->streams + info->coupled > 255) return false;
  for (int c = 0; c < info->channels; ++c) {
    info->mapping[c] = p[21 + c];
    if (info->mapping[c] != 255 && info->mapping[c] >= info->streams + info->coupled) return false;
  }
  // Only layouts this build writes or wrote: a stereo pair as one coupled stream or two mono ones.
  return info->channels == 2 && info->streams + info->coupled == 2;
}

}  // namespace callvault::format
