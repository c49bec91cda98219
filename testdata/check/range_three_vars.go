package main

func seq2(yield func(int, string) bool) {}

func main() {
	var m map[string]int
	for a, b, c := range m { // ERROR "declared and not used: a" "declared and not used: b" "range clause permits at most two iteration variables"
	}
	for k, v, w := range seq2 { // ERROR "declared and not used: k" "declared and not used: v" "range clause permits at most two iteration variables"
	}
	var s []int
	for i, x, y := range s { // ERROR "range clause permits at most two iteration variables"
		_, _, _ = i, x, y // ERROR "undefined: y"
	}
}
