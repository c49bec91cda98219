package calc

import (
	"testing"

	"example.com/tree/lib"
)

func TestSum(t *testing.T) {
	if Sum(1, 2, 3) != 6 {
		t.Fatal(lib.Greeting)
	}
}
