package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-misuse")
	defer os.RemoveAll(dir)
	clean := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "$DIR") }

	d, err := os.Open(dir)
	fmt.Println(err)
	buf := make([]byte, 8)
	_, err = d.Read(buf)
	fmt.Println(clean(err))
	fi, _ := d.Stat()
	fmt.Println(fi.IsDir(), fi.Name() == filepath.Base(dir))
	d.Close()

	_, err = os.Create(filepath.Join(dir, "missing", "f.txt"))
	fmt.Println(clean(err))
	_, err = os.OpenFile(filepath.Join(dir, "x"), os.O_RDONLY, 0)
	fmt.Println(clean(err))

	f, _ := os.Create(filepath.Join(dir, "f.txt"))
	f.WriteString("data")
	f.Close()
	_, err = f.Read(buf)
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed))
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(clean(err))
	fmt.Println(clean(f.Sync()))
	_, err = f.ReadAt(buf, 0)
	fmt.Println(clean(err))

	f, _ = os.Open(filepath.Join(dir, "f.txt"))
	_, err = f.Readdirnames(-1)
	fmt.Println(clean(err))
	n, err := f.Read(buf[:0])
	fmt.Println(n, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	f.Close()
}
