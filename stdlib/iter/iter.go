// Package iter defines the iterator function types range statements accept.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the "push-style" iterator sequence seq into a "pull-style" iterator
// accessed by the two functions next and stop. Next returns the next value in the
// sequence and true, or the zero value and false at the end; stop ends the iteration.
//
// (gint: seq runs in a goroutine of its own that hands over each value through
// channels; Go uses a coroutine, which nothing outside can tell apart.)
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v       V
		ok      bool
		done    bool
		started bool
	)
	req := make(chan bool)
	resp := make(chan struct{})
	run := func() {
		if !<-req {
			resp <- struct{}{}
			return
		}
		seq(func(x V) bool {
			v, ok = x, true
			resp <- struct{}{}
			return <-req
		})
		var zero V
		v, ok, done = zero, false, true
		resp <- struct{}{}
	}
	next = func() (V, bool) {
		if done {
			var zero V
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		req <- true
		<-resp
		return v, ok
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		req <- false
		<-resp
	}
	return next, stop
}

// Pull2 converts the "push-style" iterator sequence seq into a "pull-style" iterator
// accessed by the two functions next and stop, as Pull does for pairs of values.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	type pair struct {
		k K
		v V
	}
	pnext, pstop := Pull(func(yield func(pair) bool) {
		seq(func(k K, v V) bool { return yield(pair{k, v}) })
	})
	next = func() (K, V, bool) {
		p, ok := pnext()
		return p.k, p.v, ok
	}
	return next, pstop
}
