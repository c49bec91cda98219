package main

type T struct{}

func (*T) P() int { return 1 }
func (T) V() int  { return 2 }

type ByPtr struct{ *T }
type ByVal struct{ T }
type Deep struct{ ByPtr }

// A method expression X.M is valid when M is in X's method set: pointer-receiver methods
// are there when an embedded pointer leads to them.
func main() {
	_ = ByPtr.P
	_ = ByPtr.V
	_ = (*ByPtr).P
	_ = Deep.P
	_ = ByVal.V
	_ = (*ByVal).P
	_ = ByVal.P // ERROR "invalid method expression ByVal.P (needs pointer receiver (*ByVal).P)"
	_ = T.P // ERROR "invalid method expression T.P (needs pointer receiver (*T).P)"
	_ = (*Deep).V
}
