package os

import (
	"errors"
	"io/fs"
)

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory
// dir; its names are slash-separated and relative (fs.ValidPath).
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// join returns the host path of name, or an error for a name fs.ValidPath refuses.
func (dir dirFS) join(op, name string) (string, error) {
	if dir == "" {
		return "", &PathError{Op: op, Path: name, Err: errors.New("os: DirFS with empty root")}
	}
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return string(dir), nil
	}
	return string(dir) + "/" + name, nil
}

// Open opens the named file; errors name it as given, not as the host's path.
func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

// ReadFile reads the named file.
func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join("readfile", name)
	if err != nil {
		return nil, err
	}
	b, err := ReadFile(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return b, nil
}

// ReadDir reads the named directory, its entries sorted by name.
func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	if err != nil {
		if pe, ok := err.(*PathError); ok {
			pe.Path = name
		}
		return nil, err
	}
	return entries, nil
}

// Stat returns the FileInfo of the named file.
func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	f, err := Stat(full)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}
