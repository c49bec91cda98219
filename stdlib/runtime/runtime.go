// Package runtime exposes the scheduler of goroutines (gint: one thread runs them all,
// switching at blocking operations, calls and loop back-edges).
package runtime

// Gosched yields the processor, allowing other goroutines to run; the current goroutine
// resumes later without being suspended.
//
// native
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
//
// native
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
//
// native
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting (gint: the setting is reported, not changed).
//
// native
func GOMAXPROCS(n int) int

// GC runs a garbage collection (gint: reference counting frees memory at once; this
// collects the cycles it cannot free).
//
// native
func GC()

// Goexit terminates the goroutine that calls it after running its deferred calls, which
// cannot recover it. Called from main, the program goes on until the other goroutines
// have finished, then ends with a deadlock error.
//
// native
func Goexit()

// Breakpoint executes a breakpoint trap (gint: with no debugger to catch it, the
// program ends with Go's "SIGTRAP: trace trap" report, exit status 2).
//
// native
func Breakpoint()

// Caller reports the file and line of a call on the calling goroutine's stack: skip 0 is
// the call of Caller itself, 1 the call of the function calling Caller, and so on; ok is
// false past the first call. (gint: only calls in the program's own files count, and pc
// numbers the call site.)
//
// native
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// The Error interface identifies a run time error: what recover returns after an index
// out of range, a nil dereference, a division by zero, …
type Error interface {
	error
	// RuntimeError is a no-op function that distinguishes a run time error from an
	// ordinary error.
	RuntimeError()
}
