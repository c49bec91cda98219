#!/usr/bin/env python3
"""Mutation fuzzing of the whole pipeline (issue #10): every .go file under testdata/ is
cut at random points and has random tokens flipped; each mutant is given to
`gint check` and `gint run --timeout` (when supported), and any Rust panic (exit 101 or
"internal error"), death by signal, or hang is reported with the mutant kept in OUTDIR.

    tools/mutate_fuzz.py [--gint target/release/gint] [--count 20000] [--seed 1]
                         [--jobs 2] [--out /tmp/gint-mutants]

Runs use the limits for untrusted code: `--timeout 2s --max-memory 2GiB --sandbox` (a
mutant may write files, read the environment or signal other processes: the sandbox
denies it). A run that outlives its --timeout is a hang; a run ended by a signal is a
finding unless the mutant signals itself (it mentions Kill or Signal).

Exit status 1 if anything was found. Deterministic for a given seed."""
import argparse
import os
import random
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TOKENS = [
    "{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "=", ":=", "...", "<-", "*", "&", "~", "|",
    "func", "type", "var", "const", "go", "defer", "chan", "map", "struct", "interface", "range",
    "for", "if", "else", "switch", "case", "default", "select", "return", "break", "continue",
    "goto", "fallthrough", "package", "import", "int", "string", "any", "comparable", "nil",
    "T", "x", "0", "1", "1<<62", "-1", '"s"', "'c'", "`r`", "1.5", "2i", "[T any]", "[]", "\n",
]
TOKEN_RE = re.compile(r'\w+|"(?:\\.|[^"\\])*"|`[^`]*`|\S')


def mutate(text: str, rng: random.Random) -> str:
    """A mutant keeping the file's layout: cut at a random point, or 1-4 tokens replaced
    (often by a token of the same file, so many mutants still type-check and run),
    deleted or inserted in place."""
    if rng.randrange(5) == 0:
        return text[: rng.randrange(len(text) + 1)]
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    if not spans:
        return text
    words = [text[a:b] for a, b in spans]
    edits = sorted(rng.sample(range(len(spans)), min(len(spans), rng.randint(1, 4))), reverse=True)
    for i in edits:
        a, b = spans[i]
        op = rng.randrange(4)
        if op == 0:
            new = rng.choice(TOKENS)
        elif op == 1:
            new = ""
        elif op == 2:
            new = rng.choice(words)
        else:
            new = text[a:b] + " " + rng.choice(words + TOKENS)
        text = text[:a] + new + text[b:]
    return text


def classify(proc_rc, stderr: str) -> str | None:
    if proc_rc is None:
        return "hang"
    if proc_rc < 0:
        return f"signal {-proc_rc}"
    if proc_rc == 101 or "internal error" in stderr or "panicked at" in stderr:
        return "rust panic"
    return None


def run(cmd, timeout, cwd=None):
    # No input (a mutant may read stdin), and the mutants' folder as working directory
    # (a mutant may write or remove files by relative paths).
    try:
        p = subprocess.run(
            cmd, capture_output=True, text=True, errors="replace", timeout=timeout, stdin=subprocess.DEVNULL, cwd=cwd
        )
        return p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        return None, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gint", default="target/release/gint")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default="/tmp/gint-mutants")
    ap.add_argument("--run", action="store_true", help="also run each mutant (--timeout 2s, sandboxed)")
    args = ap.parse_args()
    sources = []
    for root, _, files in os.walk("testdata"):
        for f in sorted(files):
            if f.endswith(".go"):
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    sources.append(fh.read())
    sources.sort()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    mutants = [mutate(rng.choice(sources), rng) for _ in range(args.count)]
    found = []

    def one(i_text):
        i, text = i_text
        path = os.path.join(args.out, f"m{i}.go")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        problems = []
        ran = False
        rc, err = run([args.gint, "check", path], 10)
        what = classify(rc, err)
        if what:
            problems.append(("check", what, err[-400:]))
        if args.run and rc == 0:
            ran = True
            cmd = [os.path.abspath(args.gint), "run", "--timeout", "2s", "--max-memory", "2GiB", "--sandbox"]
            rc, err = run(cmd + [os.path.abspath(path)], 10, cwd=args.out)
            what = classify(rc, err)
            signals_itself = "Kill" in text or "Signal" in text
            if what and not (what.startswith("signal") and signals_itself):
                problems.append(("run", what, err[-400:]))
        if not problems:
            os.remove(path)
        return path, problems, ran

    runs = 0
    with ThreadPoolExecutor(args.jobs) as ex:
        for n, (path, problems, ran) in enumerate(ex.map(one, enumerate(mutants)), 1):
            runs += ran
            for stage, what, err in problems:
                found.append((path, stage, what))
                print(f"{path}: {stage}: {what}\n{err}", flush=True)
            if n % 2000 == 0:
                print(f"... {n} mutants, {len(found)} problems", file=sys.stderr, flush=True)
    print(f"{len(mutants)} mutants ({runs} passed the checker and were run), {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
