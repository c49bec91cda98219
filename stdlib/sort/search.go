package sort

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming f is
// false and then true over the range; it returns n if there is no such index. f is called
// only for indexes in [0, n).
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // no overflow
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, or n, and whether
// cmp(i) == 0 there. cmp must be positive, then zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts returns the index where x is, or would be inserted, in the sorted slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the index where x is, or would be inserted, in the sorted
// slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index where x is, or would be inserted, in the sorted
// slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
