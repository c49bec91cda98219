package shapes

import (
	"testing"

	"example.com/shapes/geom"
	"example.com/shapes/geom/units"
)

func TestTotal(t *testing.T) {
	got := Total(geom.Rect{W: 1, H: 2, Unit: "cm"}, geom.Rect{W: 3, H: 3, Unit: "mm"})
	if got != 209 {
		t.Errorf("Total = %v, want 209", got)
	}
	t.Logf("%v %v", geom.Rect{W: 1, H: 2, Unit: "m"}, geom.Registered())
}

func TestUnits(t *testing.T) {
	if units.ToMM(2, "m") != 2000 {
		t.Fatal("2m is not 2000mm")
	}
	units.Scale["km"] = 1e6
	if (geom.Rect{W: 1, H: 1, Unit: "km"}).Area() != 1e12 {
		t.Error("the map is shared between the packages")
	}
}
