#!/usr/bin/env bash
# Makes the goldens of testdata/run cases with the real Go toolchain: builds each program,
# runs the binary, and writes its standard output to NAME.out and, when it is not 0, its
# exit status to NAME.exit. `--write` writes them; without it, prints what would change.
# Env: GO (default $HOME/.go/bin/go).
set -euo pipefail
GO=${GO:-$HOME/.go/bin/go}
write=0
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
[ $# -gt 0 ] || set -- testdata/run/*.go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$@"; do
    cp "$f" "$tmp/prog.go"
    (cd "$tmp" && "$GO" build -o prog prog.go)
    set +e
    (cd "$tmp" && ./prog > out 2> err)
    code=$?
    set -e
    base=${f%.go}
    if [ $write = 1 ]; then
        cp "$tmp/out" "$base.out"
        if [ $code -ne 0 ]; then echo "$code" > "$base.exit"; else rm -f "$base.exit"; fi
    else
        diff -u "$base.out" "$tmp/out" || true
    fi
done
