package time

// Timer sends the current time on C once, after a duration, unless stopped first.
type Timer struct {
	C  <-chan Time
	id int // handle of the runtime timer
}

// NewTimer returns a Timer that sends the current time on its channel after at least d.
//
// native
func NewTimer(d Duration) *Timer

// Stop prevents the Timer from firing and reports whether this call stopped it (false if
// it had already fired or been stopped).
//
// native
func (t *Timer) Stop() bool

// Reset changes the timer to expire after d and reports whether it had been active.
//
// native
func (t *Timer) Reset(d Duration) bool

// AfterFunc calls f in its own goroutine after at least d and returns a Timer whose Stop
// cancels the call.
//
// native
func AfterFunc(d Duration, f func()) *Timer

// After waits for the duration to elapse and then sends the current time on the returned
// channel; it is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Ticker sends the time on C at regular intervals.
type Ticker struct {
	C  <-chan Time
	id int // handle of the runtime timer
}

// NewTicker returns a Ticker sending the time on its channel every d. It panics if d <= 0.
//
// native
func NewTicker(d Duration) *Ticker

// Stop turns off the ticker; no more ticks are sent.
//
// native
func (t *Ticker) Stop()

// Reset stops the ticker and restarts it with period d. It panics if d <= 0.
//
// native
func (t *Ticker) Reset(d Duration)

// Tick returns NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
