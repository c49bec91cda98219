package time

import "errors"

// MarshalJSON implements json.Marshaler: the time as a quoted RFC 3339 string with
// sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = append(b, t.Format(RFC3339Nano)...)
	b = append(b, '"')
	return b, nil
}

// UnmarshalJSON implements json.Unmarshaler: the time must be a quoted RFC 3339 string.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = parseRFC3339(string(data[1 : len(data)-1]))
	return err
}

// MarshalText implements encoding.TextMarshaler: the time in RFC 3339 format with
// sub-second precision.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the time must be in RFC 3339 format.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = parseRFC3339(string(data))
	return err
}

// parseRFC3339 parses "2006-01-02T15:04:05[.fraction](Z|±07:00)", the layout JSON times
// use (time.Parse's general layouts are not needed for it).
func parseRFC3339(s string) (Time, error) {
	bad := errors.New("parsing time " + quote(s) + " as \"" + RFC3339 + "\": cannot parse " + quote(s) + " as \"2006\"")
	num := func(i, n int) (int, bool) {
		if i+n > len(s) {
			return 0, false
		}
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' {
		return Time{}, bad
	}
	year, ok1 := num(0, 4)
	month, ok2 := num(5, 2)
	day, ok3 := num(8, 2)
	hour, ok4 := num(11, 2)
	min, ok5 := num(14, 2)
	sec, ok6 := num(17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 59 {
		return Time{}, bad
	}
	i := 19
	nsec := 0
	if s[i] == '.' || s[i] == ',' {
		i++
		digits := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if digits < 9 {
				nsec = nsec*10 + int(s[i]-'0')
			}
			digits++
			i++
		}
		if digits == 0 {
			return Time{}, bad
		}
		for ; digits < 9; digits++ {
			nsec *= 10
		}
	}
	rest := s[i:]
	if rest == "Z" || rest == "z" {
		return Date(year, Month(month), day, hour, min, sec, nsec, UTC), nil
	}
	if len(rest) != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':' {
		return Time{}, bad
	}
	oh, ok1 := num(i+1, 2)
	om, ok2 := num(i+4, 2)
	if !ok1 || !ok2 {
		return Time{}, bad
	}
	off := oh*3600 + om*60
	if rest[0] == '-' {
		off = -off
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, FixedZone("", off)), nil
}

func quote(s string) string {
	return "\"" + s + "\""
}
