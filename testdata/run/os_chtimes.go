package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "chtimes")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "f")
	os.WriteFile(name, []byte("x"), 0o644)
	mtime := time.Date(2006, time.February, 1, 3, 4, 5, 0, time.UTC)
	atime := time.Date(2007, time.March, 2, 4, 5, 6, 0, time.UTC)
	fmt.Println(os.Chtimes(name, atime, mtime))
	fi, _ := os.Stat(name)
	fmt.Println(fi.ModTime().UTC())
	// A zero time leaves that time as it is.
	fmt.Println(os.Chtimes(name, time.Now(), time.Time{}))
	fi, _ = os.Stat(name)
	fmt.Println(fi.ModTime().UTC())
	err = os.Chtimes(filepath.Join(dir, "missing"), atime, mtime)
	fmt.Println(os.IsNotExist(err), err != nil)
	var pe *os.PathError
	if e, ok := err.(*os.PathError); ok {
		pe = e
	}
	fmt.Println(pe.Op)
}
