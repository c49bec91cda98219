// Package unsafe steps around Go's type safety. gint provides a string's data as a *byte
// and a string made from bytes a *byte points to; Pointer, Sizeof, Alignof, Offsetof, Add,
// Slice and SliceData are not provided yet (a program using them does not compile).
package unsafe

// StringData returns a pointer to the bytes of str: the same pointer for strings sharing
// their bytes, different ones for copies. For an empty string it is nil.
//
// native
func StringData(str string) *byte

// String returns a string of the len bytes starting at ptr.
//
// native
func String(ptr *byte, len int) string
