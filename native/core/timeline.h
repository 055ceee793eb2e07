// Per-call jitter/reorder buffer: two legs (0 = agent, 1 = customer) on one playout clock.
//
// A "slot" is one frame period (frame_ms, e.g. 20 ms) of the call timeline; slot 0 starts at the
// first frame of the call. Each leg's sequence numbers (uint16 or uint32 space, wrap handled) map to
// slots; a leg that starts later is anchored at the current playout point. Slots are released in
// order, both legs together, once the newest received slot of either leg is more than
// reorder_frames ahead of them (so a stalled leg gets silence and the timeline never shifts).
// Missing frames are released as gaps (nullptr) and counted; frames whose slot was already released
// are dropped and counted as late; duplicates are ignored and counted.
//
// PCI pause: Pause() silences every slot from the next unreleased one on; Resume() ends the pause
// after the newest slot received so far (conservative: audio received during a pause is never
// released). Released slots carry paused=true and no payload, so nothing downstream sees the audio.
//
// Not thread-safe: one owner (the RecordSession) at a time. No allocation per frame.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace callvault {

enum class TimelineStatus { kOk = 0, kBadArg, kLate, kDuplicate };

struct TimelineConfig {
  int frame_bytes = 160;       // bytes per frame of one leg (160 = 20 ms G.711 at 8 kHz)
  int reorder_frames = 3;      // frames held back for reordering: 3 = 60 ms at 20 ms frames
  int ring_frames = 128;       // slots buffered ahead of the playout point: 2.56 s at 20 ms
  int max_jump_frames = 1500;  // a sequence jump beyond this (30 s) re-anchors the leg instead of
                               // inserting that much silence (hostile or reset sequence numbers)
  int resync_late_frames = 5;  // this many consecutive late frames re-anchor a leg (100 ms)
  int seq_bits = 32;           // 16 for raw RTP sequence numbers, 32 for extended ones
};

struct TimelineLegCounters {
  uint64_t frames = 0;            // accepted into the buffer
  uint64_t gap_frames = 0;        // released without a frame (after the leg's first frame)
  uint64_t late_frames = 0;       // arrived after their slot was released (dropped)
  uint64_t duplicate_frames = 0;  // slot already filled (ignored)
  uint64_t resyncs = 0;           // re-anchored after a sequence discontinuity
};

// One released slot: payload[leg] is nullptr for a gap, a leg not started yet, or a paused slot.
struct TimelineSlot {
  int64_t slot = 0;
  const uint8_t* payload[2] = {nullptr, nullptr};
  bool paused = false;
};

// Receives released slots in order. Called from Push/Release/Flush on the caller's thread.
class TimelineSink {
 public:
  virtual ~TimelineSink() = default;
  virtual void OnSlot(const TimelineSlot& slot) = 0;
};

struct SlotRange {
  int64_t start = 0;  // first slot (inclusive)
  int64_t end = 0;    // last slot (exclusive)
};

class Timeline {
 public:
  static constexpr int kLegs = 2;

  // config is checked by Valid(); an invalid config makes every Push return kBadArg.
  Timeline(const TimelineConfig& config, TimelineSink* sink);
  static bool Valid(const TimelineConfig& config);

  // Stores one frame; may release slots first when the frame lies beyond the ring.
  TimelineStatus Push(int leg, uint32_t seq, const uint8_t* data, size_t len);
  // Releases every slot the playout point has passed (call after each batch of pushes).
  void Release();
  // Releases everything received (end of call).
  void Flush();

  void Pause();
  void Resume();
  bool paused() const { return pause_open_; }

  // Next slot to be released == number of slots released so far.
  int64_t head() const { return head_; }
  const TimelineLegCounters& counters(int leg) const { return legs_[leg].counters; }
  // Pause ranges closed by Resume() (or Flush) and not yet taken; TakeClosedPauses clears them.
  std::vector<SlotRange> TakeClosedPauses();
  // Every pause range so far, including an open one (end = newest slot + 1).
  std::vector<SlotRange> AllPauses() const;

 private:
  struct Leg {
    bool anchored = false;
    int64_t last_ext = 0;     // extended (unwrapped) highest sequence number seen
    int64_t base = 0;         // slot = ext - base
    int64_t first_slot = 0;   // gaps are counted from here on
    int64_t max_slot = -1;
    int consecutive_late = 0;
    TimelineLegCounters counters;
  };

  int64_t Extend(Leg& leg, uint32_t seq) const;
  void Anchor(Leg& leg, int64_t ext);
  void EmitHead();
  void ReleaseThrough(int64_t last_slot);  // releases slots head_..last_slot inclusive
  bool InPause(int64_t slot) const;
  int64_t MaxSlot() const;

  TimelineConfig config_;
  bool valid_;
  TimelineSink* sink_;
  int64_t head_ = 0;
  Leg legs_[kLegs];
  // ring_[leg][i]: payload of slot tag_[leg][i] when tag matches; slot s lives at s % ring_frames.
  std::vector<uint8_t> ring_[kLegs];
  std::vector<int64_t> tag_[kLegs];
  bool pause_open_ = false;
  int64_t pause_start_ = 0;
  std::vector<SlotRange> pauses_;         // closed ranges in slot order (history and release decisions)
  size_t pause_cursor_ = 0;               // first range of pauses_ the playout point has not passed
  std::vector<SlotRange> closed_unread_;  // closed ranges not yet taken
};

}  // namespace callvault
