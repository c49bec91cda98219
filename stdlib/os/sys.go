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
