package slices

import "cmp"

// The sort of ordered values (slices.Sort): the same pattern-defeating quicksort as
// zsortfunc.go, comparing with < written out inline (a NaN is less than any non-NaN, as
// cmp.Less says), so that no comparison costs a call.

func insertionSortOrdered[E cmp.Ordered](data []E, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (data[j] < data[j-1] || data[j] != data[j] && data[j-1] == data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[first+lo :
// first+hi].
func siftDownOrdered[E cmp.Ordered](data []E, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && (data[first+child] < data[first+child+1] || data[first+child] != data[first+child] && data[first+child+1] == data[first+child+1]) {
			child++
		}
		if !(data[first+root] < data[first+child] || data[first+root] != data[first+root] && data[first+child] == data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSortOrdered[E cmp.Ordered](data []E, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDownOrdered(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDownOrdered(data, lo, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of bad pivots allowed before heapsort.
func pdqsortOrdered[E cmp.Ordered](data []E, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // whether the last partition was reasonably balanced
	wasPartitioned := true // whether the last partition found the range already partitioned
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSortOrdered(data, a, b)
			return
		}
		if limit == 0 {
			heapSortOrdered(data, a, b)
			return
		}
		// After an unbalanced partition, shuffle a few elements to break patterns.
		if !wasBalanced {
			breakPatternsOrdered(data, a, b)
			limit--
		}
		pivot, hint := choosePivotOrdered(data, a, b)
		if hint == decreasingHint {
			reverseRangeOrdered(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// A range that looks sorted may need only a few insertions.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSortOrdered(data, a, b) {
				return
			}
		}
		// If the element before the range (a previous pivot) is not less than the pivot,
		// the range holds many elements equal to it: put them in place at once.
		if a > 0 && !(data[a-1] < data[pivot] || data[a-1] != data[a-1] && data[pivot] == data[pivot]) {
			mid := partitionEqualOrdered(data, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partitionOrdered(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the shorter side, loop on the longer one.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsortOrdered(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsortOrdered(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the elements less than data[pivot] before it and the others after it,
// and returns the pivot's final index and whether no element had to move.
func partitionOrdered[E cmp.Ordered](data []E, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for i <= j && (data[i] < data[a] || data[i] != data[i] && data[a] == data[a]) {
		i++
	}
	for i <= j && !(data[j] < data[a] || data[j] != data[j] && data[a] == data[a]) {
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
		for i <= j && (data[i] < data[a] || data[i] != data[i] && data[a] == data[a]) {
			i++
		}
		for i <= j && !(data[j] < data[a] || data[j] != data[j] && data[a] == data[a]) {
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
func partitionEqualOrdered[E cmp.Ordered](data []E, a, b, pivot int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(data[a] < data[i] || data[a] != data[a] && data[i] == data[i]) {
			i++
		}
		for i <= j && (data[a] < data[j] || data[a] != data[a] && data[j] == data[j]) {
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
func partialInsertionSortOrdered[E cmp.Ordered](data []E, a, b int) bool {
	const (
		maxSteps         = 5  // out-of-order elements fixed at most
		shortestShifting = 50 // shorter ranges are not shifted at all
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !(data[i] < data[i-1] || data[i] != data[i] && data[i-1] == data[i-1]) {
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
				if !(data[j] < data[j-1] || data[j] != data[j] && data[j-1] == data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		// Shift the greater element right to its place.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(data[j] < data[j-1] || data[j] != data[j] && data[j-1] == data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements near the middle with pseudo-random others.
func breakPatternsOrdered[E cmp.Ordered](data []E, a, b int) {
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
func choosePivotOrdered[E cmp.Ordered](data []E, a, b int) (pivot int, hint sortedHint) {
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
			i = medianAdjacentOrdered(data, i, &swaps)
			j = medianAdjacentOrdered(data, j, &swaps)
			k = medianAdjacentOrdered(data, k, &swaps)
		}
		j = medianOrdered(data, i, j, k, &swaps)
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
func order2Ordered[E cmp.Ordered](data []E, a, b int, swaps *int) (int, int) {
	if (data[b] < data[a] || data[b] != data[b] && data[a] == data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

func medianOrdered[E cmp.Ordered](data []E, a, b, c int, swaps *int) int {
	a, b = order2Ordered(data, a, b, swaps)
	b, c = order2Ordered(data, b, c, swaps)
	a, b = order2Ordered(data, a, b, swaps)
	return b
}

// medianAdjacent returns the median of data[a-1], data[a] and data[a+1].
func medianAdjacentOrdered[E cmp.Ordered](data []E, a int, swaps *int) int {
	return medianOrdered(data, a-1, a, a+1, swaps)
}

func reverseRangeOrdered[E cmp.Ordered](data []E, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}
