package p

import "testing"

func TestFirst(t *testing.T) {
	t.Log("runs")
}

func TestIndex(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		xs := []int{1, 2, 3}
		i := 5
		t.Log("about to index")
		_ = xs[i]
	})
}

func TestNotRun(t *testing.T) {
	t.Log("never")
}
