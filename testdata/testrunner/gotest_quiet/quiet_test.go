package quiet

import (
	"fmt"
	"testing"
)

func TestDouble(t *testing.T) {
	if Double(2) != 4 {
		t.Fatal("2*2")
	}
	t.Log("logged, not shown: the test passed")
	t.Run("sub", func(t *testing.T) { fmt.Println("printed by a subtest") })
}

func ExampleDouble() {
	fmt.Println(Double(3))
	// Output:
	// doubling 3
	// 6
}
