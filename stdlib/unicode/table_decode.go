package unicode

// decodeTable builds a RangeTable from the compact text tools/stdgen writes into
// tables.go: base-36 numbers "lo,hi,stride," per range, the Range16s first and then,
// after a ";", the Range32s. Tables are decoded when a program first uses them.
func decodeTable(text string) *RangeTable {
	t := &RangeTable{}
	var nums [3]uint32
	n, cur, wide := 0, uint32(0), false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ';':
			wide = true
		case c == ',':
			nums[n] = cur
			n, cur = n+1, 0
			if n == 3 {
				if wide {
					t.R32 = append(t.R32, Range32{nums[0], nums[1], nums[2]})
				} else {
					t.R16 = append(t.R16, Range16{uint16(nums[0]), uint16(nums[1]), uint16(nums[2])})
					if nums[1] <= MaxLatin1 {
						t.LatinOffset++
					}
				}
				n = 0
			}
		case c >= 'a':
			cur = cur*36 + uint32(c-'a'+10)
		default:
			cur = cur*36 + uint32(c-'0')
		}
	}
	return t
}

// decodeCaseRanges builds the case-mapping table from tools/stdgen's compact text:
// base-36 numbers "lo,hi,up,low,title," per row, "-" before a negative delta, "*" for
// UpperLower.
func decodeCaseRanges(text string) []CaseRange {
	var out []CaseRange
	var nums [5]rune
	n, cur, neg, upperLower := 0, rune(0), false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ',':
			switch {
			case upperLower:
				cur = UpperLower
			case neg:
				cur = -cur
			}
			nums[n] = cur
			n, cur, neg, upperLower = n+1, 0, false, false
			if n == 5 {
				out = append(out, CaseRange{uint32(nums[0]), uint32(nums[1]), d{nums[2], nums[3], nums[4]}})
				n = 0
			}
		case c == '-':
			neg = true
		case c == '*':
			upperLower = true
		case c >= 'a':
			cur = cur*36 + rune(c-'a'+10)
		default:
			cur = cur*36 + rune(c-'0')
		}
	}
	return out
}
