package f

import (
	"fmt"
	"testing"
)

func TestAlpha(t *testing.T) { t.Log("alpha") }

func TestAlpha2(t *testing.T) { t.Log("alpha2") }

func TestBeta(t *testing.T) {
	for _, name := range []string{"one", "two", "three"} {
		t.Run(name, func(t *testing.T) { t.Log(name) })
	}
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in short mode")
	}
}

func Example_hello() {
	fmt.Println("hello")
	// Output: hello
}
