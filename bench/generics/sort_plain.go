package main

import "fmt"

// The slices.Sort benchmark written without generics: the same pdqsort, for []int.
func main() {
	const n = 1000000
	xs := make([]int, n)
	x := uint32(12345)
	for i := range xs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		xs[i] = int(x % 1000000)
	}
	cmp := func(a, b int) int {
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	}
	pdqsortCmpFunc(xs, cmp, 0, n, bitsLen(uint(n)))
	sorted := true
	for i := 1; i < n; i++ {
		if xs[i] < xs[i-1] {
			sorted = false
		}
	}
	fmt.Println(xs[0], xs[n/2], xs[n-1], sorted)
}

func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}


// The unstable sort: pattern-defeating quicksort. Short ranges (12 or fewer elements) are
// insertion sorted; after too many unbalanced partitions (limit reaches 0) a range falls
// back to heapsort, which bounds the worst case to O(n log n).

// sortedHint is what choosePivot learned about the order of the range.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

func insertionSortCmpFunc(data []int, cmp func(a, b int) int, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (cmp(data[j], data[j-1]) < 0); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[first+lo :
// first+hi].
func siftDownCmpFunc(data []int, cmp func(a, b int) int, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && (cmp(data[first+child], data[first+child+1]) < 0) {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortCmpFunc(data []int, cmp func(a, b int) int, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownCmpFunc(data, cmp, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownCmpFunc(data, cmp, lo, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of bad pivots allowed before heapsort.
func pdqsortCmpFunc(data []int, cmp func(a, b int) int, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // whether the last partition was reasonably balanced
	wasPartitioned := true // whether the last partition found the range already partitioned
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortCmpFunc(data, cmp, a, b)
			return
		}
		if limit == 0 {
			heapSortCmpFunc(data, cmp, a, b)
			return
		}
		// After an unbalanced partition, shuffle a few elements to break patterns.
		if !wasBalanced {
			breakPatternsCmpFunc(data, cmp, a, b)
			limit--
		}
		pivot, hint := choosePivotCmpFunc(data, cmp, a, b)
		if hint == decreasingHint {
			reverseRangeCmpFunc(data, cmp, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// A range that looks sorted may need only a few insertions.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortCmpFunc(data, cmp, a, b) {
				return
			}
		}
		// If the element before the range (a previous pivot) is not less than the pivot,
		// the range holds many elements equal to it: put them in place at once.
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			mid := partitionEqualCmpFunc(data, cmp, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partitionCmpFunc(data, cmp, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the shorter side, loop on the longer one.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortCmpFunc(data, cmp, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortCmpFunc(data, cmp, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the elements less than data[pivot] before it and the others after it,
// and returns the pivot's final index and whether no element had to move.
func partitionCmpFunc(data []int, cmp func(a, b int) int, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && (cmp(data[i], data[a]) < 0) {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && (cmp(data[i], data[a]) < 0) {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual moves the elements equal to data[pivot] (none is less) to the front and
// returns the index of the first greater element.
func partitionEqualCmpFunc(data []int, cmp func(a, b int) int, a, b, pivot int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && (cmp(data[a], data[j]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSort sorts a nearly sorted range by fixing at most a few out-of-order
// elements, and reports whether the range ended up sorted.
func partialInsertionSortCmpFunc(data []int, cmp func(a, b int) int, a, b int) bool {
	const (
		maxSteps         = 5  // out-of-order elements fixed at most
		shortestShifting = 50 // shorter ranges are not shifted at all
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// Shift the smaller element left to its place.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		// Shift the greater element right to its place.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements near the middle with pseudo-random others.
func breakPatternsCmpFunc(data []int, cmp func(a, b int) int, a, b int) {
	length := b - a
	if length >= 8 {
		random := xorshift(length)
		modulus := nextPowerOfTwo(length)
		idx := a + (length/4)*2 - 1
		for i := 0; i < 3; i++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data[idx+i], data[a+other] = data[a+other], data[idx+i]
		}
	}
}

// choosePivot picks a pivot as the median of three (ranges of 8 or more) or of three
// medians of three (50 or more), and says whether the samples looked sorted either way.
func choosePivotCmpFunc(data []int, cmp func(a, b int) int, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacentCmpFunc(data, cmp, i, &swaps)
			j = medianAdjacentCmpFunc(data, cmp, j, &swaps)
			k = medianAdjacentCmpFunc(data, cmp, k, &swaps)
		}
		j = medianCmpFunc(data, cmp, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered by Less, counting a swap when they were not.
func order2CmpFunc(data []int, cmp func(a, b int) int, a, b int, swaps *int) (int, int) {
	if (cmp(data[b], data[a]) < 0) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianCmpFunc(data []int, cmp func(a, b int) int, a, b, c int, swaps *int) int {
	a, b = order2CmpFunc(data, cmp, a, b, swaps)
	b, c = order2CmpFunc(data, cmp, b, c, swaps)
	a, b = order2CmpFunc(data, cmp, a, b, swaps)
	return b
}

// medianAdjacent returns the median of data[a-1], data[a] and data[a+1].
func medianAdjacentCmpFunc(data []int, cmp func(a, b int) int, a int, swaps *int) int {
	return medianCmpFunc(data, cmp, a-1, a, a+1, swaps)
}

func reverseRangeCmpFunc(data []int, cmp func(a, b int) int, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// xorshift is Marsaglia's xorshift64 generator.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return 1 << uint(bitsLen(uint(length)))
}
