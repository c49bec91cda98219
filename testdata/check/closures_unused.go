package main

func main() {
	f := func(a int) (r int) {
		x := a
		g := func() { // ERROR "declared and not used: g"
			y := x // ERROR "declared and not used: y"
			z := 2
			_ = z
		}
		return
	}
	_ = f
	for i := 0; i < 3; i++ {
		go func() {
			v := i // ERROR "declared and not used: v"
		}()
	}
	defer func() {
		w := recover() // ERROR "declared and not used: w"
	}()
}
