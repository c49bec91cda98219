package main

import (
	"flag"
	"fmt"
	"strings"
)

func main() {
	n := flag.Int("n", 1, "repetitions")
	v := flag.Bool("v", false, "verbose")
	sep := flag.String("sep", " ", "separator")
	flag.Parse()
	fmt.Println(*n, *v, *sep, flag.NFlag(), flag.NArg())
	for i := 0; i < *n; i++ {
		fmt.Println(strings.Join(flag.Args(), *sep))
	}
}
