// Package testing is gint's version of Go's testing package: tests, subtests, examples and
// benchmarks, run by a main that `gint test` generates (see src/cli/gotest.rs), printing
// what `go test` prints.
//
// Each test runs on a goroutine of its own, one at a time: a test that calls Parallel
// pauses until its parent's function returns, then the paused tests run one after the
// other (go test runs them at once; the output is the same for tests that do not
// interleave). FailNow and SkipNow end a test by panicking with a value of the unexported
// type goexit, which tRunner recovers (Go's runtime.Goexit, which no recover can stop: a
// test that recovers every panic in a deferred call also stops FailNow's). The file:line
// before a message comes from the call sites gint records under `gint test` (natives.go).
package testing

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options are the flags of `go test` the generated main passes on.
type Options struct {
	Verbose     bool
	Run         string
	Skip        string
	Bench       string
	BenchtimeNs int64
	BenchtimeN  int
	Count       int
	Short       bool
	FailFast    bool
	Procs       int
	BenchHeader string
	// FuzzCheck, FuzzRead and FuzzCall, from testing/internal/fuzzcall (which uses
	// reflect and os), are set by the generated main of a package with fuzz tests.
	FuzzCheck func(ff any, corpus [][]any) (string, error)
	FuzzRead  func(name string, ff any) ([]string, [][]any, error)
	FuzzCall  func(ff any, t *T, values []any)
	// JSON: -v output for go test -json's converter: subtests report at once, unindented,
	// and lines of error messages start with errorMark.
	JSON bool
}

// errorMark starts each line of an error message under -json (the converter's
// "OutputType":"error"; it removes the mark).
const errorMark = "\x17"

var opts Options

// chatty prints as `go test -v` does (nil without -v).
var chatty *chattyPrinter

// repanicked is set when a test's panic has been reported and goes on up.
var repanicked bool

// failFast is set when -failfast is on and a test has failed: the rest do not run.
var failFast bool

// Short reports whether -short is set.
func Short() bool { return opts.Short }

// Verbose reports whether -v is set.
func Verbose() bool { return opts.Verbose }

// Testing reports whether the program is a test.
func Testing() bool { return true }

// goexit is the panic value FailNow and SkipNow end a test with.
type goexit struct{}

// InternalTest is a test function of the package, listed by the generated main.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalBenchmark is a benchmark function of the package.
type InternalBenchmark struct {
	Name string
	F    func(*B)
}

// InternalExample is an example function with its expected output.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

// common is what tests and benchmarks share: their state and their output.
type common struct {
	name     string
	parent   *common
	output   string // reports of finished subtests, and without -v the log
	failed   bool
	skipped  bool
	finished bool
	hasSub   bool
	isBench  bool
	cleanups []func()
	helpers  []int // the functions that called Helper (siteFunc numbers)
	start    int64
	duration int64
	siteBase int
	subNames map[string]int
	tempSeq  int
	tempDir  string
	parallel bool
	signal   chan bool // from the test's goroutine: true when it ended, false when paused
	resume   chan bool // to a paused parallel test: run on
	paused   []*T      // parallel subtests waiting for this test's function to return
}

// T is the state of a test.
type T struct {
	common
}

// Name is the test's name, with its parents' ("TestX/sub").
func (c *common) Name() string { return c.name }

