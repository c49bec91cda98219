package main

import "fmt"

// A hand-written scanner in the style of old C code: states as labels, gotos between them.
func scanNumber(s string) (intPart, frac int, fracDigits int, ok bool) {
	i := 0
	if i >= len(s) {
		goto fail
	}
int:
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		intPart = intPart*10 + int(s[i]-'0')
		i++
		goto int
	}
	if i < len(s) && s[i] == '.' {
		i++
		goto frac
	}
	goto end
frac:
	for i < len(s) {
		c := s[i]
		if c < '0' || c > '9' {
			goto fail
		}
		frac = frac*10 + int(c-'0')
		fracDigits++
		i++
	}
end:
	if i != len(s) {
		goto fail
	}
	return intPart, frac, fracDigits, true
fail:
	return 0, 0, 0, false
}

func retry(attempts int, f func(int) error) (err error) {
	n := 0
again:
	n++
	if err = f(n); err != nil && n < attempts {
		fmt.Println("  attempt", n, "failed:", err)
		goto again
	}
	return err
}

func main() {
	for _, s := range []string{"123", "3.14", "0.5", "12a", ".", "", "7.", "42.001"} {
		i, f, d, ok := scanNumber(s)
		fmt.Printf("%-8q int=%d frac=%d digits=%d ok=%v\n", s, i, f, d, ok)
	}
	err := retry(3, func(n int) error {
		if n < 3 {
			return fmt.Errorf("transient #%d", n)
		}
		return nil
	})
	fmt.Println("result:", err)
	err = retry(2, func(n int) error { return fmt.Errorf("permanent #%d", n) })
	fmt.Println("result:", err)
}
