package main

func main() {
	x := 1
	s := "a"
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 (constant of type int) in expression switch"
	case 3, 1: // ERROR "duplicate case 1 (constant of type int) in expression switch"
	}
	switch s {
	case "a":
	case "a": // ERROR "duplicate case \"a\" (constant of type string) in expression switch"
	}
	switch {
	case true:
	case true:
	}
	switch x {
	default:
	default: // ERROR "multiple defaults (first at FILE.go:20:2)"
	}
	switch x {
	case "b": // ERROR "cannot convert \"b\" (untyped string constant) to type int"
	}
	const k = 5
	switch x {
	case k, 5: // ERROR "duplicate case 5 (constant of type int) in expression switch"
	}
}
