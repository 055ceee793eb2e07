// RecordEngine binding: many RecordSessions, fed by batches that cross the boundary once.
//
// push(data: Buffer, index: Int32Array) carries frames of many sessions: index holds 5 int32 per
// frame (session, leg, seq as uint32 bits, offset into data, length). The batch is validated as a
// whole on the main thread, split per session into work items that are queued on each session in
// ticket order, and processed by up to kMaxWorkers AsyncWorkers on the libuv pool. A worker holds a
// session's lock while it drains that session's queue up to its own ticket, so pushes of one session
// run in order and never concurrently, and a waiting worker only ever waits for a running one.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "exports.h"
#include "record_common.h"
#include "record_convert.h"
#include "recorder.h"

namespace callvault::binding {
namespace {

constexpr size_t kMaxBatchFrames = 65536;           // ~1000 calls × 2 legs × 640 ms
constexpr size_t kMaxBatchBytes = 16u << 20;        // 16 MiB of payload per push
constexpr size_t kMaxWorkers = 4;                   // parallel workers per push (libuv default pool)
constexpr int kIndexStride = 5;

std::atomic<int64_t> g_live_sessions{0};

struct FrameRef {
  int leg;
  uint32_t seq;
  uint32_t offset;
  uint32_t length;
};

enum class ItemKind { kFrames, kPause, kResume, kFinish };

struct WorkItem {
  ItemKind kind = ItemKind::kFrames;
  uint64_t ticket = 0;
  std::vector<FrameRef> frames;
  std::shared_ptr<std::vector<uint8_t>> data;  // the batch's payload copy, shared by its items
  // Results (written under the session lock by whichever worker processes the item).
  bool done = false;
  CodedError error;
  RecorderOutput out;
  RecorderSummary summary;
  int64_t durable_ms = 0;
};

struct SessionState {
  explicit SessionState(uint32_t id_) : id(id_) { ++g_live_sessions; }
  ~SessionState() { --g_live_sessions; }
  const uint32_t id;
  int frame_bytes = 0;
  std::mutex run_mu;  // held while processing; serialises the session
  std::mutex queue_mu;
  std::deque<std::shared_ptr<WorkItem>> queue;
  std::unique_ptr<RecordSession> rec;  // guarded by run_mu
  std::atomic<bool> aborted{false};
  // Engine-wide encoder effort (-1: the session's own); applied by the worker before each batch.
  std::shared_ptr<std::atomic<int>> complexity_target;
  int complexity_applied = -1;  // guarded by run_mu
  // Main thread only:
  uint64_t next_ticket = 1;
  bool finishing = false;
};

void Process(SessionState& s, WorkItem& item) {
  if (s.aborted.load() || !s.rec) {
    item.error = {"ERR_RECORDER_CLOSED", "Session was aborted"};
    return;
  }
  RecorderStatus st = RecorderStatus::kOk;
  const int target = s.complexity_target ? s.complexity_target->load() : -1;
  if (target >= 0 && target != s.complexity_applied) {
    s.rec->SetComplexity(target);
    s.complexity_applied = target;
  }
  switch (item.kind) {
    case ItemKind::kPause: s.rec->Pause(); return;
    case ItemKind::kResume: s.rec->Resume(); return;
    case ItemKind::kFrames:
      for (const FrameRef& f : item.frames) {
        st = s.rec->Push(f.leg, f.seq, item.data->data() + f.offset, f.length);
        if (st != RecorderStatus::kOk) break;
      }
      if (st == RecorderStatus::kOk) st = s.rec->EndBatch(&item.out);
      break;
    case ItemKind::kFinish: st = s.rec->Finish(&item.out); break;
  }
  item.summary = s.rec->Summary();
  item.durable_ms = s.rec->durable_ms();
  if (st == RecorderStatus::kFinished) item.error = {"ERR_RECORDER_FINISHED", "Session already finished"};
  else if (st != RecorderStatus::kOk) item.error = {"ERR_RECORDER_INTERNAL", "Record pipeline failed"};
}

// Processes the session's queued items up to `ticket` (earlier pushes' items included, in order).
void Drain(SessionState& s, uint64_t ticket) {
  std::lock_guard<std::mutex> run(s.run_mu);
  for (;;) {
    std::shared_ptr<WorkItem> item;
    {
      std::lock_guard<std::mutex> q(s.queue_mu);
      if (s.queue.empty() || s.queue.front()->ticket > ticket) return;
      item = s.queue.front();
      s.queue.pop_front();
    }
    Process(s, *item);
    item->done = true;
  }
}

struct Job {
  std::shared_ptr<SessionState> session;
  std::shared_ptr<WorkItem> item;
};

// Shared by the workers of one push: the last one to finish resolves the promise.
struct PushJob {
  explicit PushJob(Napi::Env env) : deferred(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise::Deferred deferred;
  std::vector<Job> jobs;  // in first-appearance order of sessions
  size_t pending = 0;     // workers not yet completed (main thread only)
};

// Encoding is batch work; taking frames off the network is not. A pool thread running pushes yields
// to the main thread (gRPC intake, timers, the console), so under full load the backlog builds in
// the engine's queue, where it is measured, instead of as late arrivals. Linux applies nice per
// thread, and it is set once and kept: a lowered pool thread also runs the other pool work it picks
// up later (file and LevelDB I/O), which is batch work too.
void LowerThreadPriority() {
  thread_local bool lowered = false;
  if (lowered) return;
  lowered = true;
  setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5);
}

class PushWorker : public Napi::AsyncWorker {
 public:
  PushWorker(Napi::Env env, std::shared_ptr<PushJob> job, size_t begin, size_t end)
      : Napi::AsyncWorker(env, "callvault.record.push"), job_(std::move(job)), begin_(begin), end_(end) {}

