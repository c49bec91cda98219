package e

import "testing"

func TestTwice(t *testing.T) {
	if Twice(2) != 4 {
		t.Error(undefinedName)
	}
}
