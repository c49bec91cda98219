#!/usr/bin/env bash
# Type-checking speed: `gint check` vs `go vet` on a generated program of about N lines
# (bench/gen_big_program.py; default 20,000), best of 5 runs each, CPU time (user+sys).
# Env: GINT (default target/release/gint), GO (default $HOME/.go/bin/go), LINES.
set -euo pipefail
cd "$(dirname "$0")/.."
GINT=${GINT:-target/release/gint}
GO=${GO:-$HOME/.go/bin/go}
LINES=${LINES:-20000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/gen_big_program.py "$LINES" > "$dir/big.go"
n=$(wc -l < "$dir/big.go")
best() { # best CPU seconds of 5 runs of "$@"
    local best=999999
    for _ in 1 2 3 4 5; do
        local t
        /usr/bin/time -o "$dir/time" -f "%U %S" "$@" >/dev/null 2>&1 || true
        t=$(awk '{print $1 + $2}' "$dir/time")
        best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
    done
    echo "$best"
}
"$GINT" check "$dir/big.go"
gint_s=$(best "$GINT" check "$dir/big.go")
# go vet type-checks too (and runs its analyzers); warm its cache first.
(cd "$dir" && "$GO" vet big.go)
vet_s=$(cd "$dir" && best "$GO" vet big.go)
printf '%-10s %8s %10s %14s\n' tool lines cpu_s lines_per_s
awk -v n="$n" -v g="$gint_s" -v v="$vet_s" 'BEGIN {
    printf "%-10s %8d %10.3f %14.0f\n", "gint", n, g, n / g
    printf "%-10s %8d %10.3f %14.0f\n", "go vet", n, v, n / v
}'
