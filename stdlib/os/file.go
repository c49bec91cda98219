package os

import (
	"errors"
	"io"
	"io/fs"
)

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

// Seek whence values.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// PathSeparator and PathListSeparator are the operating system's separators.
const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// A FileMode represents a file's mode and permission bits (io/fs's).
type FileMode = fs.FileMode

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory (ReadDir).
type DirEntry = fs.DirEntry

// The defined file mode bits (io/fs's).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// File is an open file descriptor. Methods on a nil *File return ErrInvalid.
type File struct {
	fd     int
	name   string
	closed bool
	// The names of a directory not yet returned by ReadDir or Readdirnames, once read.
	dirNames []string
	dirRead  bool
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

// ReadAt reads len(b) bytes from f starting at byte offset off; fewer bytes come with
// an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = &PathError{Op: "read", Path: f.name, Err: e}
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to f starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = &PathError{Op: "write", Path: f.name, Err: e}
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on f to offset, interpreted according
// to whence: 0 from the origin, 1 from the current offset, 2 from the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: e}
	}
	f.dirRead = false
	f.dirNames = nil
	return ret, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return &PathError{Op: "sync", Path: f.name, Err: e}
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: e}
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := sysFchmod(f.fd, uint32(syscallMode(mode))); e != 0 {
		return &PathError{Op: "chmod", Path: f.name, Err: e}
	}
	return nil
}

// ReadFrom copies r into f (io.ReaderFrom).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// fileWithoutReadFrom hides File's ReadFrom from io.Copy.
type fileWithoutReadFrom struct{ f *File }

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

// WriteTo copies f into w (io.WriterTo).
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileWithoutWriteTo{f})
}

// fileWithoutWriteTo hides File's WriteTo from io.Copy.
type fileWithoutWriteTo struct{ f *File }

func (r fileWithoutWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// syscallMode turns a FileMode into the mode bits of the system calls.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0x800
	}
	if i&ModeSetgid != 0 {
		o |= 0x400
	}
	if i&ModeSticky != 0 {
		o |= 0x200
	}
	return
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Chdir changes the current working directory to dir.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: e}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: e}
	}
	return s, nil
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
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return &File{fd: fd, name: name}, nil
}

// ReadFile reads the named file and returns its contents; reading to the end of the
// file is success, not io.EOF.
func ReadFile(name string) ([]byte, error) {
	data, e := sysReadFile(name)
	if e == eISDIR {
		return nil, &PathError{Op: "read", Path: name, Err: e}
	}
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
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
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

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default directory for user-specific cached data.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
	}
	return dir + "/.cache", nil
}

// UserConfigDir returns the default directory for user-specific configuration data.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
	}
	return dir + "/.config", nil
}

// TempDir returns the default directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
