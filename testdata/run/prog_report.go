// A CSV sales report: encoding/csv parsing with quoted fields and errors, aggregation by
// region and month, and an aligned table via text/tabwriter.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,month,product,units,price
north,2024-01,"Widget, large",10,2.50
south,2024-01,Gadget,3,10.00
north,2024-02,Gadget,5,9.50
east,2024-01,"Widget ""pro""",7,4.25
south,2024-02,Widget,12,2.50
north,2024-01,Gadget,1,10.00
west,2024-02,Gizmo,x,1.00
east,2024-02,Gizmo,4,7.75
`

type sale struct {
	region, month, product string
	units                  int
	price                  float64
}

func parse(r io.Reader) ([]sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Println("columns:", strings.Join(header, "|"))
	var out []sale
	var errs []error
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[3])
		if err != nil {
			line, _ := cr.FieldPos(3)
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[4], 64)
		out = append(out, sale{rec[0], rec[1], rec[2], units, price})
	}
	return out, errs
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	type key struct{ region, month string }
	totals := map[key]float64{}
	units := map[string]int{}
	for _, s := range sales {
		totals[key{s.region, s.month}] += float64(s.units) * s.price
		units[s.product] += s.units
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].region != keys[j].region {
			return keys[i].region < keys[j].region
		}
		return keys[i].month < keys[j].month
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\tmonth\trevenue\t")
	grand := 0.0
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t\n", k.region, k.month, totals[k])
		grand += totals[k]
	}
	fmt.Fprintf(tw, "\ttotal\t%.2f\t\n", grand)
	tw.Flush()
	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	products := make([]string, 0, len(units))
	for p := range units {
		products = append(products, p)
	}
	sort.Strings(products)
	for _, p := range products {
		fmt.Fprintf(tw2, "%s\t%d\n", p, units[p])
	}
	tw2.Flush()
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units", "note"})
	for _, p := range products {
		w.Write([]string{p, strconv.Itoa(units[p]), "has \"quotes\", commas"})
	}
	w.Flush()
	fmt.Println(w.Error())
	_, err := csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}
