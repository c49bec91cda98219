package main

import (
	"fmt"
	"time"
)

func timers() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(10 * time.Millisecond)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(20 * time.Millisecond)
}

func tickers() {
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int, 10)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				close(ticks)
				return
			case <-ticker.C:
				n++
				ticks <- n
			}
		}
	}()
	time.Sleep(70 * time.Millisecond)
	ticker.Stop()
	done <- true
	count := 0
	for range ticks {
		count++
	}
	fmt.Println("Ticker stopped after about 3 ticks:", count >= 2 && count <= 4)
}

func nonBlocking() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
}

func closing() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
}

func selects() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(40 * time.Millisecond)
		c2 <- "two"
	}()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}
}

func main() {
	timers()
	tickers()
	nonBlocking()
	closing()
	selects()
}
