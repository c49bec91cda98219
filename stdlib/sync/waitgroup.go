package sync

// WaitGroup waits for a collection of goroutines to finish. Its zero value is ready to use.
type WaitGroup struct {
	count int32
	sema  uint32
}

// Add adds delta, which may be negative, to the counter. When the counter reaches zero all
// goroutines blocked in Wait are released; a negative counter panics.
//
// native
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
//
// native
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the group.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
