package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type codeError struct{ code int }

func (e codeError) Error() string { return fmt.Sprint("code ", e.code) }

// As lets a codeError stand for a *fs.PathError and for an int target.
func (e codeError) As(target any) bool {
	switch t := target.(type) {
	case **fs.PathError:
		*t = &fs.PathError{Op: "code", Path: fmt.Sprint(e.code), Err: fs.ErrInvalid}
		return true
	}
	return false
}

type refuser struct{}

func (refuser) Error() string      { return "refuser" }
func (refuser) As(target any) bool { fmt.Printf("asked for %T\n", target); return false }
func (refuser) Unwrap() error      { return codeError{7} }

type wrapper struct{ err error }

func (w *wrapper) Error() string { return "wrapped: " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func main() {
	var pe *fs.PathError
	fmt.Println(errors.As(codeError{42}, &pe), pe)

	// The error's own type matches first, before its As method is asked.
	var ce codeError
	fmt.Println(errors.As(codeError{1}, &ce), ce)

	// An As method saying no, then the chain goes on.
	pe = nil
	fmt.Println(errors.As(refuser{}, &pe), pe)

	// Through wrapping and joining.
	pe = nil
	fmt.Println(errors.As(&wrapper{codeError{5}}, &pe), pe)
	joined := errors.Join(errors.New("plain"), fmt.Errorf("ctx: %w", codeError{9}))
	fmt.Println(errors.As(joined, &pe), pe)

	var w *wrapper
	fmt.Println(errors.As(codeError{3}, &w), w == nil)

	typed, ok := errors.AsType[*fs.PathError](codeError{11})
	fmt.Println(typed, ok)

	// A nil error matches nothing, whatever the target; a target that is not an error
	// panics.
	var n int
	var nilPtr *int
	fmt.Println(errors.As(nil, nilPtr))
	fmt.Println(errors.As(codeError{1}, &n))
}
