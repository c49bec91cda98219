package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	fmt.Println("ignored before:", signal.Ignored(syscall.SIGUSR2))
	signal.Ignore(syscall.SIGUSR2)
	fmt.Println("ignored after:", signal.Ignored(syscall.SIGUSR2))
	// An ignored signal does nothing (without Ignore it would end the program).
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("still running")

	// Notify takes it back from Ignore.
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR2)
	fmt.Println("ignored after Notify:", signal.Ignored(syscall.SIGUSR2))
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	fmt.Println("got:", <-c)

	// Reset forgets Notify: ignore it again, so that the program survives.
	signal.Reset(syscall.SIGUSR2)
	signal.Ignore(syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	select {
	case s := <-c:
		fmt.Println("reset channel got", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("reset channel got nothing")
	}
}
