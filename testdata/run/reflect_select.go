package main

import (
	"fmt"
	"reflect"
	"sort"
)

// merge receives from any number of channels until all are closed, as fan-in helpers
// built on reflect.Select do.
func merge(chans ...chan int) []int {
	cases := make([]reflect.SelectCase, len(chans))
	for i, ch := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}
	}
	var got []int
	for open := len(cases); open > 0; {
		i, v, ok := reflect.Select(cases)
		if !ok {
			cases[i].Chan = reflect.Value{}
			open--
			continue
		}
		got = append(got, int(v.Int()))
	}
	return got
}

func main() {
	var chans []chan int
	for i := 0; i < 3; i++ {
		ch := make(chan int)
		chans = append(chans, ch)
		go func(base int) {
			for j := 0; j < 3; j++ {
				ch <- base*10 + j
			}
			close(ch)
		}(i)
	}
	got := merge(chans...)
	sort.Ints(got)
	fmt.Println(got)

	// A default case runs when nothing is ready.
	ch := make(chan string, 1)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)},
		{Dir: reflect.SelectDefault},
	}
	i, v, ok := reflect.Select(cases)
	fmt.Println(i, v.IsValid(), ok)
	// A send case.
	send := []reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ch), Send: reflect.ValueOf("hi")}}
	i, v, ok = reflect.Select(send)
	fmt.Println(i, v.IsValid(), ok, <-ch)
	ch <- "again"
	i, v, ok = reflect.Select(cases)
	fmt.Println(i, v, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
}
