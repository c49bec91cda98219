// An unnamed struct type with methods promoted from its embedded fields, as an interface
// value: interface calls, assertions and fmt reach the promoted methods (gint refuses it:
// its runtime descriptor has no method table).
package main

import (
	"bytes"
	"fmt"
)

type inner struct{}

func (inner) String() string { return "shadowed" }

func main() {
	type deep struct{ inner }
	s := struct {
		deep
		*bytes.Buffer
	}{deep{}, bytes.NewBufferString("ok")}
	var i fmt.Stringer = s
	fmt.Println(i.String(), s.String())
	var a any = struct{ inner }{}
	_, ok := a.(fmt.Stringer)
	fmt.Println(a, ok)
}
