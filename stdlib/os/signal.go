package os

import (
	"errors"
	"syscall"
)

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all systems.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process stores the information about a process found by FindProcess.
type Process struct {
	Pid int
}

// FindProcess looks for a running process by its pid. On Unix systems it always
// succeeds and returns a Process for the given pid.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := sysKill(p.Pid, int(s)); e != 0 {
		if e == 3 { // ESRCH
			return ErrProcessDone
		}
		return e
	}
	return nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Release releases any resources associated with the Process p.
func (p *Process) Release() error {
	return nil
}

// sysKill sends signal sig to process pid (kill(2)).
//
// native
func sysKill(pid int, sig int) errno
