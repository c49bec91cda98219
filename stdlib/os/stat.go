package os

import (
	"io"
	"time"
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	return statNamed("stat", name, true)
}

// Lstat returns a FileInfo describing the named file; a symbolic link is described
// itself.
func Lstat(name string) (FileInfo, error) {
	return statNamed("lstat", name, false)
}

func statNamed(op, name string, follow bool) (FileInfo, error) {
	size, mode, sec, nsec, e := sysStat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: e}
	}
	return newFileStat(basename(name), size, mode, sec, nsec), nil
}

// Stat returns the FileInfo describing the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	size, mode, sec, nsec, e := sysFstat(f.fd)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: e}
	}
	return newFileStat(basename(f.name), size, mode, sec, nsec), nil
}

// newFileStat turns the system's st_mode bits into a FileMode.
func newFileStat(name string, size int64, raw uint32, sec, nsec int64) *fileStat {
	mode := FileMode(raw & 0777)
	switch raw & 0xf000 {
	case 0x6000: // block device
		mode |= ModeDevice
	case 0x2000: // character device
		mode |= ModeDevice | ModeCharDevice
	case 0x4000:
		mode |= ModeDir
	case 0x1000:
		mode |= ModeNamedPipe
	case 0xa000:
		mode |= ModeSymlink
	case 0xc000:
		mode |= ModeSocket
	}
	if raw&0x400 != 0 {
		mode |= ModeSetgid
	}
	if raw&0x800 != 0 {
		mode |= ModeSetuid
	}
	if raw&0x200 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: name, size: size, mode: mode, modTime: time.Unix(sec, nsec)}
}

// basename removes trailing slashes and everything up to the last slash.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// SameFile reports whether fi1 and fi2 describe the same file (gint: the same name,
// size, mode and modification time).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.name == b.name && a.size == b.size && a.mode == b.mode && a.modTime.Equal(b.modTime)
}

// dirEntry is a DirEntry of ReadDir: the entry's lstat information.
type dirEntry struct {
	info *fileStat
	err  error
	name string
}

func (d *dirEntry) Name() string { return d.name }
func (d *dirEntry) IsDir() bool  { return d.info != nil && d.info.IsDir() }
func (d *dirEntry) Type() FileMode {
	if d.info == nil {
		return 0
	}
	return d.info.mode.Type()
}
func (d *dirEntry) Info() (FileInfo, error) {
	if d.err != nil {
		return nil, d.err
	}
	return d.info, nil
}
func (d *dirEntry) String() string {
	mode := d.Type().String()
	s := mode[:len(mode)-9] + " " + d.name
	if d.IsDir() {
		s += "/"
	}
	return s
}

// ReadDir reads the named directory and returns its entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortDirEntries(dirs)
	return dirs, err
}

func sortDirEntries(d []DirEntry) {
	// Insertion sort: directories are small, and os must not import sort.
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].Name() < d[j-1].Name(); j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// readNames reads the directory's names on first use.
func (f *File) readNames() error {
	if f.dirRead {
		return nil
	}
	names, e := sysReadDirNames(f.fd)
	if e != 0 {
		return &PathError{Op: "readdirent", Path: f.name, Err: e}
	}
	f.dirNames = names
	f.dirRead = true
	return nil
}

// Readdirnames returns up to n names from the directory (all remaining ones if n <= 0),
// in directory order. With n > 0 and none left, it returns io.EOF.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if err := f.readNames(); err != nil {
		return []string{}, err
	}
	want := n
	if n <= 0 || n > len(f.dirNames) {
		n = len(f.dirNames)
	}
	names = f.dirNames[:n:n]
	f.dirNames = f.dirNames[n:]
	if want > 0 && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

// ReadDir returns up to n entries of the directory (all remaining ones if n <= 0), in
// directory order. With n > 0 and none left, it returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if err := f.readNames(); err != nil {
		return []DirEntry{}, err
	}
	want := n
	if n <= 0 || n > len(f.dirNames) {
		n = len(f.dirNames)
	}
	names := f.dirNames[:n]
	f.dirNames = f.dirNames[n:]
	if want > 0 && len(names) == 0 {
		return []DirEntry{}, io.EOF
	}
	dirs := make([]DirEntry, 0, len(names))
	for _, name := range names {
		d := &dirEntry{name: name}
		size, mode, sec, nsec, e := sysStat(f.name+"/"+name, false)
		if e != 0 {
			d.err = &PathError{Op: "lstat", Path: f.name + "/" + name, Err: e}
		} else {
			d.info = newFileStat(name, size, mode, sec, nsec)
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}

// Readdir returns up to n FileInfos of the directory (all remaining ones if n <= 0).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	dirs, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(dirs))
	for _, d := range dirs {
		if info, e := d.Info(); e == nil {
			infos = append(infos, info)
		}
	}
	return infos, err
}

// Chtimes changes the access and modification times of the named file; a zero time
// leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysUtimes(name, atime.IsZero(), atime.Unix(), atime.Nanosecond(), mtime.IsZero(), mtime.Unix(), mtime.Nanosecond()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: e}
	}
	return nil
}

// sysUtimes sets a file's access and modification times (utimensat), leaving those
// marked omit unchanged.
//
// native
func sysUtimes(name string, omitA bool, asec int64, ansec int, omitM bool, msec int64, mnsec int) errno
