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
	dir, _ := os.MkdirTemp("", "gint-fileio")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f.txt")

	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0644)
	fmt.Println(err)
	n, err := f.WriteString("0123456789")
	fmt.Println(n, err)
	n, err = f.Write([]byte("abcdef"))
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	off, _ = f.Seek(2, io.SeekCurrent)
	fmt.Println(off)
	n, _ = f.Read(buf)
	fmt.Println(string(buf[:n]))
	off, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println(off)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))

	n, err = f.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 14)
	fmt.Println(n, err, string(buf[:n]))
	_, err = f.ReadAt(buf, -1)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
	n, err = f.WriteAt([]byte("XY"), 1)
	fmt.Println(n, err)
	fmt.Println(f.Sync())
	fmt.Println(f.Truncate(8))
	fmt.Println(filepath.Base(f.Name()))
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"), errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed))

	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)

	// Append mode, exclusive create.
	f, _ = os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("++")
	f.Close()
	b, _ = os.ReadFile(p)
	fmt.Printf("%q\n", b)
	_, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(os.IsExist(err))
	_, err = os.Open(filepath.Join(dir, "nofile.txt"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"), os.IsNotExist(err))
	_, err = os.ReadFile(dir)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))

	// A read-only file cannot be written.
	f, _ = os.Open(p)
	_, err = f.Write([]byte("no"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	f.Close()

	var nilf *os.File
	_, err = nilf.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, os.ErrInvalid))
	fmt.Println(nilf.Close())
}
