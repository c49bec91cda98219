package reflect

// The natives of reflect (src/eval/native_pkgs/reflect*.rs). A type is the number of its
// runtime descriptor (0: none); a Value is passed whole.

// native
func typeOf(i any) int

// native
func typeString(t int) string

// native
func typeName(t int) string

// native
func typePkgPath(t int) string

// native
func typeKind(t int) uint

// native
func typeSize(t int) int

// native
func typeAlign(t int) int

// native
func typeComparable(t int) bool

// native
func typeChanDir(t int) int

// typeElem is the element type of an array, chan, map, pointer or slice type, else 0.
//
// native
func typeElem(t int) int

// native
func typeKey(t int) int

// native
func typeLen(t int) int

// native
func typeNumField(t int) int

// native
func typeField(t, i int) (name, pkgPath string, typ int, tag string, embedded bool, offset int)

// typeNumMethod counts the exported methods of a concrete type's method set, or all
// methods of an interface type.
//
// native
func typeNumMethod(t int) int

// typeMethod is method i (in name order) of typeNumMethod's list; the type of a concrete
// type's method has the receiver as its first parameter.
//
// native
func typeMethod(t, i int) (name, pkgPath string, typ int)

// native
func typeIsVariadic(t int) bool

// native
func typeNumIn(t int) int

// native
func typeIn(t, i int) int

// native
func typeNumOut(t int) int

// native
func typeOut(t, i int) int

// native
func typeImplements(t, u int) bool

// native
func typeAssignableTo(t, u int) bool

// native
func typeConvertibleTo(t, u int) bool

// native
func ptrTo(t int) int

// native
func sliceOf(t int) int

// native
func mapOf(k, e int) int

// native
func arrayOf(n, e int) int

// native
func chanOf(dir, e int) int

// makeFunc makes a function of type t whose body calls fn.
//
// native
func makeFunc(t int, fn func([]Value) []Value) any

// native
func valueOf(i any) (int, any)

// native
func zeroOf(t int) any

// newOf makes a variable of type t holding its zero value: a pointer to it.
//
// native
func newOf(t int) any

// native
func makeSlice(t, len, cap int) any

// native
func makeMap(t int) any

// native
func toInterface(v Value) any

// native
func elemOf(v Value) Value

// native
func fieldOf(v Value, i int) Value

// native
func indexOf(v Value, i int) Value

// native
func lenOf(v Value) int

// native
func capOf(v Value) int

// native
func isNil(v Value) bool

// native
func isZero(v Value) bool

// native
func loadBool(v Value) bool

// native
func loadInt(v Value) int64

// native
func loadFloat(v Value) float64

// native
func loadComplex(v Value) complex128

// native
func loadString(v Value) string

// native
func loadBytes(v Value) []byte

// store writes x's value into the variable v (whose type x's is assignable to).
//
// native
func store(v, x Value)

// storeScalar writes x (a bool, int64, float64, complex128, string or []byte) into the
// variable v, converted to v's type.
//
// native
func storeScalar(v Value, x any)

// native
func mapIndex(v, key Value) Value

// native
func mapKeys(v Value) []Value

// native
func setMapIndex(v, key, elem Value)

// native
func sliceOfValue(v Value, i, j, k int) any

// native
func appendValues(s Value, xs []Value) any

// native
func copyValues(dst, src Value) int

// native
func convert(v Value, t int) any

// native
func pointerOf(v Value) int

// methodValue is the type and the receiver-and-method of v's method i.
//
// native
func methodValue(v Value, i int) (int, any)

// methodExpr is method i of type t as a function taking the receiver first.
//
// native
func methodExpr(t, i int) any

// native
func callFunc(v Value, in []Value) []Value

// native
func chanSend(v, x Value)

// native
func chanRecv(v Value) (any, bool)

// native
func chanClose(v Value)

// selectCases runs a select over the (checked) cases: the index chosen, and for a
// receive the value and whether it came from a send.
//
// native
func selectCases(cases []SelectCase) (int, any, bool)

// native
func deepEqual(x, y any) bool

// native
func complexParts(x complex128) (float64, float64)