  void Execute() override {
    LowerThreadPriority();
    for (size_t i = begin_; i < end_; ++i) {
      Job& j = job_->jobs[i];
      try {
        Drain(*j.session, j.item->ticket);
      } catch (const std::exception& e) {
        j.item->error = {"ERR_RECORDER_INTERNAL", e.what()};
      }
    }
  }
  void OnOK() override { Complete(); }
  void OnError(const Napi::Error&) override { Complete(); }

 private:
  void Complete() {
    if (--job_->pending > 0) return;
    Napi::Env env = Env();
    Napi::HandleScope scope(env);
    Napi::Array results = Napi::Array::New(env, job_->jobs.size());
    for (size_t i = 0; i < job_->jobs.size(); ++i) {
      const Job& j = job_->jobs[i];
      Napi::Object o = Napi::Object::New(env);
      o.Set("session", static_cast<double>(j.session->id));
      RecorderOutputToJs(env, o, j.item->out, j.item->summary, j.item->durable_ms);
      if (!j.item->error.ok()) {
        o.Set("error", MakeCodedError(env, j.item->error.code, j.item->error.message).Value());
      }
      results.Set(static_cast<uint32_t>(i), o);
    }
    job_->deferred.Resolve(results);
  }
  std::shared_ptr<PushJob> job_;
  size_t begin_, end_;
};

class FinishWorker : public PromiseWorker {
 public:
  FinishWorker(Napi::Env env, Job job) : PromiseWorker(env, "callvault.record.finish"), job_(std::move(job)) {}

 protected:
  void Run(CodedError* error) override {
    Drain(*job_.session, job_.item->ticket);
    *error = job_.item->error;
  }
  Napi::Value Result(Napi::Env env) override {
    Napi::Object o = Napi::Object::New(env);
    o.Set("session", static_cast<double>(job_.session->id));
    RecorderOutputToJs(env, o, job_.item->out, job_.item->summary, job_.item->durable_ms);
    return o;
  }

