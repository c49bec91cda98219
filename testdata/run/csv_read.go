package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

func readAll(name, in string, setup func(*csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	recs, err := r.ReadAll()
	fmt.Printf("%s: %q %v\n", name, recs, err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("  ", pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote))
	}
}

func main() {
	readAll("simple", "a,b,c\n1,2,3\n", nil)
	readAll("quotes", "\"x, y\",\"say \"\"hi\"\"\",z\n", nil)
	readAll("multiline", "\"line1\nline2\",b\nc,d", nil)
	readAll("crlf", "a,b\r\nc,d\r\n", nil)
	readAll("empty lines", "a\n\n\nb\n", nil)
	readAll("empty fields", ",,\n\"\",x,\n", nil)
	readAll("bare quote", "a,b\"c,d\n", nil)
	readAll("bad quote", "\"abc\"d,e\n", nil)
	readAll("unterminated", "x\n\"abc\n", nil)
	readAll("field count", "a,b\nc\n", nil)
	readAll("lazy", "a\"b,\"c\"d\"\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("semicolon", "a;b;\"c;d\"\n", func(r *csv.Reader) { r.Comma = ';' })
	readAll("comment", "# note\na,b\n#x,y\nc,d\n", func(r *csv.Reader) { r.Comment = '#' })
	readAll("trim", "  a,   b,\t\"c\"\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("variable", "a,b\nc\nd,e,f\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("fixed", "a,b\nc,d\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 })
	readAll("bad delim", "a\n", func(r *csv.Reader) { r.Comma = '"' })
	readAll("unicode", "é|世界|\"ü\"\n", func(r *csv.Reader) { r.Comma = '|' })
	readAll("quote late line", "a,b\nc,\"d\ne\"f\n", nil)

	r := csv.NewReader(strings.NewReader("name,age\nann,30\n\"bob\nsmith\",41\n"))
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, col := r.FieldPos(1)
		fmt.Println(rec, err, line, col, r.InputOffset())
	}
	_, err := r.Read()
	fmt.Println(err)
}
