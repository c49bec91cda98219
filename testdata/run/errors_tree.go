package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return true }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	base := &NotFound{"config"}
	wrapped := fmt.Errorf("loading: %w", base)
	twice := fmt.Errorf("startup: %w", wrapped)
	fmt.Println(twice)
	fmt.Println(errors.Unwrap(twice) == wrapped, errors.Unwrap(errors.Unwrap(twice)) == base, errors.Unwrap(base))
	var nf *NotFound
	fmt.Println(errors.As(twice, &nf), nf.Name, nf == base)
	fmt.Println(errors.Is(twice, base), errors.Is(twice, io.EOF), errors.Is(nil, io.EOF), errors.Is(nil, nil))

	var tmp Temporary
	joined := errors.Join(io.EOF, fmt.Errorf("dial: %w", netErr{"timeout"}), nil)
	fmt.Println(errors.As(joined, &tmp), tmp.Temporary())
	fmt.Println(errors.Is(joined, io.EOF), errors.Is(joined, io.ErrUnexpectedEOF))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)

	var code Code
	fmt.Println(errors.As(fmt.Errorf("x: %w", Code(7)), &code), code)
	var ne netErr
	fmt.Println(errors.As(io.EOF, &ne), ne.msg == "")
	var e error
	fmt.Println(errors.As(twice, &e), e == error(twice))
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilTarget *NotFound
	var pp **NotFound
	_ = nilTarget
	errors.As(twice, pp)
}
