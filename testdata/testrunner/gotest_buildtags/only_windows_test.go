//go:build windows

package tags

import "testing"

func TestWindowsOnly(t *testing.T) { t.Fatal("not on linux") }
