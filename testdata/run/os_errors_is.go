package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-errs")
	defer os.RemoveAll(dir)
	clean := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "$DIR") }

	_, err := os.Open(filepath.Join(dir, "nofile.txt"))
	fmt.Println(clean(err))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path))
	var ope *os.PathError
	fmt.Println(errors.As(err, &ope), ope == pe)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(clean(wrapped), errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))

	os.WriteFile(filepath.Join(dir, "ro.txt"), []byte("x"), 0400)
	_, err = os.OpenFile(filepath.Join(dir, "ro.txt"), os.O_WRONLY, 0)
	if os.Geteuid() == 0 {
		// root may write anything; show what others would see
		err = &fs.PathError{Op: "open", Path: filepath.Join(dir, "ro.txt"), Err: fs.ErrPermission}
	}
	fmt.Println(clean(err), os.IsPermission(err), errors.Is(err, fs.ErrPermission))

	err = os.Mkdir(dir, 0755)
	fmt.Println(clean(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	err = &os.LinkError{Op: "rename", Old: "a", New: "b", Err: fs.ErrNotExist}
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	err = &os.SyscallError{Syscall: "getwd", Err: fs.ErrPermission}
	fmt.Println(err, os.IsPermission(err), errors.Unwrap(err) == fs.ErrPermission)
	fmt.Println(os.IsNotExist(nil), os.IsNotExist(errors.New("file does not exist")), os.IsNotExist(fs.ErrNotExist))
	fmt.Println(os.ErrInvalid, os.ErrClosed, os.ErrDeadlineExceeded, os.ErrNoDeadline, os.ErrProcessDone)
}
