package main

import (
	"errors"
	"fmt"
	"io"
)

type Token struct {
	Kind  string
	Value any
}

func classify(v any) string {
	switch v {
	case nil:
		return "nil"
	case 0, "", false:
		return "zero-ish"
	case io.EOF:
		return "eof"
	}
	switch v.(type) {
	case int, int64:
		return "integer"
	case string:
		return "string"
	case error:
		return "error"
	}
	return "other"
}

type state int

const (
	idle state = iota
	busy
	done
)

func (s state) next(ev string) (state, error) {
	switch {
	case s == idle && ev == "start":
		return busy, nil
	case s == busy && ev == "finish":
		return done, nil
	case ev == "reset":
		return idle, nil
	}
	return s, fmt.Errorf("bad event %q in state %d", ev, s)
}

func main() {
	for _, v := range []any{nil, 0, "", false, 7, "x", io.EOF, errors.New("e"), 2.5, int64(3)} {
		fmt.Printf("%v:%s ", v, classify(v))
	}
	fmt.Println()
	s := idle
	for _, ev := range []string{"start", "start", "finish", "reset", "finish"} {
		var err error
		s, err = s.next(ev)
		fmt.Println(ev, s, err)
	}
	toks := []Token{{"num", 1}, {"str", "a"}, {"num", 2}}
	sum := 0
	for _, t := range toks {
		if n, ok := t.Value.(int); ok {
			sum += n
		}
	}
	fmt.Println(sum)
}
