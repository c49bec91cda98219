#!/usr/bin/env bash
# Parse every .go file of the Go standard library (GOROOT/src, skipping any
# path with a /testdata/ component) with `gint dump-ast --quiet` and report
#   parsed N/M files
# followed by the first $SHOW failures with their first error line.
#
# A file counts as parsed when gint reports no error line for it and the
# process it ran in exited 0 (or every non-zero exit is explained by error
# lines naming other files of the batch).
#
# Env:  GINT   gint binary            (default target/release/gint)
#       GO     go binary              (default $HOME/.go/bin/go; only `go env GOROOT` is used)
#       BATCH  files per gint process (default 200)
#       JOBS   parallel processes     (default 2)
#       SHOW   failures listed        (default 20)
#       PERFILE=1  run gint once per file (slow, no attribution heuristics)
# Exit status: 0 if every file parsed, 1 otherwise, 2 on setup errors.
set -euo pipefail

GINT=${GINT:-target/release/gint}
GO=${GO:-$HOME/.go/bin/go}
BATCH=${BATCH:-200}
JOBS=${JOBS:-2}
SHOW=${SHOW:-20}
PERFILE=${PERFILE:-0}

if [ ! -x "$GINT" ]; then
    echo "parse_stdlib: gint binary not found or not executable: $GINT" >&2
    echo "  (cargo build --release, or set GINT=path/to/gint)" >&2
    exit 2
fi
case $GINT in /*) ;; *) GINT=$PWD/$GINT ;; esac
GOROOT_DIR=$("$GO" env GOROOT) || { echo "parse_stdlib: '$GO env GOROOT' failed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/parse_stdlib.XXXXXX")
trap 'rm -rf "$work"' EXIT

find "$GOROOT_DIR/src" -type f -name '*.go' -not -path '*/testdata/*' | LC_ALL=C sort > "$work/files"
M=$(wc -l < "$work/files")
if [ "$M" -eq 0 ]; then echo "parse_stdlib: no .go files under $GOROOT_DIR/src" >&2; exit 2; fi

# run_batch FILE... : run gint on one batch; leave args, stderr and exit code
# in a fresh directory under $work/b.
run_batch() {
    local d
    d=$(mktemp -d "$work/b/XXXXXXXX")
    printf '%s\n' "$@" > "$d/files"
    local rc=0
    "$GINT" dump-ast --quiet "$@" > /dev/null 2> "$d/err" || rc=$?
    echo "$rc" > "$d/rc"
}

# run_one FILE : exact per-file check; appends "file<TAB>first error line"
# to $work/fail.<pid> when the file fails.
run_one() {
    local f=$1 rc=0 first
    "$GINT" dump-ast --quiet "$f" > /dev/null 2> "$work/one.$$" || rc=$?
    if [ "$rc" -ne 0 ] || [ -s "$work/one.$$" ]; then
        first=$(grep -m1 . "$work/one.$$" || true)
        [ -n "$first" ] || first="(exit status $rc, no error output)"
        [ "$rc" -ge 128 ] && first="(killed by signal $((rc - 128))) $first"
        printf '%s\t%s\n' "$f" "$first" >> "$work/fail.$$"
    fi
    rm -f "$work/one.$$"
}
export -f run_batch run_one
export GINT work

start=$(date +%s.%N)
mkdir -p "$work/b"
: > "$work/retry"
if [ "$PERFILE" = 1 ]; then
    cp "$work/files" "$work/retry"
else
    tr '\n' '\0' < "$work/files" | xargs -0 -n "$BATCH" -P "$JOBS" bash -c 'run_batch "$@"' _

    # Attribute stderr lines ("path:line:col: msg") to files of each batch.
    # A batch whose output cannot be fully attributed (crash, panic, signal,
    # non-zero exit without error lines) is re-run file by file.
    for d in "$work"/b/*/; do
        rc=$(cat "$d/rc")
        awk -v rc="$rc" -v out="$work/fail.batch" -v retry="$work/retry" '
            FNR == NR { inbatch[$0] = 1; order[++n] = $0; next }
            {
                if (match($0, /:[0-9]+:[0-9]+: /)) {
                    f = substr($0, 1, RSTART - 1)
                    if (f in inbatch) { if (!(f in first)) first[f] = $0; next }
                }
                if ($0 != "") unattributed++
            }
            END {
                nf = 0; for (f in first) nf++
                if (unattributed > 0 || rc >= 128 || (rc != 0 && nf == 0)) {
                    for (i = 1; i <= n; i++) print order[i] >> retry
                } else {
                    for (i = 1; i <= n; i++)
                        if (order[i] in first) print order[i] "\t" first[order[i]] >> out
                }
            }' "$d/files" "$d/err"
    done
fi
if [ -s "$work/retry" ]; then
    nretry=$(wc -l < "$work/retry")
    [ "$PERFILE" = 1 ] || echo "parse_stdlib: re-running $nretry files one by one (unattributed output or crash in their batch)" >&2
    tr '\n' '\0' < "$work/retry" | xargs -0 -n 1 -P "$JOBS" bash -c 'run_one "$1"' _
fi
end=$(date +%s.%N)

# Merge failures, keep file-list order.
cat "$work"/fail.* 2>/dev/null > "$work/failures" || true
awk -F '\t' 'FNR == NR { fail[$1] = $2; next } ($0 in fail) { print $0 "\t" fail[$0] }' \
    "$work/failures" "$work/files" > "$work/failures.sorted"
nfail=$(wc -l < "$work/failures.sorted")
N=$((M - nfail))

printf 'parsed %d/%d files' "$N" "$M"
awk -v s="$start" -v e="$end" 'BEGIN { printf " in %.1fs\n", e - s }'
if [ "$nfail" -gt 0 ]; then
    echo "first $(( nfail < SHOW ? nfail : SHOW )) of $nfail failures:"
    head -n "$SHOW" "$work/failures.sorted" | while IFS=$'\t' read -r f msg; do
        printf "  %s\n      %s\n" "${f#"$GOROOT_DIR"/}" "${msg#"$GOROOT_DIR"/}"
    done
    exit 1
fi
