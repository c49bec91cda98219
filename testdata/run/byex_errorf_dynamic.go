// fmt.Errorf with a format known only at run time, with a spread argument list, and as a
// function value; the %w operand is still what errors.Is and errors.Unwrap find.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type opError struct {
	op   string
	code int
}

func (e *opError) Error() string { return fmt.Sprintf("%s failed with %d", e.op, e.code) }

// wrapf is the usual helper: a caller-provided format and arguments.
func wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

func describe(err error) {
	var oe *opError
	fmt.Printf("%v | is NotFound: %v | is EOF: %v | as opError: %v\n",
		err, errors.Is(err, ErrNotFound), errors.Is(err, io.EOF), errors.As(err, &oe))
	if oe != nil {
		fmt.Println("  op:", oe.op, "code:", oe.code)
	}
}

func main() {
	formats := []string{"plain %d", "quoted %q", "two %s and %v", "percent 100%%"}
	for i, f := range formats {
		err := fmt.Errorf(f, i, "x")
		fmt.Println(err)
		fmt.Println(errors.Unwrap(err) == nil)
	}

	describe(wrapf(ErrNotFound, "loading %s from %s", "user", "db"))
	describe(wrapf(wrapf(io.EOF, "reading line %d", 3), "parsing %q", "cfg.ini"))
	describe(wrapf(&opError{"write", 5}, "saving"))
	fmt.Println(wrapf(nil, "nothing") == nil)

	args := []any{"a", 1}
	fmt.Println(fmt.Errorf("%s-%d", args...))

	mk := fmt.Errorf
	e := mk("via value: %w", ErrNotFound)
	describe(e)
	e = mk("via value, no wrap: %v", ErrNotFound)
	describe(e)

	dyn := "%w"
	if len(os.Args) > 5 {
		dyn = "%v"
	}
	describe(fmt.Errorf(dyn, &opError{"read", 2}))
	fmt.Println(fmt.Errorf("missing %d"))
	fmt.Println(fmt.Errorf("extra", 1))
}
