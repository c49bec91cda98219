package calc

import (
	"fmt"
	"testing"
)

func TestInit(t *testing.T) {
	if !initialized {
		t.Fatal("init did not run")
	}
}

func TestAdd(t *testing.T) {
	cases := []struct {
		name string
		a, b int
		want int
	}{
		{"zero", 0, 0, 0},
		{"positive numbers", 2, 3, 5},
		{"negative", -2, -3, -5},
		{"zero", 1, 0, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Add(c.a, c.b); got != c.want {
				t.Errorf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
			t.Logf("%s ok", t.Name())
		})
	}
}

func TestDiv(t *testing.T) {
	if _, err := Div(1, 0); err != ErrDivZero {
		t.Fatalf("Div(1, 0): err = %v", err)
	}
	q, err := Div(7, 2)
	if err != nil || q != 3 {
		t.Fatalf("Div(7, 2) = %d, %v", q, err)
	}
	t.Log("quotient", q, "remainder", 7%2)
}

func TestCleanupOrder(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() { fmt.Println("cleanup 2") })
	defer fmt.Println("deferred")
	t.Log("body")
}

func TestSkipped(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	t.Skipf("skipping %s for now", t.Name())
	t.Error("not reached")
}

func TestNested(t *testing.T) {
	t.Run("outer", func(t *testing.T) {
		t.Run("inner", func(t *testing.T) {
			t.Log("deep")
		})
		t.Log("back in outer")
	})
	if t.Failed() {
		t.Error("should not have failed")
	}
}
