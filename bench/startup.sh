#!/usr/bin/env bash
# Start-up cost of gint: runs small programs that do (almost) nothing but import a package,
# and prints the median CPU time (user+sys, from the kernel's accounting of each child
# process) of RUNS runs of each, and its peak resident memory (from /usr/bin/time).
#
#   bench/startup.sh            # gint from a release build of this checkout
#   GINT=/path/to/gint BASE=/path/to/other/gint bench/startup.sh   # compare two binaries
#
# Env: RUNS (default 21), GINT (binary to time; default: build and use target/release/gint),
# BASE (a second binary, shown beside GINT with the ratio GINT/BASE).
# The programs: /work/shared/bench/hello.go if present (else an equivalent), an empty main,
# and `import _ "P"` for a few standard packages.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
if [ -z "${GINT:-}" ]; then
    cargo build --release --quiet < /dev/null
    GINT=$PWD/target/release/gint
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

if [ -f ../shared/bench/hello.go ]; then
    cp ../shared/bench/hello.go "$dir/hello.go"
else
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, checksum: 42")\n}\n' > "$dir/hello.go"
fi
printf 'package main\n\nfunc main() {}\n' > "$dir/empty.go"
progs=("$dir/hello.go" "$dir/empty.go")
for p in fmt strings os time encoding/json reflect sort sync unicode strconv; do
    f="$dir/import_${p//\//_}.go"
    printf 'package main\n\nimport _ "%s"\n\nfunc main() {}\n' "$p" > "$f"
    progs+=("$f")
done

RUNS=$RUNS GINT=$GINT BASE=${BASE:-} python3 - "${progs[@]}" <<'EOF'
import os, statistics, subprocess, sys

runs = int(os.environ["RUNS"])
bins = [os.environ["GINT"]] + ([os.environ["BASE"]] if os.environ.get("BASE") else [])

def measure(binary, prog):
    """Median CPU ms of `binary run prog` over `runs` runs (after one warm-up), and its peak
    MiB. CPU comes from wait4's accounting of the child; the peak from /usr/bin/time, since a
    child forked from this Python starts out with Python's resident pages in its peak."""
    cpus = []
    for i in range(runs + 1):
        p = subprocess.Popen([binary, "run", prog], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{binary} run {prog}: exit {os.waitstatus_to_exitcode(status)}")
        if i > 0:
            cpus.append((ru.ru_utime + ru.ru_stime) * 1000)
    peak = 0
    for _ in range(3):
        out = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "run", prog],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
        peak = max(peak, int(out.strip().splitlines()[-1]) / 1024)
    return statistics.median(cpus), peak

head = f"{'program':22s} {'cpu_ms':>8s} {'peak_MiB':>9s}"
if len(bins) > 1:
    head += f" {'base_cpu_ms':>12s} {'base_MiB':>9s} {'cpu_ratio':>9s}"
print(head)
for prog in sys.argv[1:]:
    name = os.path.basename(prog)[:-3]
    row = [measure(b, prog) for b in bins]
    line = f"{name:22s} {row[0][0]:8.1f} {row[0][1]:9.1f}"
    if len(row) > 1:
        line += f" {row[1][0]:12.1f} {row[1][1]:9.1f} {row[0][0] / row[1][0]:9.2f}"
    print(line, flush=True)
EOF
