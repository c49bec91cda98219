package sync

// Cond is a condition variable: a rendezvous point for goroutines waiting for or announcing
// an event. L is held while the condition is checked or changed.
type Cond struct {
	L      Locker
	notify notifyList
}

// notifyList is a ticket-based wait queue kept by the natives.
type notifyList struct {
	wait   uint32 // next ticket to hand out
	notify uint32 // next ticket to wake
	sema   uint32 // wait queue identity for the natives
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, suspends the goroutine until Signal or Broadcast wakes it, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	notifyListNotifyAll(&c.notify)
}

// notifyListAdd takes the next ticket of l.
//
// native
func notifyListAdd(l *notifyList) uint32

// notifyListWait parks until ticket t of l has been notified.
//
// native
func notifyListWait(l *notifyList, t uint32)

// notifyListNotifyOne wakes the waiter with the oldest unnotified ticket.
//
// native
func notifyListNotifyOne(l *notifyList)

// notifyListNotifyAll wakes every waiter.
//
// native
func notifyListNotifyAll(l *notifyList)
