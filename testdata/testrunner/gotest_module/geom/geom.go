// Package geom has shapes measured in any unit.
package geom

import (
	"fmt"

	"example.com/shapes/geom/units"
)

var registered []string

func init() { registered = append(registered, "geom") }

// Registered lists the packages whose init ran.
func Registered() []string { return registered }

// Rect is a rectangle.
type Rect struct {
	W, H float64
	Unit string
}

// Area is the area in square millimetres.
func (r Rect) Area() float64 { return units.ToMM(r.W, r.Unit) * units.ToMM(r.H, r.Unit) }

func (r Rect) String() string { return fmt.Sprintf("%gx%g%s", r.W, r.H, r.Unit) }
