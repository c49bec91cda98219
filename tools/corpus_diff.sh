#!/usr/bin/env bash
# Differential run of a folder of single-file Go programs: each is built and run with the
# real Go (results cached in $CACHE, keyed by the program's hash) and run with gint; stdout,
# exit code and stderr are compared.
# stderr is compared up to the first goroutine trace ("goroutine N [..."), whose frames differ
# (println output and panic messages are compared in full).
# Usage: tools/corpus_diff.sh DIR [FILE...]   (FILEs: only these names of DIR)
# Prints one line per program (PASS, FAIL with what differs, SKIP when Go cannot build it),
# then "N passed, N failed, N skipped". Diffs are kept in $OUT/NAME.{go,gint}.{out,err,code}.
# Env: GINT (default target/release/gint), GO (default $HOME/.go/bin/go), TIMEOUT (10s),
# CACHE (/tmp/corpus/cache), OUT (/tmp/corpus/out).
set -uo pipefail
GINT=${GINT:-target/release/gint}
GO=${GO:-$HOME/.go/bin/go}
TIMEOUT=${TIMEOUT:-10s}
CACHE=${CACHE:-/tmp/corpus/cache}
OUT=${OUT:-/tmp/corpus/out}
[ $# -ge 1 ] || { echo "usage: $0 DIR [FILE...]" >&2; exit 2; }
dir=$1; shift
mkdir -p "$CACHE" "$OUT"
GINT=$(realpath "$GINT")
if [ $# -gt 0 ]; then files=("$@"); else files=($(cd "$dir" && ls *.go)); fi
# stderr without the goroutine trace that follows a panic or fatal error.
trace_cut() { sed '/^goroutine [0-9]* \[/,$d'; }
pass=0 fail=0 skip=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in "${files[@]}"; do
    f=$dir/$name
    base=${name%.go}
    key=$(sha1sum < "$f" | cut -c1-16)
    c=$CACHE/$key
    if [ ! -f "$c.code" ]; then
        rm -rf "$work"/*
        cp "$f" "$work/$name"
        if (cd "$work" && "$GO" build -o prog "$name" > build.err 2>&1); then
            (cd "$work" && timeout "$TIMEOUT" ./prog > out 2> err < /dev/null)
            echo $? > "$work/code"
            cp "$work/out" "$c.out"; cp "$work/err" "$c.err"; cp "$work/code" "$c.code"
        else
            cp "$work/build.err" "$c.err"; : > "$c.out"; echo build > "$c.code"
        fi
    fi
    if [ "$(cat "$c.code")" = build ]; then
        echo "SKIP $name (go build fails: $(head -1 "$c.err"))"
        skip=$((skip + 1))
        continue
    fi
    g=$OUT/$base
    cp "$c.out" "$g.go.out"; cp "$c.err" "$g.go.err"; cp "$c.code" "$g.go.code"
    (cd "$dir" && timeout 60 "$GINT" run --timeout "$TIMEOUT" "$name" > "$g.gint.out" 2> "$g.gint.err" < /dev/null)
    echo $? > "$g.gint.code"
    why=""
    cmp -s "$g.go.out" "$g.gint.out" || why="$why stdout"
    [ "$(cat "$g.go.code")" = "$(cat "$g.gint.code")" ] || why="$why exit($(cat "$g.go.code")/$(cat "$g.gint.code"))"
    [ "$(trace_cut < "$g.go.err")" = "$(trace_cut < "$g.gint.err")" ] || why="$why stderr"
    if [ -z "$why" ]; then
        echo "PASS $name"
        pass=$((pass + 1))
    else
        echo "FAIL $name:$why | $(head -1 "$g.gint.err" | cut -c1-160)"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed, $skip skipped"
