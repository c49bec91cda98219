package runtime

// GOOS is the running program's operating system target, GOARCH its architecture
// (gint reports the host it runs on, as a Go binary built for it would).
const GOOS = "linux"

const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Version returns the Go tree's version string (gint: the Go version whose behaviour it
// follows).
func Version() string { return "go1.27.3" }

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer associated with obj. gint never runs finalizers: Go
// does not promise that a finalizer runs before the program exits.
func SetFinalizer(obj any, finalizer any) {}

// LockOSThread wires the calling goroutine to its current operating system thread (gint
// runs every goroutine on one thread already).
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64 { return 0 }

// Stack formats a stack trace of the calling goroutine into buf and returns the number
// of bytes written to buf (gint names no frames).
func Stack(buf []byte, all bool) int {
	return copy(buf, stackTrace())
}

// stackTrace is the calling goroutine's trace as Go's panic reports print it.
//
// native
func stackTrace() string
