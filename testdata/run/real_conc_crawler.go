package main

import (
	"fmt"
	"sync"
)

type fakeFetcher map[string][]string

func (f fakeFetcher) Fetch(url string) ([]string, error) {
	if links, ok := f[url]; ok {
		return links, nil
	}
	return nil, fmt.Errorf("not found: %s", url)
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	errs int
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func (v *visited) fail() {
	v.mu.Lock()
	v.errs++
	v.mu.Unlock()
}

func crawl(url string, depth int, f fakeFetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	links, err := f.Fetch(url)
	if err != nil {
		v.fail()
		return
	}
	for _, l := range links {
		wg.Add(1)
		go crawl(l, depth-1, f, v, wg)
	}
}

func main() {
	fetcher := fakeFetcher{
		"https://golang.org/":         {"https://golang.org/pkg/", "https://golang.org/cmd/"},
		"https://golang.org/pkg/":     {"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
		"https://golang.org/pkg/fmt/": {"https://golang.org/", "https://golang.org/pkg/"},
		"https://golang.org/pkg/os/":  {"https://golang.org/", "https://golang.org/pkg/"},
	}
	v := &visited{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	order := []string{"https://golang.org/", "https://golang.org/pkg/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}
	for _, u := range order {
		fmt.Println(u, v.seen[u])
	}
	fmt.Println("pages:", len(v.seen), "errors:", v.errs)
}
