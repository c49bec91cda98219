// Package os is a platform-independent interface to operating system functionality
// (gint: system calls are natives returning errno values; errors are built here).
package os

import (
	"errors"
	"io/fs"
)

// Portable analogs of some common system call errors (io/fs's, so that errors.Is
// matches either).
var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename system call.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// errno is a Linux error number as returned by the natives.
type errno int

// Linux error numbers used here.
const (
	ePERM     errno = 1
	eNOENT    errno = 2
	eBADF     errno = 9
	eACCES    errno = 13
	eEXIST    errno = 17
	eNOTDIR   errno = 20
	eISDIR    errno = 21
	eINVAL    errno = 22
	eNOSPC    errno = 28
	eROFS     errno = 30
	eNOTEMPTY errno = 39
	eLOOP     errno = 40
)

var errnoText = map[errno]string{
	ePERM:     "operation not permitted",
	eNOENT:    "no such file or directory",
	eBADF:     "bad file descriptor",
	eACCES:    "permission denied",
	eEXIST:    "file exists",
	eNOTDIR:   "not a directory",
	eISDIR:    "is a directory",
	eINVAL:    "invalid argument",
	eNOSPC:    "no space left on device",
	eROFS:     "read-only file system",
	eNOTEMPTY: "directory not empty",
	eLOOP:     "too many levels of symbolic links",
	5:         "input/output error",
	11:        "resource temporarily unavailable",
	16:        "device or resource busy",
	18:        "invalid cross-device link",
	24:        "too many open files",
	29:        "illegal seek",
	36:        "file name too long",
}

func (e errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, ErrNotExist) and friends work on system errors.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

// IsExist reports whether err says that a file or directory already exists. Prefer
// errors.Is(err, ErrExist).
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file or directory does not exist. Prefer
// errors.Is(err, ErrNotExist).
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied. Prefer
// errors.Is(err, ErrPermission).
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// underlyingErrorIs looks through PathError, LinkError and SyscallError only, as the
// older Is* functions do.
func underlyingErrorIs(err, target error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
