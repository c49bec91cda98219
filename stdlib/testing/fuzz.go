package testing

import "fmt"

// Fuzz tests. gint does not fuzz: as go test does without -fuzz, a fuzz test runs its
// fuzz function on the seed corpus only: the values given to F.Add, each entry as a
// subtest "FuzzX/seed#N", then the files of testdata/fuzz/FuzzX, each a subtest named
// after its file. Checking and calling the fuzz function and reading the files need
// reflect and os, which the generated main brings in (Options.FuzzCheck, FuzzRead and
// FuzzCall) only for a package with fuzz tests.

// InternalFuzzTarget is a fuzz test of the package, listed by the generated main.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is the state of a fuzz test.
type F struct {
	common
	corpus     [][]any
	fuzzCalled bool
}

// Add adds the values to the seed corpus; they must be of the types the fuzz function
// takes after its *T.
func (f *F) Add(args ...any) {
	for _, a := range args {
		switch a.(type) {
		case []byte, string, bool, byte, rune, float32, float64, int, int8, int16, int64, uint, uint16, uint32, uint64:
		default:
			panic(fmt.Sprintf("testing: unsupported type to Add %T", a))
		}
	}
	f.corpus = append(f.corpus, args)
}

// Fuzz runs ff, a func(*T, ...) of the types given to Add, on each seed corpus entry.
func (f *F) Fuzz(ff any) {
	if f.fuzzCalled {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzCalled = true
	if f.failed {
		return
	}
	if opts.FuzzCheck == nil || opts.FuzzRead == nil || opts.FuzzCall == nil {
		panic("testing: F.Fuzz without the generated main's fuzz support")
	}
	bad, err := opts.FuzzCheck(ff, f.corpus)
	if bad != "" {
		panic(bad)
	}
	if err != nil {
		f.Fatal(err)
	}
	names := make([]string, len(f.corpus))
	for i := range f.corpus {
		names[i] = fmt.Sprintf("seed#%d", i)
	}
	files, values, err := opts.FuzzRead(f.name, ff)
	if err != nil {
		f.Fatal(err)
	}
	names = append(names, files...)
	f.corpus = append(f.corpus, values...)
	for i, values := range f.corpus {
		name := f.name + "/" + names[i]
		if !matchName(name) || failFast {
			continue
		}
		f.hasSub = true
		t := &T{common: common{name: name, parent: &f.common}}
		runTest(&f.common, t, func(t *T) { opts.FuzzCall(ff, t, values) })
	}
}

// runFuzzTests runs the fuzz tests -run selects, after the tests, as go test does; it
// reports whether any ran and whether all passed.
func runFuzzTests(targets []InternalFuzzTarget) (ran, ok bool) {
	ok = true
	for i := 0; i < opts.Count; i++ {
		root := &T{}
		for _, ft := range targets {
			if failFast {
				break
			}
			if !matchName(ft.Name) {
				continue
			}
			ran = true
			f := &F{common: common{name: ft.Name, parent: &root.common}}
			f.signal = make(chan bool)
			go runCommon(&f.common, func() { ft.Fn(f) })
			<-f.signal
			if f.failed {
				ok = false
			}
		}
	}
	return ran, ok
}
