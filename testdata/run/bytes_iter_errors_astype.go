package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	for l := range bytes.Lines([]byte("a\nbb\n\nccc")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("a,b,,c"), []byte(",")) {
		fmt.Printf("%q ", p)
	}
	for p := range bytes.SplitAfterSeq([]byte("a,b"), []byte(",")) {
		fmt.Printf("%q ", p)
	}
	for p := range bytes.SplitSeq([]byte("héj"), nil) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte("  one two\tthree  ")) {
		fmt.Printf("%q ", f)
	}
	for f := range bytes.FieldsFuncSeq([]byte("a1b22c"), func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	line := []byte("x\ny")
	for l := range bytes.Lines(line) {
		fmt.Println(len(l), cap(l))
		break
	}
	err := fmt.Errorf("wrapped: %w", &codeErr{7})
	ce, ok := errors.AsType[*codeErr](err)
	fmt.Println(ce, ok)
	_, ok = errors.AsType[*strconv.NumError](err)
	fmt.Println(ok)
	_, ok = errors.AsType[*codeErr](nil)
	fmt.Println(ok)
}
