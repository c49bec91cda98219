package testing

// The natives of gint's testing package (src/eval/testing_natives.rs).

// nanotime is the wall clock in nanoseconds.
//
// native
func nanotime() int64

// matchString reports whether the pattern (Go's RE2 syntax) matches s: 1 if it does, 0 if
// not, -1 if pat is not a valid pattern.
//
// native
func matchString(pat, s string) int

// outputMark is where the program's standard output, not yet flushed, ends now.
//
// native
func outputMark() int

// outputTake removes what the program wrote to standard output since mark and returns
// it (an example's output).
//
// native
func outputTake(mark int) string

// sitesLen is the number of the user's calls running on this goroutine.
//
// native
func sitesLen() int

// sitesTruncate forgets the calls above n (unwound by a panic or by FailNow).
//
// native
func sitesTruncate(n int)

// siteFunc identifies the function the i-th running call is written in (0 if none).
//
// native
func siteFunc(i int) int

// sitePos is where the i-th running call is written, as "file.go:12".
//
// native
func sitePos(i int) string
