package ff

import (
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) { t.Error("first fails") }

func TestSecond(t *testing.T) { t.Error("not run after -failfast") }

func Example_stillRuns() {
	fmt.Println("examples run after -failfast")
	// Output: examples run after -failfast
}
