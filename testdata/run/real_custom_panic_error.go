package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Key string
}

func (e *ConfigError) Error() string { return "missing config key: " + e.Key }

type Config map[string]string

func (c Config) MustGet(key string) string {
	v, ok := c[key]
	if !ok {
		panic(&ConfigError{key})
	}
	return v
}

func main() {
	cfg := Config{"host": "localhost", "port": "8080"}
	fmt.Println(cfg.MustGet("host") + ":" + cfg.MustGet("port"))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
				if err, ok := r.(error); ok {
					fmt.Fprintln(os.Stdout, "as error:", err.Error())
				}
			}
		}()
		cfg.MustGet("user")
	}()
	fmt.Println("now without recover")
	cfg.MustGet("password")
}
