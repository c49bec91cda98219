package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGUSR1)
	defer stop()
	fmt.Println(ctx)
	fmt.Println("err before:", ctx.Err())

	go func() {
		time.Sleep(10 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	}()
	select {
	case <-ctx.Done():
		fmt.Println("done:", ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("timed out")
	}

	// stop cancels a context no signal has come to.
	ctx2, stop2 := signal.NotifyContext(context.Background(), syscall.SIGUSR2)
	stop2()
	<-ctx2.Done()
	fmt.Println("stopped:", ctx2.Err())
}
