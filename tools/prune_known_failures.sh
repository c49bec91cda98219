#!/usr/bin/env bash
# Removes from the KNOWN_FAILURES lists the cases the golden harness reports as passing
# ("unexpected success: remove NAME from PATH"), after a change fixed them.
#   tools/prune_known_failures.sh [FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test golden < /dev/null -- ${1:-} 2>&1 | sed -n 's/^unexpected success: remove \([^ ]*\) from \(.*\)$/\1 \2/p' | sort -u |
while read -r name file; do
    grep -v -E "^${name}([[:space:]]|#|$)" "$file" > "$file.tmp" || true
    mv "$file.tmp" "$file"
    echo "pruned $name from $file"
done