 private:
  Job job_;
};

class Engine : public Napi::ObjectWrap<Engine> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "RecordEngine",
                       {InstanceMethod<&Engine::Open>("open"), InstanceMethod<&Engine::Push>("push"),
                        InstanceMethod<&Engine::Pause>("pause"), InstanceMethod<&Engine::Resume>("resume"),
                        InstanceMethod<&Engine::Finish>("finish"), InstanceMethod<&Engine::Abort>("abort"),
                        InstanceMethod<&Engine::Close>("close"), InstanceMethod<&Engine::Count>("count"),
                        InstanceMethod<&Engine::SetComplexity>("setComplexity"),
                        StaticMethod<&Engine::LiveSessions>("liveSessions"),
                        StaticMethod<&Engine::FrameBytes>("frameBytes")});
  }
  explicit Engine(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Engine>(info) {}
  std::shared_ptr<std::atomic<int>> complexity_ = std::make_shared<std::atomic<int>>(-1);

 private:
  static RecorderConfig ParseConfig(Napi::Env env, Napi::Value value);
  std::shared_ptr<SessionState> Lookup(Napi::Env env, Napi::Value id, bool for_work);
  void CheckOpen(Napi::Env env) const {
    if (closed_) ThrowCoded(env, "ERR_RECORDER_CLOSED", "Expected an open engine but it is closed");
  }
  std::shared_ptr<WorkItem> Enqueue(SessionState& s, ItemKind kind) {
    auto item = std::make_shared<WorkItem>();
    item->kind = kind;
    item->ticket = s.next_ticket++;
    std::lock_guard<std::mutex> q(s.queue_mu);
    s.queue.push_back(item);
    return item;
  }

  Napi::Value Open(const Napi::CallbackInfo& info);
  Napi::Value Push(const Napi::CallbackInfo& info);
  Napi::Value Pause(const Napi::CallbackInfo& info) {
    Enqueue(*Lookup(info.Env(), info[0], true), ItemKind::kPause);
    return info.Env().Undefined();
  }
  Napi::Value Resume(const Napi::CallbackInfo& info) {
    Enqueue(*Lookup(info.Env(), info[0], true), ItemKind::kResume);
    return info.Env().Undefined();
  }
  Napi::Value Finish(const Napi::CallbackInfo& info) {
    std::shared_ptr<SessionState> s = Lookup(info.Env(), info[0], true);
    s->finishing = true;
    auto* worker = new FinishWorker(info.Env(), Job{s, Enqueue(*s, ItemKind::kFinish)});
    sessions_.erase(s->id);  // the worker keeps the state alive until it completes
    worker->Queue();
    return worker->Promise();
  }
  Napi::Value Abort(const Napi::CallbackInfo& info) {
    std::shared_ptr<SessionState> s = Lookup(info.Env(), info[0], false);
    s->aborted = true;
    sessions_.erase(s->id);
    return info.Env().Undefined();
  }
  Napi::Value Close(const Napi::CallbackInfo& info) {
    for (auto& kv : sessions_) kv.second->aborted = true;
    sessions_.clear();
    closed_ = true;
    return info.Env().Undefined();
  }
  // setComplexity(n): every session's Opus complexity, existing and new, from its next batch on.
  Napi::Value SetComplexity(const Napi::CallbackInfo& info) {
    CheckOpen(info.Env());
    if (!info[0].IsNumber()) ThrowCoded(info.Env(), "ERR_RECORDER_BAD_ARG", "Expected a number 0–10 for complexity");
    const double c = info[0].As<Napi::Number>().DoubleValue();
    if (!(c >= 0 && c <= 10) || c != static_cast<int>(c)) {
      ThrowCoded(info.Env(), "ERR_RECORDER_BAD_ARG", "Expected an integer 0–10 for complexity but received " + std::to_string(c));
    }
    complexity_->store(static_cast<int>(c));
    return info.Env().Undefined();
  }
  Napi::Value Count(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), static_cast<double>(sessions_.size()));
  }
  static Napi::Value LiveSessions(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), static_cast<double>(g_live_sessions.load()));
  }
  static Napi::Value FrameBytes(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), RecordSession::FrameBytes(ParseConfig(info.Env(), info[0])));
  }

  std::unordered_map<uint32_t, std::shared_ptr<SessionState>> sessions_;
  uint32_t next_id_ = 1;
  bool closed_ = false;
};

int IntField(Napi::Env env, Napi::Object o, const char* name, int fallback, int lo, int hi) {
  Napi::Value v = o.Get(name);
  if (v.IsUndefined()) return fallback;
  if (!v.IsNumber()) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", std::string("Expected a number for ") + name + " but received " + Describe(v));
  const double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= lo && d <= hi) || d != static_cast<double>(static_cast<int>(d))) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", std::string("Expected an integer in ") + std::to_string(lo) + ".." +
                                                std::to_string(hi) + " for " + name + " but received " + Describe(v));
  }
  return static_cast<int>(d);
}