// Fail marks the test, and its parents, as failed.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.finished && c.parent != nil {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the test has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the test as failed and stops it; its deferred calls and cleanups run.
func (c *common) FailNow() {
	c.Fail()
	panic(goexit{})
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// SkipNow marks the test as skipped and stops it.
func (c *common) SkipNow() {
	c.skipped = true
	panic(goexit{})
}

func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

func (c *common) Error(args ...any) {
	c.logError(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.logError(fmt.Sprintf(format, args...))
	c.Fail()
}

func (c *common) Fatal(args ...any) {
	c.logError(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.logError(fmt.Sprintf(format, args...))
	c.FailNow()
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// Helper marks the calling function as a helper: messages name the line that called it.
func (c *common) Helper() {
	c.helpers = append(c.helpers, siteFunc(sitesLen()-1))
}

// Cleanup registers a function to run when the test and its subtests end, last first.
func (c *common) Cleanup(f func()) { c.cleanups = append(c.cleanups, f) }

// Setenv sets an environment variable for the test's duration.
func (c *common) Setenv(key, value string) {
	had := envHas(key) == 1
	prev := envGet(key)
	envSet(key, value)
	c.Cleanup(func() {
		if had {
			envSet(key, prev)
		} else {
			envUnset(key)
		}
	})
}

// TempDir makes a new directory for the test, removed when the test ends.
func (c *common) TempDir() string {
	if c.tempDir == "" {
		name := strings.Map(func(r rune) rune {
			if r == '/' || r == ' ' || r == '\\' || r == ':' {
				return '_'
			}
			return r
		}, c.name)
		c.tempDir = tempDirCreate(name)
		if c.tempDir == "" {
			c.Fatalf("TempDir: cannot make a directory")
		}
		dir := c.tempDir
		c.Cleanup(func() { removeAll(dir) })
	}
	c.tempSeq++
	dir := fmt.Sprintf("%s/%03d", c.tempDir, c.tempSeq)
	if tempDirCreate(dir) == "" {
		c.Fatalf("TempDir: cannot make %s", dir)
	}
	return dir
}

// Parallel pauses the test until its parent's function has returned (for a top-level
// test: until the other tests have run), as go test does; paused tests then run one
// after the other, in the order they paused.
func (t *T) Parallel() {
	if t.parallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.parallel = true
	if chatty != nil {
		chatty.Updatef(t.name, fmt.Sprintf("=== PAUSE %s\n", t.name))
	}
	t.resume = make(chan bool)
	setRunning(&t.common, false)
	t.signal <- false
	<-t.resume
	if chatty != nil {
		chatty.Updatef(t.name, fmt.Sprintf("=== CONT  %s\n", t.name))
	}
	t.start = nanotime()
	setRunning(&t.common, true)
}

// runTest runs a test on a goroutine of its own and waits until it ends or pauses.
func runTest(parent *common, t *T, fn func(*T)) {
	t.signal = make(chan bool)
	go tRunner(t, fn)
	if !<-t.signal {
		parent.paused = append(parent.paused, t)
	}
}

// runPaused lets the parallel subtests that paused run, one after the other.
func (c *common) runPaused() {
	for len(c.paused) > 0 {
		t := c.paused[0]
		c.paused = c.paused[1:]
		t.resume <- true
		<-t.signal
	}
}

func (c *common) isHelper(fn int) bool {
	for p := c; p != nil; p = p.parent {
		for _, h := range p.helpers {
			if h == fn {
				return true
			}
		}
	}
	return false
}

// callSite is where the user called the testing method running now, skipping the
// functions marked as helpers.
func (c *common) callSite() string {
	i := sitesLen() - 1
	for i > c.siteBase && c.isHelper(siteFunc(i)) {
		i--
	}
	if i < 0 {
		return "???:1"
	}
	return sitePos(i)
}

// log writes a message as go test does: "    file.go:12: text", continuation lines
// indented by four more spaces.
func (c *common) log(s string) {
	c.logAt(c.callSite(), s, false)
}

func (c *common) logError(s string) {
	c.logAt(c.callSite(), s, true)
}

func (c *common) logAt(site, s string, isError bool) {
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	text := "    " + site + ": " + strings.Join(lines, "\n        ") + "\n"
	if isError && opts.JSON {
		text = errorMark + "    " + site + ": " + strings.Join(lines, "\n"+errorMark+"        ") + "\n"
	}
	switch {
	case chatty != nil && c.isBench:
		fmt.Print(text)
	case chatty != nil:
		chatty.Printf(c.name, text)
	default:
		c.output += text
	}
}

// chattyPrinter prints -v output; a line of a test other than the last one named is
// preceded by "=== NAME".
type chattyPrinter struct {
	lastName string
}

func (p *chattyPrinter) Updatef(testName, text string) {
	p.lastName = testName
	fmt.Print(text)
}

func (p *chattyPrinter) Printf(testName, text string) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Print(text)
}

func fmtDuration(ns int64) string {
	return fmt.Sprintf("%.2fs", float64(ns)/1e9)
}

// indent puts four spaces before each line of s.
func indent(s string) string {
	if s == "" {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	out := ""
	for _, l := range lines {
		if l != "" {
			out += "    " + l
		}
	}
	return out
}

// report writes "--- FAIL: name (0.00s)" (PASS and SKIP with -v) and the test's output
// to its parent's output, or to standard output for a top-level test.
func (c *common) report() {
	if c.parent == nil {
		return
	}
	status := ""
	switch {
	case c.failed:
		status = "FAIL"
	case chatty == nil:
		c.output = ""
		return
	case c.skipped:
		status = "SKIP"
	default:
		status = "PASS"
	}
	text := fmt.Sprintf("--- %s: %s (%s)\n", status, c.name, fmtDuration(c.duration)) + c.output
	c.output = ""
	p := c.parent
	if p.parent == nil || opts.JSON {
		if chatty != nil {
			chatty.Updatef(c.name, text)
		} else {
			fmt.Print(text)
		}
		return
	}
	p.output += indent(text)
}

// runCleanups calls the registered cleanups, last first; a FailNow in one ends only it.
func (c *common) runCleanups() {
	for len(c.cleanups) > 0 {
		n := len(c.cleanups) - 1
		f := c.cleanups[n]
		c.cleanups = c.cleanups[:n]
		c.protect(f)
	}
}

// protect calls f, stopping a FailNow or SkipNow in it; other panics go on.
func (c *common) protect(f func()) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(goexit); !ok {
				panic(r)
			}
		}
	}()
	f()
}

// panicText is how Go prints a panic value.
func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	case string:
		return v
	}
	return fmt.Sprint(r)
}

