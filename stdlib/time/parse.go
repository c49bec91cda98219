package time

import "errors"

// The elements of a layout (Go's reference time Mon Jan 2 15:04:05 MST 2006).
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".0", ".00", ... : fixed digits
	stdFracSecond9 // ".9", ".99", ...: trailing zeros omitted
)

var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func hasAt(s string, i int, w string) bool {
	return len(s) >= i+len(w) && s[i:i+len(w)] == w
}

// nextStdChunk finds the first layout element in layout: the literal text before it,
// the element, and the text after it.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J': // January, Jan
			if hasAt(layout, i, "Jan") {
				if hasAt(layout, i, "January") {
					return layout[:i], stdLongMonth, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdMonth, layout[i+3:]
				}
			}
		case 'M': // Monday, Mon, MST
			if hasAt(layout, i, "Mon") {
				if hasAt(layout, i, "Monday") {
					return layout[:i], stdLongWeekDay, layout[i+6:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdWeekDay, layout[i+3:]
				}
			}
			if hasAt(layout, i, "MST") {
				return layout[:i], stdTZ, layout[i+3:]
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[:i], std0x[layout[i+1]-'1'], layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[:i], stdZeroYearDay, layout[i+3:]
			}
		case '1': // 15, 1
			if hasAt(layout, i, "15") {
				return layout[:i], stdHour, layout[i+2:]
			}
			return layout[:i], stdNumMonth, layout[i+1:]
		case '2': // 2006, 2
			if hasAt(layout, i, "2006") {
				return layout[:i], stdLongYear, layout[i+4:]
			}
			return layout[:i], stdDay, layout[i+1:]
		case '_': // _2, _2006, __2
			if hasAt(layout, i, "_2") {
				// "_2006" is a literal "_" and then the year.
				if hasAt(layout, i+1, "2006") {
					return layout[:i+1], stdLongYear, layout[i+5:]
				}
				return layout[:i], stdUnderDay, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, layout[i+1:]
		case 'P': // PM
			if hasAt(layout, i, "PM") {
				return layout[:i], stdPM, layout[i+2:]
			}
		case 'p': // pm
			if hasAt(layout, i, "pm") {
				return layout[:i], stdpm, layout[i+2:]
			}
		case '-': // -070000, -07:00:00, -0700, -07:00, -07
			switch {
			case hasAt(layout, i, "-070000"):
				return layout[:i], stdNumSecondsTz, layout[i+7:]
			case hasAt(layout, i, "-07:00:00"):
				return layout[:i], stdNumColonSecondsTZ, layout[i+9:]
			case hasAt(layout, i, "-0700"):
				return layout[:i], stdNumTZ, layout[i+5:]
			case hasAt(layout, i, "-07:00"):
				return layout[:i], stdNumColonTZ, layout[i+6:]
			case hasAt(layout, i, "-07"):
				return layout[:i], stdNumShortTZ, layout[i+3:]
			}
		case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00, Z07
			switch {
			case hasAt(layout, i, "Z070000"):
				return layout[:i], stdISO8601SecondsTZ, layout[i+7:]
			case hasAt(layout, i, "Z07:00:00"):
				return layout[:i], stdISO8601ColonSecondsTZ, layout[i+9:]
			case hasAt(layout, i, "Z0700"):
				return layout[:i], stdISO8601TZ, layout[i+5:]
			case hasAt(layout, i, "Z07:00"):
				return layout[:i], stdISO8601ColonTZ, layout[i+6:]
			case hasAt(layout, i, "Z07"):
				return layout[:i], stdISO8601ShortTZ, layout[i+3:]
			}
		case '.', ',': // .000 or .999 (or with a comma): fractional seconds, if no digit follows
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					if ch == '9' {
						return layout[:i], stdFracSecond9, layout[j:]
					}
					return layout[:i], stdFracSecond0, layout[j:]
				}
			}
		}
	}
	return layout, stdNone, ""
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

// getnum parses a one- or two-digit number at the start of s (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses a one- to three-digit number (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the literal prefix from value; a space in prefix matches any run of
// spaces (at least one unless value has run out).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// lookup finds the name of tab that val starts with, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c1, c2 := a[i], b[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, ok := leadingInt(s)
	x := int(q)
	if !ok || rem != "" || s == "" {
		return 0, errBad
	}
	if neg {
		x = -x
	}
	return x, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds parses the fraction value[:nbytes] (its separator first).
