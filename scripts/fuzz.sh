#!/usr/bin/env bash
# Builds the libFuzzer harnesses (native/fuzz) in build-fuzz with clang and plain cmake (never the
# cmake-js build), generates seed recordings from the core recorder API, then runs each fuzzer for
# a bounded time. Exits non-zero on any crash, sanitizer report, leak or timeout, printing the
# reproducer path and the command that replays it.
#   FUZZ_SECONDS  seconds per target (default 30)
#   FUZZ_TARGETS  space-separated subset of: aead_reader ogg_reader analysis
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
targets="${FUZZ_TARGETS:-aead_reader ogg_reader analysis}"
build=build-fuzz

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: ERR_SYSTEM_DEPS: expected clang++ on PATH (scripts/ensure-system-deps.sh installs it)" >&2
  exit 1
fi
mkdir -p "$build"
# One fuzz build at a time in this tree (several agents or CI steps may run the suite at once).
exec 9>"$build/.lock"
flock 9

generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
build_log="$build/build.log"
if ! { [ -f "$build/CMakeCache.txt" ] ||
       CC=clang CXX=clang++ cmake -S . -B "$build" "${generator[@]}" -DCALLVAULT_FUZZ=ON -DCALLVAULT_TESTS=OFF \
         -DCMAKE_BUILD_TYPE=RelWithDebInfo; } >"$build_log" 2>&1 ||
   ! cmake --build "$build" -j 2 >>"$build_log" 2>&1; then
  tail -30 "$build_log" >&2
  echo "fuzz: building the fuzzers failed; log: $build_log" >&2
  exit 1
fi
mkdir -p "$build/seeds/aead_reader" "$build/seeds/ogg_reader"
"$build/make_fuzz_seeds" "$build/seeds/aead_reader" "$build/seeds/ogg_reader"

status=0
for target in $targets; do
  fuzzer="$build/${target}_fuzz"
  corpus="$build/corpus/$target"      # grows across local runs; libFuzzer writes new inputs here
  seeds="$build/seeds/$target"        # regenerated each run from the recorder
  artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  mkdir -p "$seeds"  # the analysis target starts from nothing: any bytes are PCM
  dirs=("$corpus" "$seeds")
  # Committed inputs (past crashes, kept as regressions) when there are any.
  if [ -d "native/fuzz/corpus/$target" ]; then dirs+=("native/fuzz/corpus/$target"); fi
  echo "fuzz: $target for ${seconds}s"
  log="$build/$target.log"
  set +e
  dict=()
  if [ -f "native/fuzz/$target.dict" ]; then dict=(-dict="native/fuzz/$target.dict"); fi
  "$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    "${dict[@]}" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "${dirs[@]}" >"$log" 2>&1
  rc=$?
  set -e
  grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" | sed 's/^/  /'
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "fuzz: $target FAILED (exit $rc); log: $log" >&2
    grep -E 'ERROR: |SUMMARY: |runtime error: ' "$log" | head -5 >&2 || true
    for reproducer in $(grep -oE 'Test unit written to .*' "$log" | sed 's/Test unit written to //'); do
      echo "fuzz: reproducer: $reproducer   replay: $fuzzer $reproducer" >&2
    done
  fi
done
exit "$status"
