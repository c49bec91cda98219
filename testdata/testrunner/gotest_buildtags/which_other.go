/*
Package tags picks files by build constraints.
*/

//go:build !linux && !windows

package tags

func system() string { return "other" }