RecorderConfig Engine::ParseConfig(Napi::Env env, Napi::Value value) {
  if (!value.IsObject()) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected an options object but received " + Describe(value));
  Napi::Object o = value.As<Napi::Object>();
  RecorderConfig c;
  Napi::Value id = o.Get("recordingId");
  if (!id.IsString() || id.As<Napi::String>().Utf8Value().empty() || id.As<Napi::String>().Utf8Value().size() > 255) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a 1..255 byte string for recordingId but received " + Describe(id));
  }
  c.recording_id = id.As<Napi::String>().Utf8Value();
  Napi::Value key = o.Get("dataKey");
  if (!key.IsBuffer() || key.As<Napi::Buffer<uint8_t>>().Length() != kRecorderKeyBytes) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a 32-byte Buffer for dataKey but received " + Describe(key));
  }
  std::memcpy(c.key, key.As<Napi::Buffer<uint8_t>>().Data(), kRecorderKeyBytes);
  const int codec = IntField(env, o, "codec", -1, 0, 2);
  c.codec = static_cast<InputCodec>(codec);
  c.sample_rate = IntField(env, o, "sampleRate", -1, 8000, 16000);
  c.frame_ms = IntField(env, o, "frameMs", 20, 10, 40);
  // Total of the two mono streams: 8 kb/s per leg for narrowband, 16 kb/s per leg for wideband.
  c.opus_bitrate = IntField(env, o, "opusBitrate", c.sample_rate >= 16000 ? 32000 : 16000, 6000, 256000);
  c.complexity = IntField(env, o, "complexity", 5, 0, 10);
  c.chunk_ms = IntField(env, o, "chunkMs", kDefaultChunkMs, 100, 2000);
  c.reorder_frames = IntField(env, o, "reorderFrames", 3, 0, 50);
  c.seq_bits = IntField(env, o, "seqBits", 32, 16, 32);
  Napi::Value features = o.Get("features");
  c.features = features.IsUndefined() ? true : features.ToBoolean().Value();
  if (!RecordSession::Valid(c)) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG",
               "Expected a supported codec/sampleRate/frameMs/chunkMs combination (pcmu/pcma at 8000 Hz, l16 at 8000 or "
               "16000 Hz; frameMs 10/20/30/40; chunkMs a multiple of 20) but received codec " +
                   std::to_string(codec) + " at " + std::to_string(c.sample_rate) + " Hz, frameMs " +
                   std::to_string(c.frame_ms) + ", chunkMs " + std::to_string(c.chunk_ms));
  }
  return c;
}

std::shared_ptr<SessionState> Engine::Lookup(Napi::Env env, Napi::Value id, bool for_work) {
  CheckOpen(env);
  if (!id.IsNumber()) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a session number but received " + Describe(id));
  auto it = sessions_.find(id.As<Napi::Number>().Uint32Value());
  if (it == sessions_.end()) {
    ThrowCoded(env, "ERR_RECORDER_UNKNOWN_SESSION", "No open session " + Describe(id));
  }
  if (for_work && it->second->finishing) ThrowCoded(env, "ERR_RECORDER_FINISHED", "Session is finishing");
  return it->second;
}

Napi::Value Engine::Open(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CheckOpen(env);
  RecorderConfig config = ParseConfig(env, info[0]);
  RecorderStatus status = RecorderStatus::kOk;
  std::vector<uint8_t> header;
  std::unique_ptr<RecordSession> rec = RecordSession::Create(config, &status, &header);
  if (!rec) ThrowCoded(env, status == RecorderStatus::kBadArg ? "ERR_RECORDER_BAD_ARG" : "ERR_RECORDER_INTERNAL", "Could not create the record session");
  auto s = std::make_shared<SessionState>(next_id_++);
  s->complexity_target = complexity_;
  s->frame_bytes = RecordSession::FrameBytes(config);
  s->rec = std::move(rec);
  sessions_.emplace(s->id, s);
  Napi::Object o = Napi::Object::New(env);
  o.Set("session", static_cast<double>(s->id));
  o.Set("header", Napi::Buffer<uint8_t>::Copy(env, header.data(), header.size()));
  o.Set("frameBytes", s->frame_bytes);
  return o;
}

