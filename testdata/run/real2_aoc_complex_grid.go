package main

import (
	"fmt"
	"strings"
)

const input = `R8,U5,L5,D3
U7,R6,D4,L4`

var dirs = map[byte]complex128{'R': 1, 'L': -1, 'U': 1i, 'D': -1i}

func trace(path string) map[complex128]int {
	seen := map[complex128]int{}
	pos := complex(0, 0)
	steps := 0
	for _, mv := range strings.Split(path, ",") {
		d := dirs[mv[0]]
		var n int
		fmt.Sscanf(mv[1:], "%d", &n)
		for i := 0; i < n; i++ {
			pos += d
			steps++
			if _, ok := seen[pos]; !ok {
				seen[pos] = steps
			}
		}
	}
	return seen
}

func manhattan(c complex128) int {
	r, i := real(c), imag(c)
	if r < 0 {
		r = -r
	}
	if i < 0 {
		i = -i
	}
	return int(r + i)
}

func main() {
	lines := strings.Split(input, "\n")
	a, b := trace(lines[0]), trace(lines[1])
	best, fewest := -1, -1
	var crossings []complex128
	for p, sa := range a {
		if sb, ok := b[p]; ok {
			crossings = append(crossings, p)
			if d := manhattan(p); best < 0 || d < best {
				best = d
			}
			if s := sa + sb; fewest < 0 || s < fewest {
				fewest = s
			}
		}
	}
	fmt.Println("crossings:", len(crossings), "closest:", best, "fewest steps:", fewest)
	heading := 1i
	pos := 0 + 0i
	for _, cmd := range strings.Fields("F10 N3 F7 R90 F11 L180 F2") {
		var n float64
		fmt.Sscanf(cmd[1:], "%g", &n)
		switch cmd[0] {
		case 'N':
			pos += complex(0, n)
		case 'F':
			pos += heading * complex(n, 0)
		case 'R':
			for k := 0; k < int(n)/90; k++ {
				heading *= -1i
			}
		case 'L':
			for k := 0; k < int(n)/90; k++ {
				heading *= 1i
			}
		}
		fmt.Printf("%-5s pos=%v heading=%v\n", cmd, pos, heading)
	}
	fmt.Println("distance:", manhattan(pos))
}
