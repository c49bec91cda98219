package os

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Exit causes the program to exit with the given status code (0 success, non-zero
// error). Deferred functions are not run.
//
// native
func Exit(code int)

// Getpid returns the process id of the caller.
//
// native
func Getpid() int

// Getppid returns the process id of the caller's parent.
//
// native
func Getppid() int

// Getuid returns the numeric user id of the caller.
//
// native
func Getuid() int

// Geteuid returns the numeric effective user id of the caller.
//
// native
func Geteuid() int

// Getgid returns the numeric group id of the caller.
//
// native
func Getgid() int

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", &SyscallError{Syscall: "hostname", Err: e}
	}
	return name, nil
}

// Getenv returns the value of the environment variable key, or "" if it is not set.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
//
// native
func LookupEnv(key string) (string, bool)

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return &SyscallError{Syscall: "setenv", Err: e}
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return &SyscallError{Syscall: "unsetenv", Err: e}
	}
	return nil
}

// native
func sysUnsetenv(key string) errno

// Clearenv deletes all environment variables.
//
// native
func Clearenv()

// Environ returns the environment as "key=value" strings.
//
// native
func Environ() []string

// ExpandEnv replaces ${var} or $var in s by the values of the environment variables.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces ${var} or $var in s by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: eat the characters.
			} else if name == "" {
				// Not a name: keep the $.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name after a $ and how many bytes it used.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}" is bad syntax
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: bad syntax, eat the brace
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
