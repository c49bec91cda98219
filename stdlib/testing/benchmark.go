package testing

import (
	"fmt"
	"strings"
)

// B is the state of a benchmark: run its loop b.N times.
type B struct {
	common
	N           int
	fn          func(*B)
	timerOn     bool
	timerStart  int64
	elapsed     int64
	loopI       int
	reportAlloc bool
	bytes       int64
	extraUnits  []string // ReportMetric's units, in the order first reported
	extraVals   []float64
}

// SetBytes records the bytes processed per operation (the MB/s column).
func (b *B) SetBytes(n int64) { b.bytes = n }

// Elapsed is the benchmark's measured time so far, in nanoseconds.
func (b *B) Elapsed() int64 {
	if b.timerOn {
		return b.elapsed + nanotime() - b.timerStart
	}
	return b.elapsed
}

// ReportMetric adds a metric to the benchmark's line ("ns/op" replaces the measured one).
func (b *B) ReportMetric(n float64, unit string) {
	for i, u := range b.extraUnits {
		if u == unit {
			b.extraVals[i] = n
			return
		}
	}
	b.extraUnits = append(b.extraUnits, unit)
	b.extraVals = append(b.extraVals, n)
}

// AllocsPerRun calls f runs times and returns the allocations per run (gint does not
// count allocations: 0).
func AllocsPerRun(runs int, f func()) float64 {
	f()
	for i := 0; i < runs; i++ {
		f()
	}
	return 0
}

// ResetTimer zeroes the elapsed time.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.timerStart = nanotime()
	}
	b.elapsed = 0
}

// StartTimer starts timing (a benchmark starts with the timer on).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.timerStart = nanotime()
		b.timerOn = true
	}
}

// StopTimer stops timing.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += nanotime() - b.timerStart
		b.timerOn = false
	}
}

// ReportAllocs asks for the allocation columns (gint does not count allocations: 0).
func (b *B) ReportAllocs() { b.reportAlloc = true }

// Loop reports whether the benchmark should run one more iteration: b.N in all, the
// timer reset at the first.
func (b *B) Loop() bool {
	if b.loopI == 0 {
		b.ResetTimer()
	}
	if b.loopI < b.N {
		b.loopI++
		return true
	}
	b.StopTimer()
	return false
}

// runN runs the benchmark function once with b.N = n; false if it failed or panicked
// (a panic goes on).
func (b *B) runN(n int) {
	b.N = n
	b.loopI = 0
	b.elapsed = 0
	b.extraUnits = nil
	b.extraVals = nil
	b.timerOn = false
	b.StartTimer()
	b.siteBase = sitesLen()
	func() {
		defer func() {
			r := recover()
			sitesTruncate(b.siteBase)
			if r != nil {
				if _, ok := r.(goexit); !ok {
					panic(panicText(r) + " [recovered, repanicked]")
				}
			}
		}()
		f := b.fn
		f(b)
	}()
	b.StopTimer()
	b.runCleanups()
}

// benchMaxLen is the width benchmark names are padded to; it grows (with some slack) as
// longer names, of sub-benchmarks, come.
var benchMaxLen int

// launch grows b.N until the benchmark runs for the bench time, as go test does. False
// if the first run (b.N = 1) failed.
func (b *B) launch() bool {
	ext := 0
	if opts.Procs > 1 {
		ext = len(fmt.Sprintf("-%d", opts.Procs))
	}
	if n := len(b.name) + ext + 1; n > benchMaxLen {
		benchMaxLen = n + 8
	}
	b.runN(1)
	if b.hasSub || b.failed || b.skipped {
		return !b.failed
	}
	if opts.BenchtimeN > 0 {
		if opts.BenchtimeN > 1 {
			b.runN(opts.BenchtimeN)
		}
		return true
	}
	goal := opts.BenchtimeNs
	if goal <= 0 {
		goal = 1e9
	}
	n := 1
	for !b.failed && b.elapsed < goal && n < 1e9 {
		last := n
		prev := b.elapsed
		if prev <= 0 {
			prev = 1
		}
		next := float64(goal) * float64(b.N) / float64(prev)
		next += next / 5
		if next > float64(100*last) {
			next = float64(100 * last)
		}
		n = int(next)
		if n < last+1 {
			n = last + 1
		}
		if n > 1e9 {
			n = 1e9
		}
		b.runN(n)
	}
	return true
}

