#!/usr/bin/env python3
"""Best-of-N wall-clock timing of spike variants and the compiled Go programs.
Usage: nice python3 bench.py [N] > results/times.txt"""
import subprocess, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PROGS = ["fib", "loops", "sieve", "closure", "structs", "structs_flat"]
GO = {"fib": "fib", "loops": "loops", "sieve": "sieve", "closure": "closure", "structs": "structs", "structs_flat": "structs"}

def best(cmd):
    ts = []
    for _ in range(N):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        ts.append(time.perf_counter() - t)
    return min(ts)

variants = [
    ("A values", "target/release/spike", "a", []),
    ("A vec-per-call", "target/release/spike", "a", ["vec"]),
    ("A refcell-cell", "target/release/spike", "a", ["refcell"]),
    ("B values", "target/release/spike", "b", []),
    ("B values nofuse", "target/release/spike", "b", ["nofuse"]),
    ("B words", "target-words/release/spike", "b", []),
    ("B words unchecked", "target-wu/release/spike", "b", []),
    ("B values refcell-cell", "target/release/spike", "b", ["refcell"]),
    ("C values", "target/release/spike", "c", []),
    ("C values nofuse", "target/release/spike", "c", ["nofuse"]),
    ("C words", "target-words/release/spike", "c", []),
    ("C words unchecked", "target-wu/release/spike", "c", []),
    ("C values refcell-cell", "target/release/spike", "c", ["refcell"]),
]
only = {"A vec-per-call": ["fib", "closure"], "A refcell-cell": ["closure"],
        "B values refcell-cell": ["closure"], "C values refcell-cell": ["closure"]}

go = {p: best([f"go/{GO[p]}.bin"]) for p in PROGS}
print("variant\t" + "\t".join(PROGS))
print("go\t" + "\t".join(f"{go[p]:.3f}" for p in PROGS), flush=True)
for name, exe, d, opts in variants:
    row = []
    for p in PROGS:
        if name in only and p not in only[name]:
            row.append("-")
            continue
        t = best([exe, d, p] + opts)
        row.append(f"{t:.3f} ({t/go[p]:.1f}x)")
    print(name + "\t" + "\t".join(row), flush=True)
