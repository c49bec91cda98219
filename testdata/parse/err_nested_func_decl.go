package main

func main() {
	func helper() int {
		return 1
	}
}
