package main

func main() {
	x := 1
	for x := range ~ {
	}
}
