// Fills a map without end: past --max-memory it is Go's fatal "out of memory".
package main

func main() {
	m := map[int]string{}
	for i := 0; ; i++ {
		m[i] = "value"
	}
}
