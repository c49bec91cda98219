#!/usr/bin/env bash
# Runs the Go distribution's own Example functions under `gint test` and counts how many pass.
#
# For each standard package gint provides (a folder of stdlib/, or the packages named on the
# command line), copies the package's `example*_test.go` files (as `go list` selects them for
# this platform, so build constraints hold) into a scratch module made with mktemp, plus the
# few helpers some of them need (the `helpers` function), and runs there, with `-run '^Example'`:
#   - the real `go test -json` (the oracle: which examples exist, and which pass under Go);
#   - `gint test --json`.
# Examples without an `// Output:` comment are compiled but not run, as go test does, so they
# are not counted. A package whose example files gint cannot compile counts all its examples
# as failed. Prints per package: examples found, passed under gint, failed, (passed under Go
# when not all), then the total and the percentage; `-v` also lists each failure with its
# reason (the first differing line, the panic, or the first compile error).
#
# Usage: tools/std_examples.sh [-v] [PKG...]
# Env: GINT (default target/release/gint), GO (default $HOME/.go/bin/go), TIMEOUT (per
# package, default 60s), KEEP=1 keeps the scratch folder (its path is printed).
set -uo pipefail
cd "$(dirname "$0")/.."
GINT=$(realpath "${GINT:-target/release/gint}")
GO=${GO:-$HOME/.go/bin/go}
TIMEOUT=${TIMEOUT:-60s}
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
if [ $# -gt 0 ]; then
    pkgs=("$@")
else
    mapfile -t pkgs < <(cd stdlib && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
fi
goroot=$("$GO" env GOROOT)

# Helpers some example files take from other test files of their package, whose other
# contents cannot be copied (context's x_test.go calls the internal package's tests): the
# declaration is extracted from Go's sources at run time.
helpers() { # PKG DIR
    case $1 in
    context)
        { printf 'package context_test\n\nimport "time"\n\nconst '
          grep -m1 -E '^\s*shortDuration\s*=' "$goroot/src/context/x_test.go"; } > "$2/helpers_test.go" ;;
    esac
}
# Environment a package's examples assume: time's internal tests force the local zone to
# US Pacific (ForceUSPacificForTesting), and its examples print times in it.
declare -A PKG_ENV=(
    [time]="TZ=America/Los_Angeles"
)

scratch=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then echo "scratch: $scratch"; else trap 'rm -rf "$scratch"' EXIT; fi
printf 'module examples\n\ngo 1.24\n' > "$scratch/go.mod"
results="$scratch/_results"
mkdir -p "$results"

for pkg in "${pkgs[@]}"; do
    mapfile -t files < <(
        "$GO" list -f '{{join .XTestGoFiles "\n"}}' "$pkg" 2>/dev/null | grep '^example'
    )
    [ ${#files[@]} -gt 0 ] || continue
    dir="$scratch/$pkg"
    mkdir -p "$dir"
    for f in "${files[@]}"; do cp "$goroot/src/$pkg/$f" "$dir/"; done
    helpers "$pkg" "$dir"
    # Examples read their package's test data (os: testdata/hello).
    if [ -d "$goroot/src/$pkg/testdata" ] && grep -q '"testdata/' "$dir"/*.go; then
        cp -r "$goroot/src/$pkg/testdata" "$dir/"
    fi
    key=${pkg//\//_}
    env=(${PKG_ENV[$pkg]:-})
    (cd "$dir" && env CGO_ENABLED=0 "${env[@]}" "$GO" test -vet=off -json -run '^Example' . \
        > "$results/$key.go.json" 2>&1)
    (cd "$dir" && env "${env[@]}" timeout -k 5 "$TIMEOUT" "$GINT" test --json -t "$TIMEOUT" \
        --run '^Example' . > "$results/$key.gint.json" 2>&1)
    echo "$? $pkg" > "$results/$key.status"
done

python3 - "$results" "$verbose" <<'EOF'
import json, os, re, sys

results, verbose = sys.argv[1], sys.argv[2] == "1"

def events(path):
    """The JSON events of a go test -json stream (other lines, e.g. stderr, are skipped)."""
    out = []
    for line in open(path, errors="replace"):
        try:
            out.append(json.loads(line))
        except ValueError:
            pass
    return out

def outcome(evs):
    """(example -> passed, example -> output lines, package-level output lines)."""
    passed, output, pkg_out = {}, {}, []
    for e in evs:
        test = e.get("Test")
        if e.get("Action") in ("pass", "fail") and test and test.startswith("Example"):
            passed[test] = e["Action"] == "pass"
        if e.get("Action") in ("output", "build-output"):
            if test:
                output.setdefault(test, []).append(e["Output"])
            else:
                pkg_out.append(e["Output"])
    return passed, output, pkg_out

def build_errors(pkg_out):
    """The compile errors of a package gint could not build (empty if it built)."""
    text = "".join(pkg_out)
    if "[build failed]" not in text:
        return []
    return [l.removeprefix("./") for l in text.splitlines() if re.match(r"\S+:\d+:\d+: ", l)]

def reason(lines, status):
    """Why an example gint ran failed, in one line."""
    text = "".join(lines).splitlines()
    for l in text:
        if l.startswith("panic: "):
            return l
    if "got:" in text and "want:" in text:
        g, w = text.index("got:"), text.index("want:")
        got, want = text[g + 1:w], text[w + 1:]
        want = [l for l in want if not l.startswith(("--- ", "FAIL"))]
        for i in range(max(len(got), len(want))):
            a = got[i] if i < len(got) else "<end>"
            b = want[i] if i < len(want) else "<end>"
            if a != b:
                return f"line {i + 1}: got {a!r}, want {b!r}"
        return "output differs"
    if status == 124:
        return "timeout"
    if not text:
        return "not run"
    return text[-1]

rows, fails = [], []
for name in sorted(os.listdir(results)):
    if not name.endswith(".status"):
        continue
    key = name[:-len(".status")]
    status, pkg = open(os.path.join(results, name)).read().split(maxsplit=1)
    pkg = pkg.strip()
    gop, _, go_pkg = outcome(events(os.path.join(results, key + ".go.json")))
    gip, giout, gi_pkg = outcome(events(os.path.join(results, key + ".gint.json")))
    found = sorted(gop)
    if not found:
        note = "".join(go_pkg).strip().splitlines()
        rows.append((pkg, 0, 0, 0, 0, "go: " + (note[-1] if note else "no examples")))
        continue
    ok = [x for x in found if gip.get(x)]
    go_ok = [x for x in found if gop[x]]
    note = "" if len(go_ok) == len(found) else f"go passes {len(go_ok)}"
    errs = build_errors(gi_pkg)
    if errs:
        note = (note + "; " if note else "") + "gint: build failed"
        fails.append((pkg, f"build failed ({len(found)} examples)", "\n      ".join(errs)))
    rows.append((pkg, len(found), len(ok), len(found) - len(ok), len(go_ok), note))
    for x in found:
        if not errs and not gip.get(x):
            why = reason(giout.get(x, []), int(status))
            if not gop[x]:
                why += " (fails under go too)"
            fails.append((pkg, x, why))

print(f"{'package':<24}{'found':>7}{'passed':>8}{'failed':>8}  note")
for pkg, n, ok, bad, _, note in rows:
    print(f"{pkg:<24}{n:>7}{ok:>8}{bad:>8}  {note}")
total = sum(r[1] for r in rows)
passed = sum(r[2] for r in rows)
go_passed = sum(r[4] for r in rows)
pct = 100.0 * passed / total if total else 0.0
print(f"{'total':<24}{total:>7}{passed:>8}{total - passed:>8}  {pct:.1f}% pass (go passes {go_passed})")
if verbose and fails:
    print("\nfailures:")
    for pkg, x, why in fails:
        print(f"  {pkg} {x}: {why}")
EOF
