// Run only with `gint run --sandbox` (tests/cli.rs): reads inside this folder work; reads elsewhere, writes,
// the environment and signalling another process fail with "operation not permitted".
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	data, err := os.ReadFile("testdata/limits/spin.go")
	fmt.Println("read own folder:", len(data) > 0, err)

	_, err = os.ReadFile("/etc/passwd")
	fmt.Println("read /etc/passwd:", err, errors.Is(err, os.ErrPermission))

	f, err := os.Open("/etc/hostname")
	fmt.Println("open /etc/hostname:", f == nil, err)

	_, err = os.ReadFile("testdata/limits/../../Cargo.toml")
	fmt.Println("read through ..:", err)

	err = os.WriteFile("testdata/limits/new.txt", []byte("x"), 0o644)
	fmt.Println("write:", err, os.IsPermission(err))

	_, err = os.Create("/tmp/gint-sandbox-test.txt")
	fmt.Println("create:", err)

	fmt.Println("remove:", os.Remove("testdata/limits/spin.go"))
	fmt.Println("mkdir:", os.Mkdir("testdata/limits/d", 0o755))

	fmt.Printf("getenv HOME: %q\n", os.Getenv("HOME"))
	v, ok := os.LookupEnv("PATH")
	fmt.Printf("lookup PATH: %q %v\n", v, ok)
	fmt.Println("environ:", len(os.Environ()))
	fmt.Println("setenv:", os.Setenv("GINT_X", "1"))
	fmt.Println("unsetenv:", os.Unsetenv("PATH"))

	// Signal 0 only asks whether the process exists.
	p, _ := os.FindProcess(1)
	fmt.Println("signal pid 1:", p.Signal(syscall.Signal(0)))
}
