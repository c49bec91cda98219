package main

import (
	"errors"
	"fmt"
)

type T struct{ msgs []string }

func (t *T) log(s string) { t.msgs = append(t.msgs, s) }

func work(t *T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	defer t.log("deferred")
	defer fmt.Sprint("")
	panic("oops")
}

func main() {
	t := &T{}
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	go fmt.Sprint("x")
	err := work(t)
	fmt.Println(err, t.msgs)
}
