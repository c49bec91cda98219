package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for concurrent use.
type Replacer struct {
	oldnew   []string
	first    [256]bool // first bytes of the non-empty old strings
	hasEmpty bool      // whether some old string is empty
}

// NewReplacer returns a Replacer from old, new string pairs. Replacements happen in the
// order the matches appear in the target, without overlapping; where several old strings
// match at one place, the one given first wins. It panics on an odd argument count.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...)}
	for i := 0; i < len(oldnew); i += 2 {
		if old := oldnew[i]; old == "" {
			r.hasEmpty = true
		} else {
			r.first[old[0]] = true
		}
	}
	return r
}

// match returns the index in oldnew of the first old string matching s at i, or -1. Right
// after an empty match at i, empty old strings are not considered again.
func (r *Replacer) match(s string, i int, afterEmpty bool) int {
	if i < len(s) && !r.first[s[i]] && !r.hasEmpty {
		return -1
	}
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" {
			if !afterEmpty {
				return k
			}
		} else if len(s)-i >= len(old) && s[i:i+len(old)] == old {
			return k
		}
	}
	return -1
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	replaced := false
	last := 0
	afterEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, afterEmpty)
		if k < 0 {
			afterEmpty = false
			i++
			continue
		}
		old, new := r.oldnew[k], r.oldnew[k+1]
		b = append(b, s[last:i]...)
		b = append(b, new...)
		replaced = true
		i += len(old)
		last = i
		afterEmpty = len(old) == 0
	}
	if !replaced {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
