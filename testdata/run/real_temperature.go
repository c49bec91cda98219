package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string {
	return fmt.Sprintf("%.1f°F", float64(f))
}

type Reading struct {
	City string
	Temp Celsius
}

func stats(rs []Reading) (min, max, avg Celsius) {
	if len(rs) == 0 {
		return
	}
	min, max = rs[0].Temp, rs[0].Temp
	var sum Celsius
	for _, r := range rs {
		if r.Temp < min {
			min = r.Temp
		}
		if r.Temp > max {
			max = r.Temp
		}
		sum += r.Temp
	}
	avg = sum / Celsius(len(rs))
	return
}

func main() {
	rs := []Reading{{"Oslo", -3.5}, {"Cairo", 35}, {"Lima", 19.2}, {"Perth", 28.75}}
	for _, r := range rs {
		fmt.Println(r.City, r.Temp, r.Temp.ToF())
	}
	lo, hi, avg := stats(rs)
	fmt.Println("min", lo, "max", hi, "avg", avg)
	fmt.Println(Fahrenheit(212).ToC(), Celsius(100).ToF().ToC())
	var s fmt.Stringer = Celsius(0)
	fmt.Println(s)
	fmt.Printf("%v %s %.2f\n", hi, hi, float64(hi))
	fmt.Println(stats(nil))
}
