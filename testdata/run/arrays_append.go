package main
import "fmt"
func main() {
var s [][2]int
for i := 0; i < 5; i++ {
s = append(s, [2]int{i, i})
}
t := s[:cap(s)]
t[6][1] = 1
fmt.Println(t, len(t))
}
