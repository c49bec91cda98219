package tags

import (
	"testing"

	"example.com/tags/sys"
)

func TestSystem(t *testing.T) {
	t.Log(system(), modern(), sys.Name)
}
