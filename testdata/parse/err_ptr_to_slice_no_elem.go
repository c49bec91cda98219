package main

func main() {
	var p *[]
	_ = p
}
