#!/bin/bash
# Instruction counts (callgrind Ir, whole process) for each variant; perf counters are not
# available in this VM. Usage: nice bash instr.sh > results/instr.txt
progs="fib loops sieve closure structs structs_flat"
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
row() { local name=$1 exe=$2 d=$3; shift 3; printf "%s" "$name"; for p in $progs; do printf "\t%s" "$(ir $exe $d $p "$@")"; done; echo; }
printf "variant"; for p in $progs; do printf "\t%s" $p; done; echo
printf "go"; for p in $progs; do g=$p; [ $p = structs_flat ] && g=structs; printf "\t%s" "$(GODEBUG=asyncpreemptoff=1 ir go/$g.bin)"; done; echo
row "A values" target/release/spike a
row "B values" target/release/spike b
row "B values nofuse" target/release/spike b nofuse
row "B words" target-words/release/spike b
row "B words unchecked" target-wu/release/spike b
row "C values" target/release/spike c
row "C values nofuse" target/release/spike c nofuse
row "C words" target-words/release/spike c
row "C words unchecked" target-wu/release/spike c
printf "A vec-per-call\t%s\t-\t-\t%s\n" "$(ir target/release/spike a fib vec)" "$(ir target/release/spike a closure vec)"
for d in a b c; do printf "%s refcell-cell closure\t%s\n" ${d^^} "$(ir target/release/spike $d closure refcell)"; done
