#!/usr/bin/env bash
# Structural rules from STYLE.md that a compiler does not check.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rln 'napi\.h' native/core; then
  echo "lint: native/core must not include napi.h (files above)" >&2; status=1
fi
# Files under ~400 lines (generated code excepted).
while IFS= read -r f; do
  [ -f "$f" ] || continue # deleted in the work tree, not yet committed
  n=$(wc -l < "$f")
  if [ "$n" -gt 450 ]; then echo "lint: $f has $n lines (limit ~400)" >&2; status=1; fi
done < <(git ls-files --cached --others --exclude-standard -- 'src/*.ts' 'test/*.ts' 'bench/*.ts' 'native/*.cc' 'native/*.h' 'scripts/*' | grep -v '^src/generated/')
# No import cycles between TypeScript modules.
if ! npx --no-install madge --circular --extensions ts --ts-config tsconfig.json src >/tmp/callvault-madge.txt 2>&1; then
  cat /tmp/callvault-madge.txt >&2; echo "lint: import cycle found" >&2; status=1
fi
exit $status