// result is the line after the name: "  1000  123.4 ns/op".
func (b *B) result() string {
	nsop := 0.0
	if b.N > 0 {
		nsop = float64(b.elapsed) / float64(b.N)
	}
	units, vals := b.extraUnits, b.extraVals
	for i, u := range units {
		if u == "ns/op" {
			nsop = vals[i]
		}
	}
	s := fmt.Sprintf("%8d", b.N)
	if nsop != 0 {
		s += "\t" + prettyPrint(nsop, "ns/op")
	}
	if b.bytes > 0 && b.elapsed > 0 {
		mbs := float64(b.bytes) * float64(b.N) / 1e6 / (float64(b.elapsed) / 1e9)
		s += fmt.Sprintf("\t%7.2f MB/s", mbs)
	}
	// Other metrics, sorted by unit.
	var order []int
	for i, u := range units {
		if u == "ns/op" || u == "MB/s" || u == "B/op" || u == "allocs/op" {
			continue
		}
		j := len(order)
		order = append(order, i)
		for j > 0 && units[order[j-1]] > u {
			order[j] = order[j-1]
			j--
		}
		order[j] = i
	}
	for _, i := range order {
		s += "\t" + prettyPrint(vals[i], units[i])
	}
	if b.reportAlloc {
		s += fmt.Sprintf("\t%8d B/op\t%8d allocs/op", 0, 0)
	}
	return s
}

// prettyPrint formats a per-op figure with go test's widths and precisions.
func prettyPrint(x float64, unit string) string {
	y := x
	if y < 0 {
		y = -y
	}
	switch {
	case y == 0 || y >= 999.95:
		return fmt.Sprintf("%10.0f %s", x, unit)
	case y >= 99.995:
		return fmt.Sprintf("%12.1f %s", x, unit)
	case y >= 9.9995:
		return fmt.Sprintf("%13.2f %s", x, unit)
	case y >= 0.99995:
		return fmt.Sprintf("%14.3f %s", x, unit)
	case y >= 0.099995:
		return fmt.Sprintf("%15.4f %s", x, unit)
	case y >= 0.0099995:
		return fmt.Sprintf("%16.5f %s", x, unit)
	case y >= 0.00099995:
		return fmt.Sprintf("%17.6f %s", x, unit)
	}
	return fmt.Sprintf("%18.7f %s", x, unit)
}

func (b *B) procName() string {
	if opts.Procs == 1 {
		return b.name
	}
	return fmt.Sprintf("%s-%d", b.name, opts.Procs)
}

// run launches the benchmark and prints its line (and its log, under "--- BENCH:").
func (b *B) run() bool {
	if chatty != nil {
		fmt.Println(b.name)
	}
	first := b.launch()
	name := b.procName()
	switch {
	case !first:
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	case b.failed:
		fmt.Printf("--- FAIL: %s\n%s", name, b.output)
		return false
	case b.skipped:
		if chatty != nil {
			fmt.Printf("--- SKIP: %s\n%s", name, b.output)
		}
		return true
	case b.hasSub:
		return true
	}
	pad := ""
	for i := len(name); i < benchMaxLen; i++ {
		pad += " "
	}
	fmt.Printf("%s%s\t%s\n", name, pad, b.result())
	if b.output != "" {
		fmt.Printf("--- BENCH: %s\n%s", name, trimOutput(b.output))
	}
	return true
}

// Run runs f as a sub-benchmark named name.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	full := b.subName(name)
	if !matchBench(full) {
		return true
	}
	sub := &B{common: common{name: full, parent: &b.common, isBench: true}, fn: f}
	return sub.run()
}

func matchBench(name string) bool {
	ok, _ := matchAlternatives(opts.Bench, strings.Split(name, "/"))
	return ok
}

// runBenchmarks runs the benchmarks -bench selects, after go test's header lines.
func runBenchmarks(benchmarks []InternalBenchmark) bool {
	var selected []InternalBenchmark
	for _, bm := range benchmarks {
		if matchBench(bm.Name) {
			selected = append(selected, bm)
			l := len(bm.Name) + 1
			if opts.Procs > 1 {
				l += len(fmt.Sprintf("-%d", opts.Procs)) * 2
			}
			if l > benchMaxLen {
				benchMaxLen = l
			}
		}
	}
	if len(selected) == 0 {
		return true
	}
	fmt.Print(opts.BenchHeader)
	ok := true
	for i := 0; i < opts.Count; i++ {
		for _, bm := range selected {
			b := &B{common: common{name: bm.Name, isBench: true}, fn: bm.F}
			b.parent = &common{}
			if !b.run() {
				ok = false
			}
		}
	}
	return ok
}

// trimOutput keeps the first ten lines of a benchmark's log.
func trimOutput(s string) string {
	lines := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			lines++
			if lines >= 10 {
				return s[:i] + "\n\t... [output truncated]\n"
			}
		}
	}
	return s
}
