// Package fs defines the interfaces of a file system and the values shared by its
// implementations (os, and file systems of the program's own): file modes and their
// text, file information, directory entries and the portable errors.
package fs

import (
	"errors"
	"time"
)

// Generic file system errors; errors.Is matches the errors file systems return against
// them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// SkipDir, returned by a WalkDirFunc, skips the directory it was called on (or, for a
// file, the rest of its directory).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk without an error.
var SkipAll = errors.New("skip everything and stop the walk")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FileInfo describes a file, as Stat returns it.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	// Type returns the type bits of the entry (a subset of its mode).
	Type() FileMode
	Info() (FileInfo, error)
}

// FS provides access to a hierarchical file system.
type FS interface {
	Open(name string) (File, error)
}

// File provides access to a single file.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is a directory file whose entries can be read with ReadDir.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// ReadDirFS is a file system with its own ReadDir.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is a file system with its own ReadFile.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// WalkDirFunc is the type of the function WalkDir calls for each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// ValidPath reports whether name is a valid path for Open: unrooted, slash-separated
// elements, none of them empty, "." or "..", except the name "." itself.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// FileInfoToDirEntry returns a DirEntry that returns information from info (nil for a
// nil info).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }

// FormatFileInfo returns a readable form of info: its mode, size, time and name.
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a readable form of dir: its type and name.
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9] // the type letters, without the permission bits
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}
