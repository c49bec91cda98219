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

// envGet is the value of an environment variable ("" if unset).
//
// native
func envGet(key string) string

// envHas reports whether an environment variable is set: 1 if it is, 0 if not.
//
// native
func envHas(key string) int

// envSet sets an environment variable.
//
// native
func envSet(key, value string)

// envUnset removes an environment variable.
//
// native
func envUnset(key string)

// tempDirCreate makes a new directory in the system's temporary folder whose name starts
// with prefix, and returns its path ("" if it cannot).
//
// native
func tempDirCreate(prefix string) string

// removeAll removes a directory and what it holds.
//
// native
func removeAll(path string)

// statusSet writes the list of running tests where `gint test` can read it if the test
// binary times out (the file $GINT_TEST_STATUS, when set).
//
// native
func statusSet(text string)
