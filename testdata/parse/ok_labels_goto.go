// Exercises: labels on for/switch/select/blocks, labeled break/continue,
// goto forward and backward, and a label before a closing brace.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
Outer:
	for a := 0; a < 3; a++ {
	Inner:
		for b := 0; b < 3; b++ {
			switch {
			case b == 1:
				continue Inner
			case a == 2:
				break Outer
			}
			fmt.Println(a, b)
		}
	}
Sw:
	switch i {
	case 3:
		break Sw
	}
	goto end
end:
	fmt.Println("end", i)
	{
		if i == 0 {
			goto empty
		}
	empty:
	}
	goto empty2
empty2:
}
