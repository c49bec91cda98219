package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' matches any run of
// non-slash characters, '?' one non-slash character, '[' ... ']' a character class
// ('^' negates it, 'a-z' is a range), and '\\' quotes the next character. The only
// error is ErrBadPattern, for a malformed pattern, which is checked through to its end
// even when name does not match.
func Match(pattern, name string) (matched bool, err error) {
Pattern:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			// A trailing * matches the rest of name unless it has a slash.
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, nil
				}
			}
			return true, nil
		}
		// The chunk at the current position; the last chunk must use up name.
		t, ok, err := matchChunk(chunk, name)
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// After a star: the chunk at each later position, never past a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					continue Pattern
				}
				if err != nil {
					return false, err
				}
			}
		}
		// No match: the rest of the pattern must still be well formed.
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk takes the leading stars of pattern and the chunk up to the next star outside
// a character class.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk (no stars) at the start of s and returns what is left of s.
// Once the match has failed it goes on reading chunk only, to report a malformed one.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			var in bool
			in, chunk, err = matchClass(chunk[1:], r)
			if err != nil {
				return "", false, err
			}
			if !in {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// matchClass reads a character class after its '[' and reports whether r is in it.
func matchClass(chunk string, r rune) (in bool, rest string, err error) {
	negated := false
	if len(chunk) > 0 && chunk[0] == '^' {
		negated = true
		chunk = chunk[1:]
	}
	match := false
	for n := 0; ; n++ {
		if len(chunk) > 0 && chunk[0] == ']' && n > 0 {
			chunk = chunk[1:]
			break
		}
		var lo, hi rune
		if lo, chunk, err = classChar(chunk); err != nil {
			return false, "", err
		}
		hi = lo
		if chunk[0] == '-' {
			if hi, chunk, err = classChar(chunk[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			match = true
		}
	}
	return match != negated, chunk, nil
}

// classChar reads one (possibly escaped) character of a class; the class must go on
// after it.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
