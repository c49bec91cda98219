package strs

import (
	"fmt"
	"testing"
)

func TestReverse(t *testing.T) {
	if Reverse("ab") != "ba" {
		t.Error("ab")
	}
}

func FuzzReverse(f *testing.F) {
	for _, s := range []string{"abc", "héllo", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Reverse(Reverse(s)); got != s {
			t.Errorf("Reverse(Reverse(%q)) = %q", s, got)
		}
	})
}

func FuzzAdd(f *testing.F) {
	f.Add(1, int64(2))
	f.Add(-3, int64(3))
	f.Fuzz(func(t *testing.T, a int, b int64) {
		t.Logf("%d+%d", a, b)
		if int64(a)+b != b+int64(a) {
			t.Fatal("not commutative")
		}
	})
}

func FuzzFails(f *testing.F) {
	f.Add("ok", []byte("x"))
	f.Add("boom", []byte{})
	f.Fuzz(func(t *testing.T, s string, b []byte) {
		if s == "boom" {
			t.Errorf("seed %q %v fails", s, b)
		}
	})
}

func FuzzNoSeeds(f *testing.F) {
	f.Log("no seeds")
	f.Fuzz(func(t *testing.T, b []byte) {})
}

func ExampleReverse() {
	fmt.Println(Reverse("héllo"))
	// Output: olléh
}

func FuzzBadCorpus(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		t.Log("never runs")
	})
}

func FuzzKinds(f *testing.F) {
	f.Fuzz(func(t *testing.T, b bool, c byte, r rune, x float64, y float32, u uint16, z float64) {
		t.Logf("%v %v %v %v %v %v %v", b, c, r, x, y, u, z)
	})
}
