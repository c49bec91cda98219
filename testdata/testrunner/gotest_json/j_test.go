package j

import "testing"

func TestOK(t *testing.T) {
	t.Log("<fine> & dandy")
}

func TestBad(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		t.Error("broken")
	})
}

func TestSkip(t *testing.T) {
	t.Skip("later")
}
