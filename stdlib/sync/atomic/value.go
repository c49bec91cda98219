package atomic

// A Value provides an atomic load and store of a consistently typed value. The zero
// value for a Value returns nil from Load. Once Store has been called, a Value must not
// be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store; nil if there has been none.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value of the Value v to val. All calls to Store for a given Value must
// use values of the same concrete type; storing nil or another type panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new into Value and returns the previous value, nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value. The old value
// must be of a comparable type.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

// sameType reports whether a and b (both non-nil) hold values of the same dynamic type.
//
// native
func sameType(a, b any) bool
