// Package filepath manipulates file name paths of the host (gint: Unix, so '/'
// separated, as package path) and walks file trees.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
)

// Separator and ListSeparator are the host's path and path-list separators.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

// errNotDir is EvalSymlinks' error for a path going on after a file.
var errNotDir = errors.New("not a directory")

// SkipDir and SkipAll, returned by a WalkFunc or WalkDirFunc, skip a directory or end
// the walk (io/fs's values).
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean returns the shortest path equivalent to path by purely lexical processing.
func Clean(p string) string { return path.Clean(p) }

// Join joins the non-empty elements with separators and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits p after its last separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Ext returns the file name extension of p.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p, cleaned.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// Match reports whether name matches the shell pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

// ToSlash returns p with each separator replaced by a slash (the same on Unix).
func ToSlash(p string) string { return p }

// FromSlash returns p with each slash replaced by a separator (the same on Unix).
func FromSlash(p string) string { return p }

// VolumeName returns the leading volume name ("" on Unix).
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator, as in $PATH; an empty
// string gives an empty list.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute form of p: joined to the working directory if relative, and
// cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// IsLocal reports whether p, lexically, stays within the directory it is evaluated in:
// not empty, not absolute, and without ".." escaping it.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for q := p; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	if p == ".." || strings.HasPrefix(p, "../") {
		return false
	}
	return true
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath; both must be absolute or both relative.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	} else if targ == "." {
		targ = ""
	}
	baseRooted := len(base) > 0 && base[0] == '/'
	targRooted := len(targ) > 0 && targ[0] == '/'
	if baseRooted != targRooted {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// base[b0:bi] and targ[t0:ti] end up at the first elements that differ.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Up from each element of base left, then down to targ's rest.
		up := ".." + strings.Repeat("/..", strings.Count(base[b0:bl], "/"))
		if t0 != tl {
			return up + "/" + targ[t0:], nil
		}
		return up, nil
	}
	return targ[t0:], nil
}

// EvalSymlinks returns p after the evaluation of any symbolic links, cleaned; a relative
// p gives a result relative to the working directory (unless a link is absolute).
func EvalSymlinks(p string) (string, error) {
	volLen := 0
	if len(p) > 0 && p[0] == '/' {
		volLen = 1
	}
	vol := p[:volLen]
	dest := vol
	links := 0
	for start, end := volLen, volLen; start < len(p); start = end {
		for start < len(p) && p[start] == '/' {
			start++
		}
		end = start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			// Back up to the previous element, unless there is none after the root or it
			// is a ".." that had to be kept.
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen || dest[r+1:] == ".." {
				if len(dest) > volLen {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > volLen && dest[len(dest)-1] != '/' {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", errNotDir
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if len(link) > 0 && link[0] == '/' {
			// An absolute link starts over at the root.
			dest, end, vol, volLen = "/", 1, "/", 1
		} else {
			// A relative link replaces the last element.
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
