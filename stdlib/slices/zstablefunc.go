package slices

// stable sorts data[0:n] stably: insertion sort on blocks of 20, then repeated SymMerge of
// neighbouring blocks of doubling size. It uses O(n log n) Less calls and O(n log² n) swaps.
func stableCmpFunc[E any](data []E, cmp func(a, b E) int, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSortCmpFunc(data, cmp, a, b)
		a = b
		b += blockSize
	}
	insertionSortCmpFunc(data, cmp, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMergeCmpFunc(data, cmp, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMergeCmpFunc(data, cmp, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b] in place, stably.
func symMergeCmpFunc[E any](data []E, cmp func(a, b E) int, a, m, b int) {
	// A single element on the left: binary search its place and rotate it there.
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if (cmp(data[h], data[a]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	// A single element on the right: the same, from the other side.
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	// Find the split around the middle of the whole range such that rotating
	// data[start:end] leaves two independent merges.
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotateCmpFunc(data, cmp, start, m, end)
	}
	if a < start && start < mid {
		symMergeCmpFunc(data, cmp, a, start, mid)
	}
	if mid < end && end < b {
		symMergeCmpFunc(data, cmp, mid, end, b)
	}
}

// swapRange swaps the n elements at a with the n elements at b.
func swapRangeCmpFunc[E any](data []E, cmp func(a, b E) int, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] with block swaps.
func rotateCmpFunc[E any](data []E, cmp func(a, b E) int, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRangeCmpFunc(data, cmp, m-i, m, j)
			i -= j
		} else {
			swapRangeCmpFunc(data, cmp, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRangeCmpFunc(data, cmp, m-i, m, i)
}
