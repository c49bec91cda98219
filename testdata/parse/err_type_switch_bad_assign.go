package main

func main() {
	var v any
	switch x = v.(type) {
	}
}
