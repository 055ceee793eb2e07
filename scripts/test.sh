#!/usr/bin/env bash
# The whole test suite: structure lint, ctest (native core), fuzzers (bounded), node:test (TS).
# Runs after `npm run build` (npm test does both). Fails if a stage finds no tests at all: a CI run
# that executes nothing must not pass.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lint.sh
echo "== ctest (native core)"
ctest --test-dir build --output-on-failure --no-tests=error
if [ -x scripts/fuzz.sh ]; then
  echo "== fuzzers (bounded)"
  bash scripts/fuzz.sh
fi
echo "== node:test"
mapfile -t files < <(find dist -name '*.test.js' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no compiled test files under dist/ — did the TypeScript build run?" >&2
  exit 1
fi
echo "${#files[@]} test files"
mkdir -p test-output
node --test --test-timeout=600000 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=test-output/node-test.tap "${files[@]}"
