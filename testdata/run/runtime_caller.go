package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

func helper() string { return where(2) }

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println(helper())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Base(file), line, ok, filepath.IsAbs(file))
	f := func() string { return where(1) }
	fmt.Println(f())
	pc, _, _, ok := runtime.Caller(0)
	fmt.Println(pc != 0, ok)
}
