// Matrix arithmetic with float formatting: multiplication, transpose, determinant and
// inverse by Gaussian elimination, solving a linear system, and float edge cases.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	r := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			r[j][i] = v
		}
	}
	return r
}

var ErrSingular = errors.New("matrix is singular")

// Inverse returns the inverse and determinant by Gauss-Jordan with partial pivoting.
func (m Matrix) Inverse() (Matrix, float64, error) {
	n := len(m)
	a := New(n, 2*n)
	for i := range m {
		copy(a[i], m[i])
		a[i][n+i] = 1
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(a[pivot][col]) < 1e-12 {
			return nil, 0, ErrSingular
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		p := a[col][col]
		det *= p
		for j := range a[col] {
			a[col][j] /= p
		}
		for r := 0; r < n; r++ {
			if r != col && a[r][col] != 0 {
				f := a[r][col]
				for j := range a[r] {
					a[r][j] -= f * a[col][j]
				}
			}
		}
	}
	inv := New(n, n)
	for i := range inv {
		copy(inv[i], a[i][n:])
	}
	return inv, det, nil
}

func main() {
	a := Matrix{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}}
	b := Matrix{{4, -1}, {2, 0.5}, {-3, 1}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = b.Mul(b)
	fmt.Println("error:", err)
	fmt.Print(b.T())
	inv, det, err := a.Inverse()
	fmt.Printf("det=%.4f err=%v\n%v", det, err, inv)
	check, _ := a.Mul(inv)
	for i := range check {
		for j := range check[i] {
			check[i][j] = math.Round(check[i][j]*1e9) / 1e9
		}
	}
	fmt.Print(check)
	fmt.Println(fmt.Sprint(check) == fmt.Sprint(Identity(3)))
	_, _, err = Matrix{{1, 2}, {2, 4}}.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))

	// Solve a x = rhs.
	rhs := Matrix{{7}, {13}, {1}}
	x, _ := inv.Mul(rhs)
	fmt.Printf("x = %.6g %.6g %.6g\n", x[0][0], x[1][0], x[2][0])

	vals := []float64{0, -0.0, 1.0 / 3, 2.0 / 3, 1e-10, 123456.789, math.Pi, -math.E, math.Sqrt2}
	for _, v := range vals {
		fmt.Printf("%v|%.2f|%e|%g|%8.3g|%-10.4f|\n", v, v, v, v, v, v)
	}
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, 1/negZero, math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Printf("%.2f %5.1f %v %v\n", math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27), math.Pow(2, -2))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(1), math.Atan2(1, -1))
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, float32(sum), int(sum*10), int64(-sum*3.9), uint8(sum*200)+100)
}
