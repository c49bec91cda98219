package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	for i := 0; i <= 32; i++ {
		fmt.Printf("%d %v\n", i, syscall.Signal(i))
	}
	sigs := []os.Signal{os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGKILL}
	for _, s := range sigs {
		fmt.Printf("%v %d %T %s\n", s, s, s, s.String())
	}
	fmt.Println(os.Interrupt == syscall.SIGINT, os.Kill == os.Signal(syscall.SIGKILL))
	var e error = syscall.EPERM
	fmt.Println(e, syscall.ESRCH, syscall.EINVAL)
}
