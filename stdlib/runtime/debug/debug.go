// Package debug contains facilities for programs to debug themselves while they are
// running (gint: the settings are kept and reported; gint's memory manager has no knobs).
package debug

import (
	"math"
	"os"
	"runtime"
)

var (
	gcPercent   = 100
	maxStack    = 1000000000
	maxThreads  = 10000
	memoryLimit = int64(math.MaxInt64)
)

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine
// stack and returns the previous setting.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the maximum number of operating system threads and returns the
// previous setting.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetMemoryLimit provides the runtime with a soft memory limit and returns the previous
// limit; a negative input only reads the limit.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a garbage collection and returns memory to the operating system.
func FreeOSMemory() { runtime.GC() }

// SetPanicOnFault controls the runtime's behavior when a program faults at an
// unexpected address, returning the previous setting.
func SetPanicOnFault(enabled bool) bool { return false }

// SetTraceback sets the amount of detail printed by the runtime when it crashes.
func SetTraceback(level string) {}

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() { os.Stderr.Write(Stack()) }
