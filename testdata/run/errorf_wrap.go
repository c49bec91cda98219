package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return fmt.Errorf("find %s: bad key (%d)", k, len(k))
}

func main() {
	e1 := find("")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := find("abc")
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e3, errors.Is(e3, ErrNotFound))
	e4 := fmt.Errorf("wrapped: %w", &MyErr{7})
	if me, ok := errors.Unwrap(e4).(*MyErr); ok {
		fmt.Println("unwrapped:", me.Code)
	}
	fmt.Printf("%v|%s|%T|%T\n", e4, e4, e4, e2)
	fmt.Println(e1 == e3, errors.Unwrap(e3) == e1)
}
