package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

type Elf struct {
	ID    int
	Items []int
}

func (e Elf) Total() (t int) {
	for _, x := range e.Items {
		t += x
	}
	return
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var elves []Elf
	cur := Elf{ID: 1}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			elves = append(elves, cur)
			cur = Elf{ID: cur.ID + 1}
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			panic(err)
		}
		cur.Items = append(cur.Items, n)
	}
	elves = append(elves, cur)
	sort.Slice(elves, func(i, j int) bool { return elves[i].Total() > elves[j].Total() })
	fmt.Println("part1:", elves[0].Total(), "elf", elves[0].ID)
	top3 := 0
	for _, e := range elves[:3] {
		top3 += e.Total()
	}
	fmt.Println("part2:", top3)
	for _, e := range elves {
		fmt.Printf("elf %d: %v -> %d\n", e.ID, e.Items, e.Total())
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
}
