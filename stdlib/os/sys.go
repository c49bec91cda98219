package os

// The system interface: natives that do one system call through gint's host and return
// a Linux errno (0 on success).

// runtimeArgs returns the program name and arguments.
//
// native
func runtimeArgs() []string

// native
func sysRead(fd int, b []byte) (n int, e errno)

// native
func sysWrite(fd int, b []byte) (n int, e errno)

// native
func sysClose(fd int) errno

// native
func sysOpen(name string, flag int, perm uint32) (fd int, e errno)

// native
func sysReadFile(name string) ([]byte, errno)

// native
func sysRemove(name string) errno

// native
func sysRemoveAll(path string) errno

// native
func sysRename(oldpath, newpath string) errno

// native
func sysMkdir(name string, perm uint32) errno

// sysStatIsDir stats name and reports whether it is a directory.
//
// native
func sysStatIsDir(name string) (isDir bool, e errno)

// native
func sysGetwd() (string, errno)

// native
func sysHostname() (string, errno)

// native
func sysSetenv(key, value string) errno

// native
func sysPread(fd int, b []byte, off int64) (n int, e errno)

// native
func sysPwrite(fd int, b []byte, off int64) (n int, e errno)

// native
func sysSeek(fd int, off int64, whence int) (int64, errno)

// native
func sysFsync(fd int) errno

// native
func sysFtruncate(fd int, size int64) errno

// native
func sysTruncate(name string, size int64) errno

// native
func sysFchmod(fd int, mode uint32) errno

// native
func sysChmod(name string, mode uint32) errno

// native
func sysChdir(name string) errno

// native
func sysSymlink(oldname, newname string) errno

// native
func sysReadlink(name string) (string, errno)

// sysStat stats name (following a final symbolic link if follow): its size, st_mode and
// modification time.
//
// native
func sysStat(name string, follow bool) (size int64, mode uint32, sec, nsec int64, e errno)

// native
func sysFstat(fd int) (size int64, mode uint32, sec, nsec int64, e errno)

// sysReadDirNames reads the names of the open directory fd, without "." and "..".
//
// native
func sysReadDirNames(fd int) ([]string, errno)
