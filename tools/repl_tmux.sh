#!/usr/bin/env bash
# Drives `gint repl` in a real terminal through tmux (send-keys / capture-pane) and checks
# what only a terminal shows: multi-line input with the `...` prompt, history (Up, Ctrl-R,
# kept in ~/.gint_history across sessions), tab completion, Ctrl-C cancelling an input and
# interrupting a running loop without leaving the REPL, Ctrl-D quitting.
# Usage: tools/repl_tmux.sh   (GINT=path/to/gint; skipped, exit 0, when tmux is absent)
set -euo pipefail
GINT=${GINT:-target/release/gint}
if ! command -v tmux >/dev/null; then
	echo "repl_tmux: tmux not found: skipped"
	exit 0
fi
GINT=$(realpath "$GINT")
S=gint-repl-$$
HOME_DIR=$(mktemp -d)
# A private server of our own, run in the foreground (-D, tmux >= 3.2) in the background:
# tmux's usual daemon() needs /dev/null to be a device, which some sandboxes lack.
tmux -L "$S" -D >/dev/null 2>&1 &
SERVER=$!
t() { tmux -L "$S" "$@"; }
cleanup() {
	t kill-server 2>/dev/null || true
	kill "$SERVER" 2>/dev/null || true
	rm -rf "$HOME_DIR"
}
trap cleanup EXIT
for _ in $(seq 1 50); do t ls >/dev/null 2>&1 && break; t start-server 2>/dev/null || true; sleep 0.05; done

start() {
	t new-session -d -s "$S" -x 120 -y 50 "env HOME=$HOME_DIR NO_COLOR=1 $GINT repl; sleep 5"
	see 1 'gint>'
}
screen() { t capture-pane -p -t "$S"; }
# see N TEXT: wait until TEXT is on the screen N times.
see() {
	for _ in $(seq 1 200); do
		if [ "$(screen | grep -cF -- "$2" || true)" -ge "$1" ]; then return 0; fi
		sleep 0.05
	done
	echo "FAIL: expected $1× '$2' on the screen:"
	screen
	exit 1
}
keys() { t send-keys -t "$S" "$@"; }
# finish TEXT: types TEXT at the cursor, then Enter.
finish() {
	t send-keys -t "$S" -l "$1"
	t send-keys -t "$S" Enter
}
# ready: wait until the last line on the screen is an empty prompt.
ready() {
	for _ in $(seq 1 200); do
		case "$(screen | grep -v '^$' | tail -1)" in
		'gint>' | '...') return 0 ;;
		esac
		sleep 0.05
	done
	echo "FAIL: no prompt:"
	screen
	exit 1
}
# line TEXT…: types each TEXT literally (tmux would read `{`/`}` as its own syntax), Enter after each.
# Each waits for an empty prompt first: rustyline drops what was typed while an input ran.
line() {
	for l in "$@"; do
		ready
		t send-keys -t "$S" -l "$l"
		t send-keys -t "$S" Enter
	done
}

start
echo "- multi-line input"
line 'func sq(n int) int {'
see 1 '...'
line 'return n * n' '}' 'sq(7)'
see 1 '49 int'

echo "- history: Up recalls the last input"
ready
keys Up BSpace BSpace
finish '9)'
see 1 '81 int'

echo "- history: Ctrl-R searches it"
ready
keys C-r
t send-keys -t "$S" -l 'sq(9'
keys Enter
see 2 '81 int'

echo "- completion of a package member"
ready
t send-keys -t "$S" -l 'strings.Repe'
keys Tab
finish '("go", 2)'
see 1 '"gogo" string'

echo "- completion of a session name"
line 'longname := 5'
ready
t send-keys -t "$S" -l 'longn'
keys Tab
finish ' + 1'
see 1 '6 int'

echo "- Ctrl-C cancels the input being typed"
line 'func broken() {'
see 2 '...'
prompts=$(screen | grep -c '^gint>' || true)
keys C-c
# A fresh prompt, not the `...` one still on the screen, before typing on.
see $((prompts + 1)) 'gint>'
line 'sq(4)'
see 1 '16 int'

echo "- Ctrl-C interrupts a running loop; the session goes on"
line 'n := 0' 'for { n++ }'
sleep 0.5
keys C-c
see 1 'interrupted'
line 'n > 0'
see 1 'true bool'

echo "- Ctrl-D quits and saves the history"
ready
keys C-d
for _ in $(seq 1 100); do grep -qF 'sq(7)' "$HOME_DIR/.gint_history" 2>/dev/null && break; sleep 0.05; done
grep -qF 'sq(7)' "$HOME_DIR/.gint_history" || { echo "FAIL: history not saved"; exit 1; }
t kill-session -t "$S" 2>/dev/null || true

echo "- history kept across sessions"
start
ready
keys Up
see 1 'n > 0'
keys C-d
echo "repl_tmux: PASS"
