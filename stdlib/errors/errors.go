// Package errors provides functions to create, wrap and inspect errors (gint: natives marked below).
package errors

// New returns an error whose Error method returns text. Each call yields a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported says that an operation cannot be performed because it is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil when err has none.
// It does not unwrap errors whose Unwrap method returns []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target, walking the tree depth first.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, comparable bool) bool {
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// isComparable reports whether the dynamic type of x supports ==.
//
// native
func isComparable(x any) bool

// As finds the first error in err's tree that can be assigned to the variable target
// points to; if found it stores it there and returns true. It panics when target is
// not a non-nil pointer to an interface type or to a type implementing error.
//
// native
func As(err error, target any) bool

// AsType finds the first error in err's tree that matches the type E, and if one is
// found, returns that error value and true; otherwise the zero value of E and false.
func AsType[E error](err error) (E, bool) {
	var target E
	if err == nil {
		return target, false
	}
	if As(err, &target) {
		return target, true
	}
	return target, false
}
