package par

import (
	"testing"
)

type tb interface {
	Helper()
	Errorf(string, ...any)
}

func helper(t tb, x int) {
	t.Helper()
	if x != 1 {
		t.Errorf("x = %d", x)
	}
}

func TestIface(t *testing.T) {
	helper(t, 2)
	var i testing.TB = t
	i.Logf("via TB %d", 1)
	i.Errorf("fail via TB")
}

func TestParallel(t *testing.T) {
	t.Parallel()
	t.Log("parallel")
}

func TestRecoverSwallows(t *testing.T) {
	defer func() { recover() }()
	t.Fatal("fatal inside recover")
}

func TestAfter(t *testing.T) {
	t.Log("after")
}