// running lists the tests running now, each as "name\tstart" (nanotime), for the report
// of a timeout.
var running []string

func setRunning(t *common, on bool) {
	if on {
		running = append(running, fmt.Sprintf("%s\t%d", t.name, t.start))
	} else {
		prefix := t.name + "\t"
		for i, r := range running {
			if strings.HasPrefix(r, prefix) {
				running = append(running[:i], running[i+1:]...)
				break
			}
		}
	}
	statusSet(strings.Join(running, "\n"))
}

// tRunner runs a test: its function, then its cleanups, then its report.
func tRunner(t *T, fn func(*T)) {
	runCommon(&t.common, func() { fn(t) })
}

// runCommon runs the body of a test (or fuzz test), then its cleanups, then its report. A
// panic fails the test and its parents, which report, and goes on ("[recovered,
// repanicked]").
func runCommon(t *common, body func()) {
	if chatty != nil {
		chatty.Updatef(t.name, fmt.Sprintf("=== RUN   %s\n", t.name))
	}
	t.start = nanotime()
	t.siteBase = sitesLen()
	setRunning(t, true)
	defer func() {
		setRunning(t, false)
		if repanicked {
			// A subtest's panic, reported already: let it go on to the top.
			return
		}
		r := recover()
		sitesTruncate(t.siteBase)
		var panicked any
		if r != nil {
			if _, ok := r.(goexit); !ok {
				panicked = r
			}
		}
		if panicked == nil {
			t.runPaused()
		}
		t.duration = nanotime() - t.start
		t.runCleanups()
		t.finished = true
		if panicked != nil {
			t.failed = true
			for c := t; c.parent != nil; c = c.parent {
				c.failed = true
				if c != t {
					c.duration = nanotime() - c.start
				}
				c.report()
			}
			repanicked = true
			panic(panicked)
		}
		if t.failed && opts.FailFast {
			failFast = true
		}
		t.report()
		t.signal <- true
	}()
	body()
}

// Run runs f as a subtest named name (made unique and with spaces as underscores), and
// reports whether it passed.
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	full := t.subName(name)
	if !matchName(full) || failFast {
		return true
	}
	sub := &T{common: common{name: full, parent: &t.common}}
	runTest(&t.common, sub, f)
	return !sub.failed
}

// subName is a subtest's full name, made unique among its siblings as Go does: the
// second "x" is "x#01", and an empty name is "#00".
func (c *common) subName(sub string) string {
	sub = rewrite(sub)
	name := sub
	if c.name != "" {
		name = c.name + "/" + sub
	}
	if c.subNames == nil {
		c.subNames = map[string]int{}
	}
	empty := sub == ""
	for {
		next, exists := c.subNames[name]
		if !empty && !exists {
			c.subNames[name] = 1
			return name
		}
		c.subNames[name] = next + 1
		name = fmt.Sprintf("%s#%02d", name, next)
		empty = false
	}
}

// rewrite makes a subtest name printable: spaces become underscores.
func rewrite(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == ' ' || c == '\t' || c == '\n' {
			b[i] = '_'
		}
	}
	return string(b)
}

// matchName applies -run and -skip to a test's name, element by element ("A/B"), as
// Go's matcher does: a pattern is alternatives (split at the top-level "|"), each a list
// of patterns split at the top-level "/". A name shorter than a -run alternative matches
// (its subtests may); -skip skips only names as long as one of its alternatives.
func matchName(name string) bool {
	elems := strings.Split(name, "/")
	if opts.Run != "" {
		if ok, _ := matchAlternatives(opts.Run, elems); !ok {
			return false
		}
	}
	if opts.Skip != "" {
		if ok, partial := matchAlternatives(opts.Skip, elems); ok && !partial {
			return false
		}
	}
	return true
}

// matchAlternatives reports whether one alternative of pattern matches the name's
// elements, and whether that match is partial (the alternative has more elements).
func matchAlternatives(pattern string, elems []string) (ok, partial bool) {
	for _, alt := range splitPattern(pattern) {
		ok := true
		for i, e := range elems {
			if i >= len(alt) {
				break
			}
			if matchString(rewrite(alt[i]), e) != 1 {
				ok = false
				break
			}
		}
		if ok {
			return true, len(elems) < len(alt)
		}
	}
	return false, false
}

