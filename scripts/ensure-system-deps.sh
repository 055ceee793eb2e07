#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, only when something is missing.
# Called by `npm run build` (and so by `npm start` and `npm test`): nothing is installed by hand.
set -euo pipefail

missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_pc() { pkg-config --exists "$1" 2>/dev/null || missing+=("$2"); }

need_cmd pkg-config pkg-config
need_cmd cmake cmake
need_cmd g++ g++
need_cmd clang clang            # libFuzzer harnesses
# libFuzzer and sanitizer runtimes (Debian ships them apart from clang since LLVM 14).
[ -e "$(clang --print-runtime-dir 2>/dev/null)/libclang_rt.fuzzer-x86_64.a" ] || missing+=(libclang-rt-dev)
need_cmd espeak-ng espeak-ng    # synthetic speech for VAD/feature/emotion tests and the simulator
need_cmd sox sox                # resampling, G.711 encoding of fixtures
need_cmd chromium chromium      # console browser tests
need_cmd openssl openssl        # self-signed console certificate, site PKI in appliance/install.sh
if command -v pkg-config >/dev/null 2>&1; then
  need_pc opus libopus-dev
  need_pc libcrypto libssl-dev  # ctest binaries link the system libcrypto (same 3.0 ABI as Node's)
else
  missing+=(libopus-dev libssl-dev)
fi
dpkg -s libsox-fmt-all >/dev/null 2>&1 || missing+=(libsox-fmt-all)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)  # Chinese glyphs in console screenshots

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "callvault: installing system packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "callvault: ERR_SYSTEM_DEPS: need root to apt-get install ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
