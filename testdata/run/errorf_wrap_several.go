package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

func main() {
	a, b := errors.New("a"), errors.New("b")
	e := fmt.Errorf("x %w y %w", a, b)
	fmt.Println(e, errors.Is(e, a), errors.Is(e, b))
	fmt.Printf("%T %v\n", e, errors.Unwrap(e) == nil)
	if u, ok := e.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap())
	}
	e2 := fmt.Errorf("%[2]w then %[1]w", a, b)
	fmt.Println(e2, errors.Is(e2, b), e2.(interface{ Unwrap() []error }).Unwrap())
	e3 := fmt.Errorf("%w and %w again", a, a)
	fmt.Printf("%T %v %v\n", e3, e3, errors.Is(e3, a))
	e4 := fmt.Errorf("%[1]w %[1]w", a)
	fmt.Printf("%T %v %d\n", e4, e4, len(e4.(interface{ Unwrap() []error }).Unwrap()))
	e5 := fmt.Errorf("%w %w", 3, codeErr{7})
	fmt.Printf("%T %v\n", e5, e5)
	var ce codeErr
	fmt.Println(errors.As(e5, &ce), ce.code)
	e6 := fmt.Errorf("%w", 5)
	fmt.Printf("%T %v %v\n", e6, e6, errors.Unwrap(e6))
	e7 := fmt.Errorf("%w %w", 1, 2)
	fmt.Printf("%T %v %v\n", e7, e7, e7.(interface{ Unwrap() []error }).Unwrap() == nil)
	e8 := fmt.Errorf("%d%%", 5)
	fmt.Printf("%T %v\n", e8, e8)
	f := "dyn %w %w"
	e9 := fmt.Errorf(f, a, b)
	fmt.Println(e9, errors.Is(e9, b))
	wrap := fmt.Errorf
	fmt.Println(wrap("%w+%w", a, b))
	fmt.Println(errors.Join(e, e2))
}
