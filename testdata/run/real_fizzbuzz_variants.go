package main

import (
	"fmt"
	"strconv"
	"strings"
)

type rule struct {
	div  int
	word string
}

func fizzbuzz(n int, rules []rule) string {
	var sb strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			sb.WriteString(r.word)
		}
	}
	if sb.Len() == 0 {
		return strconv.Itoa(n)
	}
	return sb.String()
}

func collatz(n int) (steps int, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		steps++
	}
	return
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	var out []string
	for i := 1; i <= 21; i++ {
		out = append(out, fizzbuzz(i, rules))
	}
	fmt.Println(strings.Join(out, " "))
	best, bestN := 0, 0
	for n := 1; n < 1000; n++ {
		if s, _ := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	s, p := collatz(bestN)
	fmt.Println("longest collatz under 1000:", bestN, s, p)
	fmt.Println(gcd(84, 36), gcd(17, 5), 84*36/gcd(84, 36))
	var bits []string
	for _, n := range []int{0, 5, 255, 1024} {
		bits = append(bits, strconv.FormatInt(int64(n), 2))
	}
	fmt.Println(bits)
	x, _ := strconv.ParseInt("ff", 16, 64)
	b, _ := strconv.ParseBool("true")
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(x, b, f)
}
