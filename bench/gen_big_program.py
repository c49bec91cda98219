#!/usr/bin/env python3
"""Writes a large, valid Go program (package main, fmt only) for checker speed tests:
`bench/gen_big_program.py N > big.go` makes about N lines of varied declarations."""
import sys

def unit(i):
    return f'''
type Shape{i} interface {{
	Area() float64
	Name() string
}}

type Rect{i} struct {{
	W, H float64
	tags []string
	meta map[string]int
}}

func (r Rect{i}) Area() float64 {{ return r.W * r.H }}
func (r *Rect{i}) Scale(k float64) {{ r.W *= k; r.H *= k }}
func (r Rect{i}) Name() string {{ return fmt.Sprintf("rect%d", {i}) }}

const (
	c{i}a = iota * {i}
	c{i}b
	c{i}c = 1 << (iota + 2)
)

var table{i} = map[string][]int{{"a": {{1, 2, 3}}, "b": {{c{i}a, c{i}b, c{i}c}}}}

func compute{i}(n int, xs []int, f func(int) int) (total int, err error) {{
	if n < 0 {{
		return 0, errT{{fmt.Sprintf("negative %d", n)}}
	}}
	for i, x := range xs {{
		switch {{
		case x%2 == 0:
			total += f(x) * i
		case x > n:
			total -= x
		default:
			total ^= x << 1
		}}
	}}
	acc := 0
	add := func(d int) {{ acc += d }}
	for j := 0; j < n; j++ {{
		add(j)
	}}
	var s Shape{i} = Rect{i}{{W: float64(n), H: 2}}
	if r, ok := s.(Rect{i}); ok {{
		r.Scale(1.5)
		total += int(r.Area())
	}}
	m := make(map[int]string, len(xs))
	for k, v := range table{i} {{
		m[len(k)] = fmt.Sprint(v)
	}}
	_ = m
	return total + acc, nil
}}
'''

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
lines_per_unit = unit(0).count("\n")
units = max(1, n // lines_per_unit)
out = ['package main', '', 'import "fmt"', '', 'type errT struct{ s string }', '', 'func (e errT) Error() string { return e.s }']
for i in range(units):
    out.append(unit(i))
calls = "\n".join(f"\tt, _ = compute{i}({i % 7}, []int{{1, 2, 3, {i}}}, func(x int) int {{ return x + {i} }})\n\tsum += t" for i in range(units))
out.append(f'''
func main() {{
	sum, t := 0, 0
{calls}
	fmt.Println(sum)
}}
''')
print("\n".join(out))
