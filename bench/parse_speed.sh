#!/usr/bin/env bash
# Parser throughput: `gint dump-ast --quiet` vs `gofmt -l` over the Go
# standard library (GOROOT/src, skipping any path with a /testdata/ component,
# i.e. the same file list as tools/parse_stdlib.sh).
#
# Both tools are run over identical batches of $BATCH files per process, one
# process at a time (sequential), so the numbers are comparable. Files are
# read once beforehand to warm the page cache. Errors reported by either tool
# are ignored (only speed is measured; use tools/parse_stdlib.sh for
# correctness). gofmt -l parses AND pretty-prints every file (to compare with
# the original), so it does somewhat more work than a pure parse.
#
# gofmt processes the files of one invocation concurrently; it is run with
# GOMAXPROCS=$GOFMT_PROCS (default 1) so that wall time is single-core like
# gint's. CPU time (user+sys) is the fairest comparison either way.
#
# Env:  GINT   gint binary   (default target/release/gint; row skipped if missing)
#       GO     go binary     (default $HOME/.go/bin/go; only `go env GOROOT` is used)
#       GOFMT  gofmt binary  (default $GOROOT/bin/gofmt)
#       BATCH  files per process (default 500)
#       GOFMT_PROCS  GOMAXPROCS for gofmt (default 1; set to "" for Go's default)
#       ONLY   "gint" or "gofmt" to run just one half
set -euo pipefail

GINT=${GINT:-target/release/gint}
GO=${GO:-$HOME/.go/bin/go}
BATCH=${BATCH:-500}
GOFMT_PROCS=${GOFMT_PROCS-1}
ONLY=${ONLY:-}

GOROOT_DIR=$("$GO" env GOROOT)
GOFMT=${GOFMT:-$GOROOT_DIR/bin/gofmt}

work=$(mktemp -d "${TMPDIR:-/tmp}/parse_speed.XXXXXX")
trap 'rm -rf "$work"' EXIT

find "$GOROOT_DIR/src" -type f -name '*.go' -not -path '*/testdata/*' -print0 |
    LC_ALL=C sort -z > "$work/files0"
nfiles=$(tr -cd '\0' < "$work/files0" | wc -c)
bytes=$(xargs -0 cat < "$work/files0" | wc -c)   # also warms the page cache

# timed NAME CMD... : run CMD over all batches sequentially; record
# "NAME wall user sys" in $work/times.
timed() {
    local name=$1; shift
    local TIMEFORMAT='%R %U %S' t
    t=$( { time xargs -0 -n "$BATCH" -P 1 "$@" < "$work/files0" > /dev/null 2>&1 || true; } 2>&1 )
    echo "$name $t" >> "$work/times"
}

: > "$work/times"
if [ "$ONLY" != gofmt ]; then
    if [ -x "$GINT" ]; then
        timed gint "$GINT" dump-ast --quiet
    else
        echo "parse_speed: gint binary not found: $GINT (skipping; set GINT= or ONLY=gofmt)" >&2
    fi
fi
if [ "$ONLY" != gint ]; then
    if [ -n "$GOFMT_PROCS" ]; then
        timed "gofmt" env GOMAXPROCS="$GOFMT_PROCS" "$GOFMT" -l
    else
        timed "gofmt" "$GOFMT" -l
    fi
fi

awk -v files="$nfiles" -v bytes="$bytes" -v batch="$BATCH" -v procs="${GOFMT_PROCS:-default}" '
    { name[NR] = $1; wall[NR] = $2; cpu[NR] = $3 + $4; idx[$1] = NR }
    END {
        mb = bytes / 1e6
        printf "%d files, %.1f MB (1 MB = 10^6 bytes), %d files per process, sequential; gofmt GOMAXPROCS=%s\n\n", files, mb, batch, procs
        printf "%-10s %7s %8s %8s %8s %10s %10s\n", "tool", "files", "MB", "wall_s", "cpu_s", "MB/s wall", "MB/s cpu"
        for (i = 1; i <= NR; i++) {
            label = name[i] == "gofmt" ? "gofmt -l" : "gint"
            printf "%-10s %7d %8.1f %8.2f %8.2f %10.1f %10.1f\n", label, files, mb, wall[i], cpu[i],
                (wall[i] > 0 ? mb / wall[i] : 0), (cpu[i] > 0 ? mb / cpu[i] : 0)
        }
        if (("gint" in idx) && ("gofmt" in idx)) {
            g = idx["gint"]; f = idx["gofmt"]
            printf "\nratio gint/gofmt time: wall %.2fx, cpu %.2fx  (<1 means gint is faster)\n",
                (wall[f] > 0 ? wall[g] / wall[f] : 0), (cpu[f] > 0 ? cpu[g] / cpu[f] : 0)
        }
    }' "$work/times"
