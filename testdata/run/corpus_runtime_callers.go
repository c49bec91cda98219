// runtime.Callers, CallersFrames and FuncForPC: the running calls by Go's names for
// functions, methods, literals and instances of generic code, with their lines.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func (T) m() { show("T.m", 1) }
func (*T) pm() {
	func() { show("pm lit", 1) }()
}

func show(what string, skip int) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Print(what, ":")
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Print(" ", f.Function, ":", f.Line, strings.HasSuffix(f.File, ".go"))
		} else {
			fmt.Print(" ", f.Function)
		}
		if !more {
			break
		}
	}
	fmt.Println()
}

func g[X any](x X) { show("generic", 1) }

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

// A deferred call is made at the end of the function running it.
func deferred() {
	defer show("deferred", 1)
	defer func() {
		show("deferred lit", 1)
	}()
}

func main() {
	show("main", 1)
	deferred()
	show("skip 0", 0)
	show("skip 2", 2)
	T{}.m()
	(&T{}).pm()
	g(1)
	fmt.Println(name(), func() string { return name() }())
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), strings.HasSuffix(file, ".go"), line, ok)
	done := make(chan bool)
	go func() {
		show("goroutine", 1)
		done <- true
	}()
	<-done
	fmt.Println(runtime.Callers(100, make([]uintptr, 5)), runtime.Callers(0, nil))
	func() {
		defer func() {
			recover()
			fmt.Println("after recover:", name())
		}()
		var s []int
		_ = s[len(s)+1]
	}()
	fmt.Println(name())
}
