package os

import "io"

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// FileMode represents a file's mode and permission bits.
type FileMode uint32

// File mode bits.
const (
	ModeDir  FileMode = 1 << (32 - 1 - 0) // d: is a directory
	ModePerm FileMode = 0777              // Unix permission bits
)

// File is an open file descriptor. Methods on a nil *File return ErrInvalid.
type File struct {
	fd     int
	name   string
	closed bool
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the file descriptor fd with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as given to Open or NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor of f.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns the error for an operation on a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from f. At end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "read", Path: f.name, Err: e}
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes b to f and returns the number of bytes written; err is non-nil when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: e}
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is Write with a string.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes the file; closing twice returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, with mode 0666 before umask.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and, when creating
// it, permission bits perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return &File{fd: fd, name: name}, nil
}

// ReadFile reads the named file and returns its contents; reading to the end of the
// file is success, not io.EOF.
func ReadFile(name string) ([]byte, error) {
	data, e := sysReadFile(name)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it with permissions perm (before
// umask) if needed, and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := sysRemove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: e}
	}
	return nil
}

// RemoveAll removes path and everything it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if e := sysRemoveAll(path); e != 0 && e != eNOENT {
		return &PathError{Op: "unlinkat", Path: path, Err: e}
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: e}
	}
	return nil
}

// Mkdir creates a directory with permission bits perm (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents, with permission bits perm
// (before umask). An existing directory is not an error.
func MkdirAll(path string, perm FileMode) error {
	if isDir, e := sysStatIsDir(path); e == 0 {
		if isDir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: eNOTDIR}
	}
	// Create the parent first.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// Someone may have created it meanwhile; a directory is fine.
		if isDir, e := sysStatIsDir(path); e == 0 && isDir {
			return nil
		}
		return err
	}
	return nil
}

// Getwd returns a rooted path name of the current directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", &SyscallError{Syscall: "getwd", Err: e}
	}
	return dir, nil
}

// TempDir returns the default directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
