#!/usr/bin/env bash
# Rewrite the `// ERROR "msg" ...` comments of testdata/check cases from gc's diagnostics
# (Go's errorcheck convention): each file is copied to a temp dir as x.go and built with
# `go build -gcflags=-e -o /dev/null x.go`; existing `// ERROR ...` comments are stripped and
# ` // ERROR "m1" "m2"` is appended to every line gc reports, messages in gc's order.
# A tab-indented continuation line joins the previous message with "\n"; a tab-indented
# position line (`\t./x.go:L:C: other declaration of x`) is a label and is dropped.
#
#   tools/check_errs.sh FILE.go...           print a diff of what would change
#   tools/check_errs.sh --write FILE.go...   rewrite the files in place
#
# Env: GO  go binary (default $HOME/.go/bin/go). Exit status 1 if a diff was printed.
set -euo pipefail
GO=${GO:-$HOME/.go/bin/go}
write=0
case ${1:-} in --write) write=1; shift ;; esac
[ $# -gt 0 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check_errs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0
for f in "$@"; do
    cp "$f" "$tmp/x.go"
    (cd "$tmp" && "$GO" build -gcflags=-e -o /dev/null x.go > "$tmp/out" 2>&1) || true
    python3 - "$f" "$tmp/out" > "$tmp/new.go" <<'PY'
import re, sys

src_path, out_path = sys.argv[1], sys.argv[2]
pos = re.compile(r'^(?:\./)?x\.go:(\d+):(\d+): (.*)$')
label = re.compile(r'^\t(?:\./)?x\.go:\d+:\d+: ')
msgs = {}      # line -> [message]
last = None    # the message list and index a continuation line extends
for raw in open(out_path, encoding='utf-8').read().splitlines():
    if raw.startswith('# '):
        continue
    m = pos.match(raw)
    if m:
        line = int(m.group(1))
        msgs.setdefault(line, []).append(m.group(3))
        last = (line, len(msgs[line]) - 1)
    elif raw.startswith('\t') and not label.match(raw):
        if last is None:
            sys.exit(f'{src_path}: continuation line before any message: {raw!r}')
        line, i = last
        msgs[line][i] += '\n' + raw
    elif label.match(raw):
        continue
    elif raw.strip():
        sys.exit(f'{src_path}: unexpected go build output: {raw!r}')

def quote(s):
    q = s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t')
    return '"' + q.replace('./x.go:', 'FILE.go:') + '"'

text = open(src_path, encoding='utf-8').read()
lines = text.split('\n')
for n in msgs:
    if n > len(lines):
        sys.exit(f'{src_path}: gc reports line {n}, past the end of the file')
out = []
for i, body in enumerate(lines, 1):
    at = body.find('// ERROR ')
    if at >= 0:
        body = body[:at].rstrip()
    if i in msgs:
        body += ' // ERROR ' + ' '.join(quote(m) for m in msgs[i])
    out.append(body)
sys.stdout.write('\n'.join(out))
PY
    if [ $write = 1 ]; then
        cmp -s "$f" "$tmp/new.go" || cp "$tmp/new.go" "$f"
    elif ! diff -u --label "$f" --label "$f (gc)" "$f" "$tmp/new.go"; then
        status=1
    fi
done
exit $status
