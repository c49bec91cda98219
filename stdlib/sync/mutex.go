// Package sync provides mutual exclusion locks and other synchronization primitives.
//
// gint runs goroutines on one thread but may switch between them at any call or loop
// back-edge, so every operation that must be atomic (taking a lock, counting a WaitGroup,
// queueing on a Cond) is a native that runs without a switch; the rest is Go built on them.
package sync

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock; its zero value is unlocked. It must not be copied after
// first use.
type Mutex struct {
	state int32  // 1 while locked
	sema  uint32 // wait queue identity for the natives
}

// Lock locks m, blocking until it is available.
//
// native
func (m *Mutex) Lock()

// TryLock locks m if it is free and reports whether it did.
//
// native
func (m *Mutex) TryLock() bool

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error. A Mutex is not tied to a
// goroutine: one may lock it and another unlock it.
//
// native
func (m *Mutex) Unlock()

// RWMutex is a reader/writer lock: any number of readers or a single writer. A blocked Lock
// call keeps new readers out. Its zero value is unlocked.
type RWMutex struct {
	writer  int32  // 1 while write-locked
	readers int32  // number of read locks held
	waiting int32  // writers waiting, which block new readers
	sema    uint32 // wait queue identity for the natives
}

// Lock locks rw for writing.
//
// native
func (rw *RWMutex) Lock()

// TryLock locks rw for writing if that is possible right away.
//
// native
func (rw *RWMutex) TryLock() bool

// Unlock releases the write lock.
//
// native
func (rw *RWMutex) Unlock()

// RLock locks rw for reading.
//
// native
func (rw *RWMutex) RLock()

// TryRLock locks rw for reading if that is possible right away.
//
// native
func (rw *RWMutex) TryRLock() bool

// RUnlock releases one read lock.
//
// native
func (rw *RWMutex) RUnlock()

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return rlocker{rw}
}

// rlocker is a struct rather than Go's `type rlocker RWMutex` (gint does not convert
// between pointer types yet).
type rlocker struct {
	rw *RWMutex
}

func (r rlocker) Lock()   { r.rw.RLock() }
func (r rlocker) Unlock() { r.rw.RUnlock() }
