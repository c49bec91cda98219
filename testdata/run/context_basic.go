package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	out := make(chan string)
	go worker(ctx, 1, out)
	time.Sleep(25 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer tcancel()
	child, ccancel := context.WithCancel(tctx)
	defer ccancel()
	go worker(child, 2, out)
	fmt.Println(<-out)
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, ok := tctx.Deadline()
	fmt.Println("has deadline", ok)

	vctx := context.WithValue(bg, key("user"), "alice")
	vctx2 := context.WithValue(vctx, key("id"), 7)
	fmt.Println(vctx2.Value(key("user")), vctx2.Value(key("id")), vctx2.Value(key("none")))
	fmt.Println(vctx2)

	cctx, ccause := context.WithCancelCause(bg)
	ccause(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	fmt.Println(context.Cause(bg))

	dctx, dcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(dctx.Err())
	dcancel()

	actx, acancel := context.WithCancel(bg)
	done := make(chan bool)
	stop := context.AfterFunc(actx, func() { fmt.Println("after func ran"); done <- true })
	acancel()
	<-done
	fmt.Println("stop after run:", stop())
	actx2, acancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(actx2, func() { fmt.Println("never") })
	fmt.Println("stop before:", stop2())
	acancel2()
	time.Sleep(10 * time.Millisecond)

	wctx := context.WithoutCancel(ctx)
	fmt.Println(wctx.Err(), wctx.Done() == nil)

	parent, pcancel := context.WithCancel(bg)
	kids := make([]context.Context, 3)
	for i := range kids {
		kids[i], _ = context.WithCancel(parent)
	}
	pcancel()
	for _, k := range kids {
		<-k.Done()
		fmt.Println(k.Err())
	}
}
