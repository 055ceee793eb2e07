// Timeline: reorder, gaps, late, duplicates, sequence wrap, one stalled leg, pause ranges, resync.
#include <cstdint>
#include <vector>

#include "check.h"
#include "timeline.h"

using callvault::SlotRange;
using callvault::Timeline;
using callvault::TimelineConfig;
using callvault::TimelineSink;
using callvault::TimelineSlot;
using callvault::TimelineStatus;

namespace {
constexpr int kBytes = 4;

// Records, per released slot, the first payload byte of each leg (-1 gap, -2 paused).
struct Collect : TimelineSink {
  std::vector<int> leg[2];
  std::vector<int64_t> slots;
  void OnSlot(const TimelineSlot& s) override {
    slots.push_back(s.slot);
    for (int l = 0; l < 2; ++l) leg[l].push_back(s.paused ? -2 : s.payload[l] ? s.payload[l][0] : -1);
  }
};

TimelineStatus Put(Timeline& t, int leg, uint32_t seq, uint8_t mark) {
  uint8_t frame[kBytes] = {mark, 0, 0, 0};
  return t.Push(leg, seq, frame, kBytes);
}

TimelineConfig Config() {
  TimelineConfig c;
  c.frame_bytes = kBytes;
  c.reorder_frames = 3;
  c.ring_frames = 16;
  return c;
}

void TestReorderAndGap() {
  Collect out;
  Timeline t(Config(), &out);
  // Leg 0: seq 100..109 with 103/104 swapped and 106 missing.
  const uint32_t order[] = {100, 101, 102, 104, 103, 105, 107, 108, 109};
  for (uint32_t s : order) CHECK(Put(t, 0, s, static_cast<uint8_t>(s - 100)) == TimelineStatus::kOk);
  t.Release();
  // maxSlot 9, window 3 → slots 0..5 released.
  CHECK(out.slots.size() == 6);
  for (int i = 0; i < 6; ++i) CHECK(out.leg[0][i] == i);
  t.Flush();
  CHECK(out.slots.size() == 10);
  CHECK(out.leg[0][6] == -1);
  CHECK(out.leg[0][7] == 7 && out.leg[0][9] == 9);
  CHECK(t.counters(0).gap_frames == 1);
  CHECK(t.counters(0).frames == 9);
  // Leg 1 never started: no gaps counted for it, but its slots are silent.
  CHECK(t.counters(1).gap_frames == 0);
  CHECK(out.leg[1][3] == -1);
}

void TestLateAndDuplicate() {
  Collect out;
  Timeline t(Config(), &out);
  for (uint32_t s = 0; s < 10; ++s) Put(t, 0, s, static_cast<uint8_t>(s));
  t.Release();  // releases 0..5
  CHECK(Put(t, 0, 2, 2) == TimelineStatus::kLate);
  CHECK(Put(t, 0, 8, 8) == TimelineStatus::kDuplicate);
  CHECK(t.counters(0).late_frames == 1);
  CHECK(t.counters(0).duplicate_frames == 1);
  t.Flush();
  CHECK(out.slots.size() == 10);
  CHECK(out.leg[0][8] == 8);
}

void TestWrap32And16() {
  {
    Collect out;
    Timeline t(Config(), &out);
    for (uint32_t i = 0; i < 8; ++i) Put(t, 0, 0xFFFFFFFCu + i, static_cast<uint8_t>(i));
    t.Flush();
    CHECK(out.slots.size() == 8);
    for (int i = 0; i < 8; ++i) CHECK(out.leg[0][i] == i);
    CHECK(t.counters(0).gap_frames == 0 && t.counters(0).resyncs == 0);
  }
  {
    TimelineConfig c = Config();
    c.seq_bits = 16;
    Collect out;
    Timeline t(c, &out);
    for (uint32_t i = 0; i < 8; ++i) Put(t, 0, (65533 + i) & 0xFFFF, static_cast<uint8_t>(i));
    t.Flush();
    CHECK(out.slots.size() == 8);
    for (int i = 0; i < 8; ++i) CHECK(out.leg[0][i] == i);
    CHECK(t.counters(0).resyncs == 0);
  }
}

void TestOneLegStalls() {
  Collect out;
  Timeline t(Config(), &out);
  // Both legs for 5 frames, then only leg 0 for 20 more frames, then leg 1 resumes in sequence.
  for (uint32_t i = 0; i < 25; ++i) {
    Put(t, 0, 1000 + i, 1);
    if (i < 5) Put(t, 1, 7000 + i, 2);
    t.Release();
  }
  // Leg 1's next frame (seq 7005) belongs to slot 5, long released: late, then re-anchored.
  for (uint32_t i = 0; i < 10; ++i) {
    Put(t, 0, 1025 + i, 1);
    Put(t, 1, 7005 + i, 2);
    t.Release();
  }
  t.Flush();
  CHECK(out.slots.size() == 35);  // the timeline follows leg 0's clock; nothing shifted
  for (int i = 0; i < 35; ++i) CHECK(out.leg[0][i] == 1);
  CHECK(out.leg[1][4] == 2 && out.leg[1][5] == -1 && out.leg[1][20] == -1);
  CHECK(t.counters(1).resyncs == 1);
  CHECK(t.counters(1).late_frames == 4);
  // After the re-anchor (at the playout point, slot 25) leg 1 is audible again, in order.
  for (int i = 25; i <= 30; ++i) CHECK(out.leg[1][i] == 2);
  CHECK(t.counters(1).frames == 5 + 6);
}

void TestPause() {
  Collect out;
  Timeline t(Config(), &out);
  for (uint32_t i = 0; i < 10; ++i) { Put(t, 0, i, 1); Put(t, 1, i, 1); }
  t.Release();  // releases 0..5
  t.Pause();    // from slot 6
  for (uint32_t i = 10; i < 20; ++i) { Put(t, 0, i, 1); Put(t, 1, i, 1); }
  t.Release();
  t.Resume();   // after slot 19 (everything received so far)
  for (uint32_t i = 20; i < 30; ++i) { Put(t, 0, i, 1); Put(t, 1, i, 1); }
  t.Flush();
  CHECK(out.slots.size() == 30);
  for (int i = 0; i < 30; ++i) {
    const int want = (i >= 6 && i < 20) ? -2 : 1;
    CHECK(out.leg[0][i] == want && out.leg[1][i] == want);
  }
  std::vector<SlotRange> closed = t.TakeClosedPauses();
  CHECK(closed.size() == 1);
  CHECK(closed[0].start == 6 && closed[0].end == 20);
  CHECK(t.TakeClosedPauses().empty());
  CHECK(t.AllPauses().size() == 1);
}

void TestHostile() {
  Collect out;
  Timeline t(Config(), &out);
  uint8_t frame[kBytes] = {0};
  CHECK(t.Push(0, 1, frame, kBytes - 1) == TimelineStatus::kBadArg);
  CHECK(t.Push(2, 1, frame, kBytes) == TimelineStatus::kBadArg);
  CHECK(t.Push(0, 1, nullptr, kBytes) == TimelineStatus::kBadArg);
  // A huge jump re-anchors instead of inserting silence.
  Put(t, 0, 10, 1);
  Put(t, 0, 11, 1);
  Put(t, 0, 2000000000u, 1);
  t.Flush();
  CHECK(out.slots.size() == 3);
  CHECK(t.counters(0).resyncs == 1);
  // A jump inside the limit but beyond the ring forces release and counts gaps.
  Collect out2;
  Timeline t2(Config(), &out2);
  Put(t2, 0, 0, 1);
  Put(t2, 0, 100, 1);
  t2.Flush();
  CHECK(out2.slots.size() == 101);
  CHECK(t2.counters(0).gap_frames == 99);
  TimelineConfig bad = Config();
  bad.ring_frames = 2;
  CHECK(!Timeline::Valid(bad));
}
}  // namespace

int main() {
  TestReorderAndGap();
  TestLateAndDuplicate();
  TestWrap32And16();
  TestOneLegStalls();
  TestPause();
  TestHostile();
  return TEST_MAIN_RESULT();
}
