package shapes_test

import (
	"fmt"

	"example.com/shapes"
	"example.com/shapes/geom"
)

func ExampleTotal() {
	fmt.Println(shapes.Total(geom.Rect{W: 2, H: 5, Unit: "mm"}))
	// Output: 10
}
