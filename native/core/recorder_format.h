// The recording file format: streaming AES-256-GCM chunks around an Ogg Opus stream (RFC 7845).
//
// Adapter owned by the record path (H3), used while H2's ogg/aead_stream stages are not in the
// tree; the writer and reader below are the single definition of the format this build writes.
//
// File   = header (16 bytes) ‖ chunk*
// header = "CVR1" ‖ version u8 (=1) ‖ 0 u8 ‖ 0 u16 ‖ nonce prefix (7 random bytes) ‖ 0 u8
// chunk  = length u32 BE (ciphertext bytes, ≤ kMaxChunkBytes) ‖ ciphertext ‖ GCM tag (16)
// nonce  = prefix (7) ‖ chunk counter u32 BE ‖ last-chunk flag u8 (0/1)
// AAD    = header ‖ recording id length u8 ‖ recording id: a chunk authenticates only in its own
//          file, at its own position, with its own last flag (truncation, reordering and splicing
//          between recordings all fail authentication). The counter never wraps (refused).
// Each chunk's plaintext is whole Ogg pages, so any authenticated prefix is a playable Ogg file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace callvault::format {

constexpr size_t kHeaderBytes = 16;
constexpr size_t kNoncePrefixBytes = 7;
constexpr size_t kTagBytes = 16;
constexpr size_t kKeyBytes = 32;
constexpr uint8_t kVersion = 1;
constexpr uint32_t kMaxChunkBytes = 4u << 20;
constexpr int kOpusRate = 48000;  // Ogg Opus granule positions are 48 kHz samples

// Builds a header with a random nonce prefix; false if the random source failed.
bool MakeHeader(uint8_t header[kHeaderBytes]);
bool CheckHeader(const uint8_t* header, size_t len);

// Seals plaintext as chunk number `counter`, appending length ‖ ciphertext ‖ tag to out.
bool SealChunk(const uint8_t key[kKeyBytes], const uint8_t header[kHeaderBytes], const std::string& id,
               uint32_t counter, bool last, const uint8_t* plain, size_t len, std::vector<uint8_t>* out);

enum class OpenResult { kOk, kAuth, kIncomplete };
// Opens the chunk starting at file[pos]; on kOk sets *next (start of the next chunk), *last and
// appends the plaintext. kIncomplete: the file ends inside the chunk (a crash cut).
OpenResult OpenChunk(const uint8_t key[kKeyBytes], const uint8_t* file, size_t len, size_t pos, const std::string& id,
                     uint32_t counter, size_t* next, bool* last, std::vector<uint8_t>* plain);

// --- Ogg -------------------------------------------------------------------------------------
uint32_t OggCrc(const uint8_t* data, size_t len);

// Packs packets into pages of one logical stream; Flush() emits the pending page.
class OggWriter {
 public:
  explicit OggWriter(uint32_t serial) : serial_(serial) {}
  // header_page: OpusHead/OpusTags get a page of their own (BOS on the first).
  void Packet(const uint8_t* data, size_t len, int64_t granule, std::vector<uint8_t>* out);
  void Flush(bool eos, std::vector<uint8_t>* out);
  void HeaderPage(const uint8_t* data, size_t len, bool bos, std::vector<uint8_t>* out);

 private:
  void EmitPage(uint8_t flags, int64_t granule, std::vector<uint8_t>* out);
  uint32_t serial_;
  uint32_t sequence_ = 0;
  std::vector<uint8_t> lacing_;
  std::vector<uint8_t> body_;
  int64_t granule_ = 0;
};

struct OggPacket {
  std::vector<uint8_t> data;
  int64_t page_granule = -1;  // granule of the page on which the packet ends
  bool last_on_page = false;
  bool eos_page = false;
};

// Parses pages (checking capture pattern and CRC) and reassembles packets. False on a bad page.
bool ParseOgg(const uint8_t* data, size_t len, std::vector<OggPacket>* packets);

// OpusHead of a recording: two mono Opus streams (family 1), agent left and customer right.
std::vector<uint8_t> OpusHead(int pre_skip_48k, int input_rate);
std::vector<uint8_t> OpusTags();
// Parses OpusHead; false if not a channel-mapping-0 head.
struct OpusHeadInfo {
  int channels = 0;
  int pre_skip_48k = 0;
  int input_rate = 0;
  int streams = 0;   // Opus streams in each packet (multistream framing when > 1)
  int coupled = 0;   // of which stereo-coupled
  unsigned char mapping[2] = {0, 1};
};
// Accepts the stereo layouts this build reads: family 0 coupled stereo, family 1 two mono streams.
bool ParseOpusHead(const std::vector<uint8_t>& packet, OpusHeadInfo* info);

}  // namespace callvault::format
