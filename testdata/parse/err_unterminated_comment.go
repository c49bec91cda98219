package main

func main() {
	/* comment
}
