package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	// Wrong verbs for the operand's kind.
	fmt.Printf("%d|%s|%t|%x|%c|%e\n", "s", 7, 1, true, 2.5, "x")
	fmt.Printf("%z|%!|%5z|%-8.2z\n", 1, 2, 3, 4.5)
	fmt.Printf("%d %s\n", P{1, "x"}, P{2, "y"})
	fmt.Printf("%d %s\n", []any{1, "a", nil}, []any{1, "a"})
	fmt.Printf("%s %d %q\n", nil, nil, nil)
	var err error
	fmt.Printf("%s %v %d\n", err, err, err)

	// Missing, extra and reordered operands.
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil)
	fmt.Printf("no verbs\n", 3.5)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]d|%[0]d|%[x]d|%[-1]d|%[99]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%[2]*[1]d|%[3]*.[2]*[1]f|%.[2]d\n", 12, 5, 8)
	fmt.Printf("%d %[1]d %d\n", 1, 2)
	fmt.Printf("%[1]d %[2]\n", 1, 2)
	fmt.Printf("%[1]*d\n", 3)

	// Widths and precisions from operands.
	fmt.Printf("%*d|%-*d|%*d|%.*f|%*.*f|\n", 5, 42, 5, 42, -5, 42, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%*d|%.*d|%*d|%*d|%.*d\n", "x", 1, 2.5, 7, uint(3), 1, int8(4), 1, -1, 7)
	fmt.Printf("%*d|%.*d\n", 10000000, 1, 10000000, 1)
	fmt.Printf("%10000000000d|%.10000000000d\n", 1, 2)

	// A format ending early.
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%5")
	fmt.Println()
	fmt.Printf("%.")
	fmt.Println()
	fmt.Printf("%.-1d|%!d\n", 5, 6)

	// Sprint's spacing: a space between operands when neither is a string.
	fmt.Print(1, 2, "a", 3, "b", "c", 4.5, nil, true, '\n')
	fmt.Print("\n")
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprint(), fmt.Sprintln("a", 1), fmt.Sprint(nil, nil))
}
