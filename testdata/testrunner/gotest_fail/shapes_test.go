package shapes

import (
	"fmt"
	"testing"
)

func assertEq(t *testing.T, what string, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %d, want %d", what, got, want)
	}
}

func checkRect(t *testing.T, r Rect, area, perim int) {
	t.Helper()
	assertEq(t, "area", r.Area(), area)
	assertEq(t, "perimeter", r.Perimeter(), perim)
}

func TestArea(t *testing.T) {
	checkRect(t, Rect{2, 3}, 6, 10)
	t.Log("this log shows because the test failed")
}

func TestFatalStops(t *testing.T) {
	t.Fatal("stop", "here")
	t.Error("not reached")
}

func TestMultiline(t *testing.T) {
	t.Error("first line\nsecond line\n")
	t.Errorf("value: %v", []int{1, 2})
}

func TestSubtests(t *testing.T) {
	for i, want := range []int{0, 1, 5} {
		t.Run(fmt.Sprint("case", i), func(t *testing.T) {
			if i*i != want {
				t.Fatalf("%d*%d != %d", i, i, want)
			}
		})
	}
	t.Log("after the subtests")
}

func TestPasses(t *testing.T) {
	t.Log("not shown without -v")
}

func TestFailNoMessage(t *testing.T) {
	t.Fail()
	if !t.Failed() {
		t.Error("Failed() is false")
	}
}

func ExampleRect_Area() {
	fmt.Println(Rect{3, 4}.Area())
	// Output: 13
}

func ExampleRect_Perimeter() {
	fmt.Println("one")
	fmt.Println("two")
	// Unordered output:
	// two
	// three
}
