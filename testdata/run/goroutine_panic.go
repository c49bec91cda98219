package main

import "time"

func main() {
	go func() { panic("boom") }()
	time.Sleep(time.Second)
}
