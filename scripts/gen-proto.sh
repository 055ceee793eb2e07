#!/usr/bin/env bash
# Generates TypeScript (ts-proto, grpc-js services) from proto/ into src/generated/, offline:
# buf (binary shipped in @bufbuild/buf) runs the local ts-proto plugin; no protoc, no network.
# The output is committed; never edit it by hand — change the .proto and re-run this script.
set -euo pipefail
cd "$(dirname "$0")/.."
BUF=node_modules/.bin/buf
PLUGIN=node_modules/.bin/protoc-gen-ts_proto
[ -x "$BUF" ] || { echo "gen-proto: $BUF missing (npm ci)" >&2; exit 1; }
[ -x "$PLUGIN" ] || { echo "gen-proto: $PLUGIN missing (npm ci)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/buf.gen.yaml" <<YAML
version: v2
plugins:
  - local: $PWD/$PLUGIN
    out: $PWD/src/generated
    opt:
      - outputServices=grpc-js
      - esModuleInterop=true
      - env=node
      - useDate=true
      - importSuffix=.js
      - forceLong=number
      - oneof=unions-value
      - useOptionals=none
YAML
rm -rf src/generated
mkdir -p src/generated
"$BUF" generate proto --template "$tmp/buf.gen.yaml"
echo "gen-proto: wrote $(find src/generated -name '*.ts' | wc -l) file(s) into src/generated/"
