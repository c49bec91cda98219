#!/usr/bin/env bash
# Runs benchmark programs with gint (release build) and, when the Go toolchain is there,
# with compiled Go, and prints a table: whether gint's stdout and exit code match Go's,
# the median CPU time (user+sys) of RUNS runs of each, their ratio, and gint's peak memory.
#
#   bench/run.sh [DIR_OR_FILE ...]     default: ../shared/bench (the team's agreed programs)
#
# Env: RUNS (default 5), GINT (a gint binary to use instead of building one), GO (default $HOME/.go/bin/go; set GO= to time gint alone).
# Programs that gint refuses (`unsupported: …`) show as "refused" without timings.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
GO=${GO-$HOME/.go/bin/go}
[ -x "$GO" ] || GO=""
if [ -z "${GINT:-}" ]; then
    cargo build --release --quiet < /dev/null
    GINT=$PWD/target/release/gint
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(../shared/bench)
files=()
for p in "${paths[@]}"; do
    if [ -d "$p" ]; then files+=("$p"/*.go); else files+=("$p"); fi
done

# median CPU seconds and max peak KiB of RUNS runs of "$@": prints "cpu peak"
measure() {
    : > "$dir/runs"
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$dir/time" -f "%U %S %M" "$@" > /dev/null 2>&1 || true
        awk '{ print $1 + $2, $3 }' "$dir/time" >> "$dir/runs"
    done
    sort -n "$dir/runs" | awk '{ cpu[NR] = $1; if ($2 > peak) peak = $2 }
        END { print cpu[int((NR + 1) / 2)], peak }'
}

printf '%-24s %-8s %10s %10s %8s %10s\n' program output gint_cpu go_cpu ratio gint_MiB
for f in "${files[@]}"; do
    name=$(basename "$f" .go)
    set +e
    "$GINT" run "$f" > "$dir/gint.out" 2> "$dir/gint.err"
    gint_rc=$?
    set -e
    if grep -q 'unsupported: ' "$dir/gint.err"; then
        printf '%-24s %-8s\n' "$name" refused
        continue
    fi
    verdict=-
    if [ -n "$GO" ]; then
        "$GO" build -o "$dir/prog" "$f"
        set +e
        "$dir/prog" > "$dir/go.out" 2> /dev/null
        go_rc=$?
        set -e
        if cmp -s "$dir/gint.out" "$dir/go.out" && [ "$gint_rc" = "$go_rc" ]; then verdict=same; else verdict=DIFFERS; fi
    fi
    read -r g_cpu g_peak < <(measure "$GINT" run "$f")
    if [ -n "$GO" ]; then
        read -r go_cpu _ < <(measure "$dir/prog")
        ratio=$(awk -v a="$g_cpu" -v b="$go_cpu" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
    else
        go_cpu=- ratio=-
    fi
    printf '%-24s %-8s %10s %10s %8s %10.1f\n' "$name" "$verdict" "$g_cpu" "$go_cpu" "$ratio" "$(awk -v k="$g_peak" 'BEGIN { print k / 1024 }')"
done
