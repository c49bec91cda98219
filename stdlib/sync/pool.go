package sync

// Pool is a set of temporary objects that may be reused. gint never drops pooled objects
// on its own.
type Pool struct {
	mu    Mutex
	items []any

	// New, if set, makes a value when Get finds the pool empty.
	New func() any
}

// Put adds x to the pool; a nil x is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get removes and returns an item of the pool, or the result of New (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if f := p.New; f != nil {
		return f()
	}
	return nil
}
