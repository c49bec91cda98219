//go:build go1.21 && (linux || darwin)

package tags

func modern() bool { return true }