Napi::Value Engine::Push(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  CheckOpen(env);
  if (!info[0].IsBuffer() || !info[1].IsTypedArray() ||
      info[1].As<Napi::TypedArray>().TypedArrayType() != napi_int32_array) {
    ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected (Buffer, Int32Array) for push but received " + Describe(info[0]));
  }
  auto data = info[0].As<Napi::Buffer<uint8_t>>();
  auto index = info[1].As<Napi::Int32Array>();
  if (index.ElementLength() % kIndexStride != 0) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected 5 index entries per frame");
  const size_t n = index.ElementLength() / kIndexStride;
  if (n == 0) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected at least one frame for push but received 0");
  if (n > kMaxBatchFrames || data.Length() > kMaxBatchBytes) {
    ThrowCoded(env, "ERR_RECORDER_TOO_LARGE", "Expected at most " + std::to_string(kMaxBatchFrames) + " frames and " +
                                                 std::to_string(kMaxBatchBytes) + " bytes per push but received " +
                                                 std::to_string(n) + " frames, " + std::to_string(data.Length()) + " bytes");
  }
  // Validate the whole batch before touching any session.
  std::unordered_map<uint32_t, size_t> slot_of;
  std::vector<std::pair<std::shared_ptr<SessionState>, std::vector<FrameRef>>> groups;
  const int32_t* ix = index.Data();
  for (size_t i = 0; i < n; ++i) {
    const int32_t* e = ix + i * kIndexStride;
    const uint32_t id = static_cast<uint32_t>(e[0]);
    size_t g;
    auto found = slot_of.find(id);
    if (found == slot_of.end()) {
      auto it = sessions_.find(id);
      if (it == sessions_.end()) ThrowCoded(env, "ERR_RECORDER_UNKNOWN_SESSION", "No open session " + std::to_string(id) + " (frame " + std::to_string(i) + ")");
      if (it->second->finishing) ThrowCoded(env, "ERR_RECORDER_FINISHED", "Session " + std::to_string(id) + " is finishing (frame " + std::to_string(i) + ")");
      g = groups.size();
      slot_of.emplace(id, g);
      groups.push_back({it->second, {}});
    } else {
      g = found->second;
    }
    const int frame_bytes = groups[g].first->frame_bytes;
    const int64_t offset = e[3], length = e[4];
    if (e[1] != 0 && e[1] != 1) ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected leg 0 or 1 for frame " + std::to_string(i) + " but received " + std::to_string(e[1]));
    if (length != frame_bytes) {
      ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected a " + std::to_string(frame_bytes) + "-byte payload for frame " +
                                                  std::to_string(i) + " but received " + std::to_string(length) + " bytes");
    }
    if (offset < 0 || offset + length > static_cast<int64_t>(data.Length())) {
      ThrowCoded(env, "ERR_RECORDER_BAD_ARG", "Expected frame " + std::to_string(i) + " inside the batch buffer");
    }
    groups[g].second.push_back({e[1], static_cast<uint32_t>(e[2]), static_cast<uint32_t>(offset), static_cast<uint32_t>(length)});
  }
  auto copy = std::make_shared<std::vector<uint8_t>>(data.Data(), data.Data() + data.Length());
  auto job = std::make_shared<PushJob>(env);
  for (auto& g : groups) {
    std::shared_ptr<WorkItem> item = std::make_shared<WorkItem>();
    item->frames = std::move(g.second);
    item->data = copy;
    item->ticket = g.first->next_ticket++;
    {
      std::lock_guard<std::mutex> q(g.first->queue_mu);
      g.first->queue.push_back(item);
    }
    job->jobs.push_back({g.first, item});
  }
  const size_t workers = std::min(kMaxWorkers, job->jobs.size());
  job->pending = workers;
  for (size_t w = 0; w < workers; ++w) {
    const size_t begin = job->jobs.size() * w / workers, end = job->jobs.size() * (w + 1) / workers;
    (new PushWorker(env, job, begin, end))->Queue();
  }
  return job->deferred.Promise();
}

}  // namespace

void InitRecorder(Napi::Env env, Napi::Object exports) {
  exports.Set("RecordEngine", Engine::Define(env));
}

}  // namespace callvault::binding