func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days in a non-leap year before month m begins.
var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// parseTimeZone reports the length of the zone abbreviation at the start of value
// (such as MST, PDT, GMT+3, ChST), if there is one.
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		length = parseSignedOffset(value)
		return length, length > 0
	}
	var nUpper int
	for nUpper = 0; nUpper < 6; nUpper++ {
		if nUpper >= len(value) {
			break
		}
		if c := value[nUpper]; c < 'A' || 'Z' < c {
			break
		}
	}
	switch nUpper {
	case 0, 1, 2, 6:
		return 0, false
	case 5: // must end in T
		if value[4] == 'T' {
			return 5, true
		}
	case 4: // must end in T, except some special cases
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

// parseSignedOffset reports the length of a signed hour offset like "+3" or "-10".
func parseSignedOffset(value string) int {
	if len(value) == 0 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rem, ok := leadingInt(value[1:])
	if !ok || value[1:] == rem {
		return 0
	}
	if x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

// Parse parses a formatted string as layout describes it and returns the time value.
// Without a zone in the value, the time is in UTC; with an offset that matches the local
// zone, in Local; otherwise in a fixed zone with that offset.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc,
// and a zone offset or name first as loc's.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErrString := ""
	amSet, pmSet := false, false
	var (
		year       int
		month      int = -1
		day        int = -1
		yday       int = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset int = -1
		zoneName   string
	)
	for {
		var err error
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		hold := value
		switch std {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 { // Unix time starts Dec 31 1969 in some time zones
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[:4], value[4:]
			year, err = atoi(p)
		case stdMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErrString = "month"
			}
		case stdWeekDay:
			// Ignore weekday except for error checking.
			_, value, err = lookup(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day; checked against the month at the end.
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErrString = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErrString = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErrString = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErrString = "second"
				break
			}
			// A fraction after the seconds is accepted even when the layout has none.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, std, _ = nextStdChunk(layout)
				if std == stdFracSecond0 || std == stdFracSecond9 {
					// The layout's fraction comes next.
					break
				}
				n := 2
				for ; n < len(value) && isDigit(value, n); n++ {
				}
				nsec, rangeErrString, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			switch p {
			case "PM":
				pmSet = true
			case "AM":
				amSet = true
			default:
				err = errBad
			}
		case stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			switch p {
			case "pm":
				pmSet = true
			case "am":
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ ||
				std == stdISO8601SecondsTZ || std == stdISO8601ColonSecondsTZ) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch std {
			case stdISO8601ColonTZ, stdNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case stdNumShortTZ, stdISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case stdISO8601SecondsTZ, stdNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mn, sc int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mn, _, err = getnum(mm, true)
			}
			if err == nil {
				sc, _, err = getnum(ss, true)
			}
			// Offsets of 24 hours or 60 minutes are written by some; more is out of range.
			if hr > 24 {
				rangeErrString = "time zone offset hour"
			}
			if mn > 60 {
				rangeErrString = "time zone offset minute"
			}
			if sc > 60 {
				rangeErrString = "time zone offset second"
			}
			zoneOffset = (hr*60+mn)*60 + sc
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			// The layout fixes the number of digits.
			ndigit := 1 + len(stdstr) - 1
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErrString, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
				// The fraction is omitted.
				break
			}
			// Any number of digits.
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErrString, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErrString != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErrString + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	// A day of the year gives the month and day.
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		// A month or day already seen must agree.
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// The local zone, if it has this offset (and name) at that time.
		name, offset := t.In(local).Zone()
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// The local zone, if it has a zone of this name.
		offset, ok := local.lookupName(zoneName, t.Unix())
		if ok {
			t.sec -= int64(offset)
			t.loc = local
			return t, nil
		}
		// Otherwise a zone of that name and an unknown offset (GMT+n is known).
		offset = 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// MarshalText implements encoding.TextMarshaler: the time in RFC 3339 with sub-second
// precision.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return []byte(t.Format(RFC3339Nano)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the time must be in RFC 3339.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}
