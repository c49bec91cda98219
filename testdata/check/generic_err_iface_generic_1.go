package main

type Getter[T any] interface{ Get() T }

type IntBox struct{ v int }

func (b IntBox) Get() int { return b.v }

func main() {
	var g Getter[string] = IntBox{1} // ERROR "cannot use IntBox{…} (value of struct type IntBox) as Getter[string] value in variable declaration: IntBox does not implement Getter[string] (wrong type for method Get)\n\t\thave Get() int\n\t\twant Get() string"
	var h Getter = IntBox{2} // ERROR "cannot use generic type Getter[T any] without instantiation"
	_, _ = g, h
}
