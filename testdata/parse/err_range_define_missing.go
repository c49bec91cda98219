package main

func main() {
	for k, v range map[int]int{} {
		_, _ = k, v
	}
}
