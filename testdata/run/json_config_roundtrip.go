package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Database struct {
	Driver   string `json:"driver"`
	DSN      string `json:"dsn"`
	MaxConns int    `json:"max_conns,omitempty"`
	ReadOnly bool   `json:"read_only,omitempty"`
}

type Feature struct {
	Name    string   `json:"name"`
	Enabled bool     `json:"enabled"`
	Rollout *float64 `json:"rollout,omitempty"`
}

type AppConfig struct {
	Version   int                  `json:"version"`
	Name      string               `json:"name"`
	Listen    []string             `json:"listen"`
	Databases map[string]Database  `json:"databases"`
	Features  []Feature            `json:"features"`
	Limits    map[string]float64   `json:"limits,omitempty"`
	Extra     map[string]any       `json:"extra,omitempty"`
}

func defaults() AppConfig {
	return AppConfig{Version: 1, Name: "app", Listen: []string{":8080"}, Databases: map[string]Database{"main": {Driver: "sqlite", DSN: "file.db"}}}
}

func main() {
	half := 0.5
	cfg := AppConfig{
		Version: 2,
		Name:    "billing",
		Listen:  []string{":80", ":443"},
		Databases: map[string]Database{
			"primary": {Driver: "postgres", DSN: "postgres://db/main", MaxConns: 20},
			"replica": {Driver: "postgres", DSN: "postgres://db/replica", ReadOnly: true},
		},
		Features: []Feature{{Name: "invoices", Enabled: true}, {Name: "beta-ui", Enabled: false, Rollout: &half}},
		Limits:   map[string]float64{"rps": 250, "burst": 1e3},
	}
	data, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		os.Exit(1)
	}
	fmt.Println(string(data))

	loaded := defaults()
	if err := json.Unmarshal(data, &loaded); err != nil {
		fmt.Println("unmarshal:", err)
		os.Exit(1)
	}
	fmt.Println(loaded.Version, loaded.Name, loaded.Listen, len(loaded.Databases))
	for _, k := range []string{"main", "primary", "replica"} {
		db, ok := loaded.Databases[k]
		fmt.Printf("%s: %+v %v\n", k, db, ok)
	}
	for _, f := range loaded.Features {
		if f.Rollout != nil {
			fmt.Println(f.Name, f.Enabled, *f.Rollout)
		} else {
			fmt.Println(f.Name, f.Enabled, "full")
		}
	}
	again, _ := json.Marshal(loaded)
	first, _ := json.Marshal(cfg)
	fmt.Println(string(again) == string(first))
	fmt.Println(string(again))

	// Partial override file.
	override := []byte(`{"name": "billing-eu", "listen": [":9090"], "databases": {"primary": {"dsn": "postgres://eu/main"}}, "extra": {"region": "eu-west-1", "zones": 3}}`)
	if err := json.Unmarshal(override, &loaded); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%s %v %+v %v\n", loaded.Name, loaded.Listen, loaded.Databases["primary"], loaded.Extra)
}
