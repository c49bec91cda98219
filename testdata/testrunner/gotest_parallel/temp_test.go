package par

import (
	"testing"
)

func TestTemp(t *testing.T) {
	d := t.TempDir()
	d2 := t.TempDir()
	t.Log(d != "", d != d2)
	t.Setenv("GINT_TEST_X", "1")
}

func TestParallelSubs(t *testing.T) {
	for _, n := range []string{"a", "b"} {
		t.Run(n, func(t *testing.T) {
			t.Parallel()
			t.Log("sub", n)
		})
	}
	t.Log("parent body done")
}

