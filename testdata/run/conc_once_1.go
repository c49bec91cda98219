package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Limit int
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
	loadsMu sync.Mutex
)

func loadConfig() {
	loadsMu.Lock()
	loads++
	loadsMu.Unlock()
	cfg = &Config{Name: "prod", Limit: 42}
}

func GetConfig() *Config {
	cfgOnce.Do(loadConfig)
	return cfg
}

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 20)
	for i := range seen {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = GetConfig()
		}(i)
	}
	wg.Wait()
	same := true
	for _, c := range seen {
		if c != seen[0] {
			same = false
		}
	}
	fmt.Println("loads:", loads, "same pointer:", same, *seen[0])
	// Do with another function after the first call does nothing.
	cfgOnce.Do(func() { fmt.Println("never printed") })
	fmt.Println("still:", GetConfig().Name)
}
