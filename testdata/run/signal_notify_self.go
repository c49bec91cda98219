package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// A program signalling itself: the signal reaches every channel that asked for it, and
// only those.
func main() {
	usr1 := make(chan os.Signal, 1)
	both := make(chan os.Signal, 2)
	signal.Notify(usr1, syscall.SIGUSR1)
	signal.Notify(both, syscall.SIGUSR1, syscall.SIGUSR2)

	p, err := os.FindProcess(os.Getpid())
	if err != nil {
		fmt.Println("FindProcess:", err)
		return
	}
	if err := p.Signal(syscall.SIGUSR1); err != nil {
		fmt.Println("Signal:", err)
	}
	s := <-usr1
	fmt.Println("usr1 got:", s)
	fmt.Println("both got:", <-both)

	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR2); err != nil {
		fmt.Println("Kill:", err)
	}
	t := <-both
	fmt.Println("both got:", t, t == syscall.SIGUSR2)
	select {
	case s := <-usr1:
		fmt.Println("usr1 should not get", s)
	default:
		fmt.Println("usr1 got nothing more")
	}

	// After Stop, the channel gets nothing; the other still does.
	signal.Stop(usr1)
	p.Signal(syscall.SIGUSR1)
	fmt.Println("both got:", <-both)
	select {
	case s := <-usr1:
		fmt.Println("stopped channel got", s)
	default:
		fmt.Println("stopped channel got nothing")
	}

	// A full channel is not waited for: the signal is dropped for it.
	signal.Notify(usr1, syscall.SIGUSR1)
	p.Signal(syscall.SIGUSR1)
	<-usr1
	<-both
	fmt.Println("done")
}
