#!/usr/bin/env bash
# Print the diagnostics `go build` (gc) gives for single-file programs, in the
# normalized form used by testdata/parse/err_*.err: directory prefix removed,
# file name replaced by FILE, "# command-line-arguments" lines dropped.
#
#   tools/gc_errs.sh FILE.go...           print normalized diagnostics
#   tools/gc_errs.sh --write FILE.go...   (re)write FILE.err next to each file
#   tools/gc_errs.sh --check FILE.go...   compare with existing FILE.err; exit 1 on mismatch
#
# Env: GO  go binary (default $HOME/.go/bin/go)
set -euo pipefail
GO=${GO:-$HOME/.go/bin/go}
mode=print
case ${1:-} in --write|--check) mode=${1#--}; shift ;; esac
[ $# -gt 0 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gc_errs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "$@"; do
    cp "$f" "$tmp/x.go"
    # -o /dev/null: build only. Errors may come from cmd/go's own header scan
    # ("x.go:1:1: expected 'package', ...") or from gc ("./x.go:...").
    out=$(cd "$tmp" && "$GO" build -o /dev/null x.go 2>&1 | grep -v '^# ' | sed -E 's#^(\./)?x\.go:#FILE:#' || true)
    case $mode in
        print) [ $# -gt 1 ] && echo "== $f"; [ -n "$out" ] && printf '%s\n' "$out" ;;
        write) if [ -n "$out" ]; then printf '%s\n' "$out" > "${f%.go}.err"; else : > "${f%.go}.err"; fi ;;
        check)
            want=$(cat "${f%.go}.err" 2>/dev/null || echo "(missing ${f%.go}.err)")
            if [ "$out" != "$want" ]; then
                status=1
                echo "MISMATCH $f"; diff <(printf '%s\n' "$want") <(printf '%s\n' "$out") | sed 's/^/    /' || true
            fi ;;
    esac
done
exit $status
