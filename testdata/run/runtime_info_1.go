package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type T struct{ n int }

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, strings.HasPrefix(runtime.Version(), "go1."))
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.HasPrefix(string(buf[:n]), "goroutine 1 [running]:\nmain.main()"))
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc > 0, m.Sys >= m.Alloc, m.NumGC >= 0, len(m.PauseNs), len(m.BySize))
	t := &T{1}
	runtime.SetFinalizer(t, func(t *T) {})
	runtime.KeepAlive(t)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMemoryLimit(-1) > 0)
	s := debug.Stack()
	fmt.Println(strings.HasPrefix(string(s), "goroutine 1 [running]:"))
	debug.FreeOSMemory()
	done := make(chan bool)
	go func() {
		b := make([]byte, 100)
		n := runtime.Stack(b, false)
		fmt.Println(strings.HasPrefix(string(b[:n]), "goroutine "), strings.Contains(string(b[:n]), "[running]"))
		done <- true
	}()
	<-done
	fmt.Println(runtime.NumCgoCall())
}
