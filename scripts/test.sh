#!/usr/bin/env bash
# The whole test suite: structure lint, ctest (native core), fuzzers (bounded), node:test (TS).
# Runs after `npm run build` (npm test does both).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lint.sh
echo "== ctest (native core)"
ctest --test-dir build --output-on-failure
if [ -x scripts/fuzz.sh ]; then
  echo "== fuzzers (bounded)"
  bash scripts/fuzz.sh
fi
echo "== node:test"
node --test --test-timeout=600000 dist/
