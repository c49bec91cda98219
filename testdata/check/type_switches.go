package main

type I interface{ M() }
type T struct{}

func (T) M() {}

type S struct{}

func main() {
	var n int
	var i I
	switch n.(type) { // ERROR "n (variable of type int) is not an interface"
	}
	switch x := i.(type) { // ERROR "x declared and not used"
	}
	switch i.(type) {
	case S: // ERROR "impossible type switch case: S\n\ti (variable of interface type I) cannot have dynamic type S (missing method M)"
	case T, T: // ERROR "duplicate case T in type switch"
	case int: // ERROR "impossible type switch case: int\n\ti (variable of interface type I) cannot have dynamic type int (missing method M)"
	}
	switch i.(type) {
	case nil, nil: // ERROR "duplicate case nil in type switch"
	}
	switch y := i.(type) {
	case T:
		y.M()
	default:
		fallthrough // ERROR "cannot fallthrough in type switch"
	}
}
