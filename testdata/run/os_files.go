package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

func main() {
	p := "/tmp/gint_os_files_case.txt"
	defer os.Remove(p)
	if err := os.WriteFile(p, []byte("alpha\nbeta\ngamma\n"), 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}
	f, err := os.Open(p)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(n, sc.Text())
	}
	f.Close()
	g, err := os.Create(p)
	if err == nil {
		w := bufio.NewWriter(g)
		w.WriteString("rewritten\n")
		w.Flush()
		g.Close()
	}
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile("/nonexistent/dir/file")
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
}
