// Package sort sorts slices and user-defined collections and searches sorted ones.
//
// Sort, Slice and the typed helpers use pattern-defeating quicksort (Orson Peters, 2021)
// with the parameters Go uses, so that the order they leave equal elements in is the one
// Go programs observe; Stable and SliceStable use insertion sort on blocks followed by
// SymMerge (Kim and Kutzner, 2004).
package sort

// Interface is a collection that can be sorted by index: Len, Less (a strict weak
// ordering) and Swap.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is the pair of operations the algorithms work with.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// bitsLen returns the number of bits needed to represent x.
func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Sort sorts data in ascending order of Less. The sort is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, bitsLen(uint(n)))
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order of Less, keeping equal elements in their original
// order.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

type reverse struct {
	// The embedded Interface provides Len and Swap.
	Interface
}

// Less returns the opposite of the embedded Less.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Slice sorts the slice x by less, which compares the elements at i and j. The sort is
// not stable. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	n := lenOf(x)
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{less, swap}, 0, n, bitsLen(uint(n)))
}

// SliceStable sorts the slice x by less, keeping equal elements in their original order.
// It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable(lessSwap{less, swap}, lenOf(x))
}

// SliceIsSorted reports whether the slice x is sorted by less. It panics if x is not a
// slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// swapper returns a function that swaps the elements i and j of the slice x; it panics
// as reflect.Swapper does if x is not a slice.
//
// native
func swapper(x any) func(i, j int)

// lenOf returns the length of the slice x; it panics if x is not a slice.
//
// native
func lenOf(x any) int

// IntSlice attaches the methods of Interface to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice attaches the methods of Interface to []float64, in increasing order, with
// NaNs before all other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
