package unicode

// The category tables; each is a *RangeTable.
var (
	Cc     = _Cc // control characters
	Cf     = _Cf // format characters
	Cn     = _Cn // unassigned code points
	Co     = _Co // private use
	Cs     = _Cs // surrogates
	Digit  = _Nd // decimal digits
	Nd     = _Nd // decimal digits
	LC     = _LC // cased letters: Ll | Lt | Lu
	Letter = _L  // letters, category L
	L      = _L
	Lm     = _Lm // modifier letters
	Lo     = _Lo // other letters
	Lower  = _Ll // lower case letters
	Ll     = _Ll
	Mark   = _M // marks, category M
	M      = _M
	Mc     = _Mc // spacing combining marks
	Me     = _Me // enclosing marks
	Mn     = _Mn // nonspacing marks
	Nl     = _Nl // letter numbers
	No     = _No // other numbers
	Number = _N  // numbers, category N
	N      = _N
	Other  = _C // control, special and unassigned code points, category C
	C      = _C
	Pc     = _Pc // connector punctuation
	Pd     = _Pd // dash punctuation
	Pe     = _Pe // close punctuation
	Pf     = _Pf // final quote punctuation
	Pi     = _Pi // initial quote punctuation
	Po     = _Po // other punctuation
	Ps     = _Ps // open punctuation
	Punct  = _P  // punctuation, category P
	P      = _P
	Sc     = _Sc // currency symbols
	Sk     = _Sk // modifier symbols
	Sm     = _Sm // math symbols
	So     = _So // other symbols
	Space  = _Z  // space separators, category Z
	Z      = _Z
	Symbol = _S // symbols, category S
	S      = _S
	Title  = _Lt // title case letters
	Lt     = _Lt
	Upper  = _Lu // upper case letters
	Lu     = _Lu
	Zl     = _Zl // line separators
	Zp     = _Zp // paragraph separators
	Zs     = _Zs // space separators
)

// White_Space is the set of code points with the White_Space property.
var White_Space = _White_Space

// CaseRanges describes the case mappings of every letter that has one.
var CaseRanges = _CaseRanges

// TurkishCase and AzeriCase hold the Turkish and Azeri special case mappings (dotted and
// dotless i).
var TurkishCase SpecialCase = _TurkishCase

var AzeriCase SpecialCase = _TurkishCase

// Categories maps a category name to its table.
var Categories = map[string]*RangeTable{
	"C": C, "Cc": Cc, "Cf": Cf, "Cn": Cn, "Co": Co, "Cs": Cs,
	"L": L, "LC": LC, "Ll": Ll, "Lm": Lm, "Lo": Lo, "Lt": Lt, "Lu": Lu,
	"M": M, "Mc": Mc, "Me": Me, "Mn": Mn,
	"N": N, "Nd": Nd, "Nl": Nl, "No": No,
	"P": P, "Pc": Pc, "Pd": Pd, "Pe": Pe, "Pf": Pf, "Pi": Pi, "Po": Po, "Ps": Ps,
	"S": S, "Sc": Sc, "Sk": Sk, "Sm": Sm, "So": So,
	"Z": Z, "Zl": Zl, "Zp": Zp, "Zs": Zs,
}

// CategoryAliases maps long category names (and a few POSIX-like ones) to category names.
var CategoryAliases = map[string]string{
	"Cased_Letter":          "LC",
	"Close_Punctuation":     "Pe",
	"Combining_Mark":        "M",
	"Connector_Punctuation": "Pc",
	"Control":               "Cc",
	"Currency_Symbol":       "Sc",
	"Dash_Punctuation":      "Pd",
	"Decimal_Number":        "Nd",
	"Enclosing_Mark":        "Me",
	"Final_Punctuation":     "Pf",
	"Format":                "Cf",
	"Initial_Punctuation":   "Pi",
	"Letter":                "L",
	"Letter_Number":         "Nl",
	"Line_Separator":        "Zl",
	"Lowercase_Letter":      "Ll",
	"Mark":                  "M",
	"Math_Symbol":           "Sm",
	"Modifier_Letter":       "Lm",
	"Modifier_Symbol":       "Sk",
	"Nonspacing_Mark":       "Mn",
	"Number":                "N",
	"Open_Punctuation":      "Ps",
	"Other":                 "C",
	"Other_Letter":          "Lo",
	"Other_Number":          "No",
	"Other_Punctuation":     "Po",
	"Other_Symbol":          "So",
	"Paragraph_Separator":   "Zp",
	"Private_Use":           "Co",
	"Punctuation":           "P",
	"Separator":             "Z",
	"Space_Separator":       "Zs",
	"Spacing_Mark":          "Mc",
	"Surrogate":             "Cs",
	"Symbol":                "S",
	"Titlecase_Letter":      "Lt",
	"Unassigned":            "Cn",
	"Uppercase_Letter":      "Lu",
	"cntrl":                 "Cc",
	"digit":                 "Nd",
	"punct":                 "P",
}

// GraphicRanges lists the categories of graphic characters as Unicode defines them.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges lists the categories of printable characters as Go defines them; the ASCII
// space U+0020 is printable too and is handled on its own.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// IsGraphic reports whether r is graphic: a letter, mark, number, punctuation, symbol or
// space separator (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&(pL|pN|pP|pS|pZs) != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether r is printable as Go defines it: categories L, M, N, P, S and the
// ASCII space. Other spaces, such as U+00A0, are not printable.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&(pL|pN|pP|pS) != 0 || r == ' '
	}
	return In(r, PrintRanges...)
}

// IsOneOf reports whether r is in one of the ranges. Prefer In.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether r is in one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsControl reports whether r is a control character (U+0000..U+001F, U+007F..U+009F).
// Category C holds more, such as surrogates; use Is(C, r) for those.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pC != 0
	}
	return false
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pL != 0
	}
	return isExcludingLatin(Letter, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool {
	// No Latin-1 code point is a mark.
	return isExcludingLatin(Mark, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pN != 0
	}
	return isExcludingLatin(Number, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pP != 0
	}
	return Is(Punct, r)
}

// IsSpace reports whether r is white space: in Latin-1 '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL) and U+00A0 (NBSP); elsewhere the White_Space property decides.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isExcludingLatin(White_Space, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pS != 0
	}
	return isExcludingLatin(Symbol, r)
}

// IsDigit reports whether r is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isExcludingLatin(Digit, r)
}