// splitPattern splits a pattern into alternatives at the "|" and their elements at the
// "/" outside brackets and parentheses (Go's splitRegexp).
func splitPattern(s string) [][]string {
	var alts [][]string
	var cur []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				cur = append(cur, s[:i])
				if s[i] == '|' {
					alts = append(alts, cur)
					cur = nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(cur, s))
}

// matchExample applies -run and -skip to an example's name, each pattern whole.
func matchExample(name string) bool {
	if opts.Run != "" && matchString(opts.Run, name) != 1 {
		return false
	}
	return opts.Skip == "" || matchString(opts.Skip, name) != 1
}

// M is what TestMain gets: Run runs the tests.
type M struct {
	tests       []InternalTest
	benchmarks  []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	examples    []InternalExample
	exitCode    int
	ran         bool
}

// MainStart is called by the generated main.
func MainStart(o Options, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	opts = o
	if opts.Count < 1 {
		opts.Count = 1
	}
	if opts.Procs < 1 {
		opts.Procs = 1
	}
	if opts.Verbose {
		chatty = &chattyPrinter{}
	}
	return &M{tests: tests, benchmarks: benchmarks, fuzzTargets: fuzzTargets, examples: examples}
}

// RunMain runs TestMain if the package has one, else the tests; the result is the exit
// status.
func RunMain(m *M, testMain func(*M)) int {
	if testMain == nil {
		return m.Run()
	}
	testMain(m)
	return m.exitCode
}

// Run runs the tests, examples and benchmarks and prints PASS or FAIL.
func (m *M) Run() int {
	m.ran = true
	root := &T{}
	ok := true
	testRan := false
	for i := 0; i < opts.Count; i++ {
		for _, test := range m.tests {
			if failFast {
				break
			}
			name := root.subName(test.Name)
			if !matchName(name) {
				continue
			}
			t := &T{common: common{name: name, parent: &root.common}}
			testRan = true
			runTest(&root.common, t, test.F)
		}
		root.runPaused()
		root.subNames = nil
	}
	if root.failed {
		ok = false
	}
	fuzzRan, fuzzOk := runFuzzTests(m.fuzzTargets)
	if !fuzzOk {
		ok = false
	}
	// -failfast stops tests only: examples and benchmarks still run, as in go test.
	exampleRan := false
	for _, eg := range m.examples {
		if !matchExample(eg.Name) {
			continue
		}
		exampleRan = true
		if !runExample(eg) {
			ok = false
		}
	}
	if !testRan && !fuzzRan && !exampleRan && opts.Bench == "" {
		// Go writes this to standard error, before PASS.
		fmt.Println("testing: warning: no tests to run")
	}
	if opts.Bench != "" {
		if !runBenchmarks(m.benchmarks) {
			ok = false
		}
	}
	if ok {
		fmt.Println("PASS")
		m.exitCode = 0
	} else {
		fmt.Println("FAIL")
		m.exitCode = 1
	}
	return m.exitCode
}

// runExample runs an example with its standard output captured and compares the output
// with the expected one as go test does: trimmed of spaces, sorted by line if unordered.
func runExample(eg InternalExample) bool {
	if chatty != nil {
		chatty.Updatef(eg.Name, fmt.Sprintf("=== RUN   %s\n", eg.Name))
	}
	start := nanotime()
	mark := outputMark()
	base := sitesLen()
	finished := false
	var recovered any
	func() {
		defer func() {
			if !finished {
				recovered = recover()
				sitesTruncate(base)
			}
		}()
		f := eg.F
		f()
		finished = true
	}()
	stdout := outputTake(mark)
	dstr := fmtDuration(nanotime() - start)
	got := trimSpace(stdout)
	want := trimSpace(eg.Output)
	fail := ""
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	passed := true
	if fail != "" || !finished || recovered != nil {
		text := fmt.Sprintf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		if chatty != nil {
			chatty.Updatef(eg.Name, text)
		} else {
			fmt.Print(text)
		}
		passed = false
	} else if chatty != nil {
		chatty.Updatef(eg.Name, fmt.Sprintf("--- PASS: %s (%s)\n", eg.Name, dstr))
	}
	if recovered != nil {
		panic(panicText(recovered) + " [recovered, repanicked]")
	}
	return passed
}

// trimSpace is strings.TrimSpace.
func trimSpace(s string) string {
	start, end := 0, len(s)
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return s[start:end]
}

// sortLines sorts the lines of s (insertion sort: outputs are short).
func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	return strings.Join(lines, "\n")
}
