package main

// Standard code reached only indirectly: through interfaces, method values, embedding,
// generic instantiation, goroutines, reflect and package variables' initializers.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

type logger struct {
	*bytes.Buffer // promoted Write/String reach bytes.Buffer's bodies
	sync.Mutex
}

type event struct {
	Name string
	Wait time.Duration
}

func write(w io.Writer, s string) { fmt.Fprint(w, s) }

func main() {
	// A std type's methods through an interface only (fmt calls String).
	fmt.Println(1500*time.Millisecond, []time.Duration{time.Second, 2 * time.Minute})
	fmt.Printf("%v %s\n", time.March, time.Saturday)

	// Embedded std types: promoted methods through an interface.
	l := &logger{Buffer: new(bytes.Buffer)}
	l.Lock()
	write(l, "via embedded buffer")
	l.Unlock()
	fmt.Println(l.String())

	// A method value and a method expression of std types.
	rep := strings.NewReplacer("a", "1", "b", "2").Replace
	fmt.Println(rep("abcab"))
	upper := strings.ToUpper
	fmt.Println(upper("go"))
	var sb strings.Builder
	ws := (*strings.Builder).WriteString
	ws(&sb, "built")
	fmt.Println(sb.String())

	// Generic std functions instantiated by user types.
	evs := []event{{"b", 2 * time.Second}, {"a", time.Second}}
	slices.SortFunc(evs, func(x, y event) int { return strings.Compare(x.Name, y.Name) })
	fmt.Println(evs)
	m := map[string]int{"z": 1, "y": 2}
	fmt.Println(slices.Sorted(maps.Keys(m)))

	// sort.Sort calls the user's methods; sort.Strings std code.
	names := []string{"c", "a", "b"}
	sort.Strings(names)
	fmt.Println(names)

	// A goroutine running std code.
	var wg sync.WaitGroup
	out := make(chan string, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		out <- strings.Repeat("ab", 3)
	}()
	wg.Wait()
	fmt.Println(<-out)

	// Package variables of std packages and their initializers.
	fmt.Println(unicode.IsUpper('Q'), errors.Is(fmt.Errorf("wrap: %w", fs.ErrNotExist), fs.ErrNotExist))
	fmt.Println(fs.ErrNotExist, io.EOF)

	// reflect reaching a std type's methods.
	d := 90 * time.Second
	v := reflect.ValueOf(d)
	if mm := v.MethodByName("String"); mm.IsValid() {
		fmt.Println(mm.Call(nil)[0])
	}
	fmt.Println(reflect.TypeOf(d).NumMethod() > 0)

	// json over std types inside user structs.
	b, err := json.Marshal(evs)
	fmt.Println(string(b), err)
}
