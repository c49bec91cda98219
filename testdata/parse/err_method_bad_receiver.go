package main

type T struct{}

func (t T, u T) M() {}

func main() {}
