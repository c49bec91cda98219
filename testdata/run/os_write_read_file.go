package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-wrf")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "notes.txt")
	fmt.Println(os.WriteFile(p, []byte("line one\nline two\nline three\n"), 0644))
	b, err := os.ReadFile(p)
	fmt.Printf("%d %v %q\n", len(b), err, b)

	f, _ := os.Open(p)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(n, sc.Text())
	}
	f.Close()

	f, _ = os.Create(p) // truncates
	w := bufio.NewWriter(f)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
	w.Flush()
	fi, _ := f.Stat()
	fmt.Println(fi.Size())
	f.Close()
	b, _ = os.ReadFile(p)
	fmt.Print(string(b))

	f, _ = os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("appended\n")
	f.Close()
	b, _ = os.ReadFile(p)
	fmt.Println(strings.Count(string(b), "\n"), strings.HasSuffix(string(b), "appended\n"))

	fmt.Println(os.WriteFile(filepath.Join(dir, "empty"), nil, 0600))
	b, err = os.ReadFile(filepath.Join(dir, "empty"))
	fmt.Println(len(b), b == nil, err)
	err = os.WriteFile(filepath.Join(dir, "no", "such", "dir"), []byte("x"), 0644)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
	fmt.Println(os.Truncate(p, 3))
	b, _ = os.ReadFile(p)
	fmt.Printf("%q\n", b)
}
