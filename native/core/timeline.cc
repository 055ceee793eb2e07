// Jitter/reorder buffer of one call; see timeline.h for the playout rules.
#include "timeline.h"

#include <algorithm>
#include <cstring>

namespace callvault {

Timeline::Timeline(const TimelineConfig& config, TimelineSink* sink)
    : config_(config), valid_(Valid(config) && sink != nullptr), sink_(sink) {
  if (!valid_) return;
  for (int leg = 0; leg < kLegs; ++leg) {
    ring_[leg].assign(static_cast<size_t>(config_.ring_frames) * config_.frame_bytes, 0);
    tag_[leg].assign(config_.ring_frames, -1);
  }
}

bool Timeline::Valid(const TimelineConfig& c) {
  return c.frame_bytes > 0 && c.frame_bytes <= 1 << 16 && c.reorder_frames >= 0 &&
         c.ring_frames > c.reorder_frames + 1 && c.ring_frames <= 1 << 14 && c.max_jump_frames > 0 &&
         c.resync_late_frames > 0 && (c.seq_bits == 16 || c.seq_bits == 32);
}

int64_t Timeline::Extend(Leg& leg, uint32_t seq) const {
  if (config_.seq_bits == 16) {
    const uint16_t last = static_cast<uint16_t>(leg.last_ext);
    return leg.last_ext + static_cast<int16_t>(static_cast<uint16_t>(seq) - last);
  }
  const uint32_t last = static_cast<uint32_t>(leg.last_ext);
  return leg.last_ext + static_cast<int32_t>(seq - last);
}

void Timeline::Anchor(Leg& leg, int64_t ext) {
  // Continue right after the leg's own newest slot, but never behind the playout point.
  const int64_t slot = std::max(head_, leg.max_slot + 1);
  leg.base = ext - slot;
  leg.last_ext = ext;
  leg.consecutive_late = 0;
}

int64_t Timeline::MaxSlot() const {
  return std::max(legs_[0].max_slot, legs_[1].max_slot);
}

TimelineStatus Timeline::Push(int leg_index, uint32_t seq, const uint8_t* data, size_t len) {
  if (!valid_ || leg_index < 0 || leg_index >= kLegs || data == nullptr ||
      len != static_cast<size_t>(config_.frame_bytes)) {
    return TimelineStatus::kBadArg;
  }
  Leg& leg = legs_[leg_index];
  int64_t ext;
  if (!leg.anchored) {
    ext = seq;
    leg.anchored = true;
    leg.last_ext = ext;
    leg.base = ext - head_;
    leg.first_slot = head_;
  } else {
    ext = Extend(leg, seq);
  }
  int64_t slot = ext - leg.base;
  if (slot - std::max(head_, MaxSlot()) > config_.max_jump_frames) {
    // A jump this far ahead is a reset or hostile sequence: re-anchor instead of inserting minutes
    // of silence.
    ++leg.counters.resyncs;
    Anchor(leg, ext);
    slot = ext - leg.base;
  }
  if (slot < head_) {
    ++leg.counters.late_frames;
    if (++leg.consecutive_late < config_.resync_late_frames) return TimelineStatus::kLate;
    // The leg runs consistently behind the clock (e.g. it stopped sending and resumed with the next
    // sequence number): re-anchor it at the playout point rather than drop it forever.
    --leg.counters.late_frames;
    ++leg.counters.resyncs;
    Anchor(leg, ext);
    slot = ext - leg.base;
  }
  leg.consecutive_late = 0;
  if (ext > leg.last_ext) leg.last_ext = ext;
  // Keep the slot inside the ring: release what the frame's arrival pushes past the playout point.
  if (slot >= head_ + config_.ring_frames) ReleaseThrough(slot - config_.ring_frames);

  const size_t index = static_cast<size_t>(slot % config_.ring_frames);
  if (tag_[leg_index][index] == slot) {
    ++leg.counters.duplicate_frames;
    return TimelineStatus::kDuplicate;
  }
  tag_[leg_index][index] = slot;
  std::memcpy(&ring_[leg_index][index * config_.frame_bytes], data, len);
  leg.max_slot = std::max(leg.max_slot, slot);
  ++leg.counters.frames;
  return TimelineStatus::kOk;
}

bool Timeline::InPause(int64_t slot) const {
  if (pause_open_ && slot >= pause_start_) return true;
  for (size_t i = pause_cursor_; i < pauses_.size(); ++i) {
    if (slot >= pauses_[i].start && slot < pauses_[i].end) return true;
  }
  return false;
}

void Timeline::EmitHead() {
  TimelineSlot out;
  out.slot = head_;
  out.paused = InPause(head_);
  const size_t index = static_cast<size_t>(head_ % config_.ring_frames);
  for (int leg = 0; leg < kLegs; ++leg) {
    Leg& l = legs_[leg];
    const bool present = tag_[leg][index] == head_;
    if (present) {
      tag_[leg][index] = -1;
      if (!out.paused) out.payload[leg] = &ring_[leg][index * config_.frame_bytes];
    } else if (l.anchored && head_ >= l.first_slot) {
      ++l.counters.gap_frames;
    }
  }
  sink_->OnSlot(out);
  ++head_;
  // Skip closed pause ranges the playout point has passed (ranges are in slot order).
  while (pause_cursor_ < pauses_.size() && pauses_[pause_cursor_].end <= head_) ++pause_cursor_;
}

void Timeline::ReleaseThrough(int64_t last_slot) {
  while (head_ <= last_slot) EmitHead();
}

void Timeline::Release() {
  if (!valid_) return;
  ReleaseThrough(MaxSlot() - config_.reorder_frames - 1);
}

void Timeline::Flush() {
  if (!valid_) return;
  ReleaseThrough(MaxSlot());
  if (pause_open_) Resume();
}

void Timeline::Pause() {
  if (pause_open_) return;
  pause_open_ = true;
  pause_start_ = head_;
}

void Timeline::Resume() {
  if (!pause_open_) return;
  pause_open_ = false;
  const SlotRange range{pause_start_, std::max(head_, MaxSlot() + 1)};
  if (range.end > range.start) {
    pauses_.push_back(range);
    closed_unread_.push_back(range);
  }
}

std::vector<SlotRange> Timeline::TakeClosedPauses() {
  std::vector<SlotRange> out;
  out.swap(closed_unread_);
  return out;
}

std::vector<SlotRange> Timeline::AllPauses() const {
  std::vector<SlotRange> out = pauses_;
  if (pause_open_) out.push_back({pause_start_, std::max(head_, MaxSlot() + 1)});
  return out;
}

}  // namespace callvault
