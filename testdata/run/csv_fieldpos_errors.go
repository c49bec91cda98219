package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

func main() {
	in := "a,\"b\nc\",d\n\"e\",\"f\"g\n"
	r := csv.NewReader(strings.NewReader(in))
	rec, err := r.Read()
	fmt.Printf("%q %v\n", rec, err)
	for i := range rec {
		l, c := r.FieldPos(i)
		fmt.Println(i, l, c)
	}
	rec, err = r.Read()
	fmt.Printf("%q %v\n", rec, err)
	fmt.Println(errors.Is(err, csv.ErrQuote), r.InputOffset())
	func() {
		defer func() { fmt.Println(recover()) }()
		r.FieldPos(5)
	}()
	for _, bad := range []string{"a\"b", "\"a\"b,c", "\"unterminated", "x,\"y\nz", "a,b\nc,d,e"} {
		_, err := csv.NewReader(strings.NewReader(bad)).ReadAll()
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q: %v | %d %d %d\n", bad, err, pe.StartLine, pe.Line, pe.Column)
		} else {
			fmt.Printf("%q: %v\n", bad, err)
		}
	}
}
