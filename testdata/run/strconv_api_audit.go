package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", "0x1f", "1_000", "9223372036854775808", "abc", "", " 1"} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
		j, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(j, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err, errors.Is(err, strconv.ErrRange))
	fmt.Println(strconv.ParseBool("T"))
	fmt.Println(strconv.ParseBool("yes"))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-9), strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("hi\n\"世\x01"), strconv.QuoteToASCII("世"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u00a0x"))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	s, err = strconv.Unquote("'ab'")
	fmt.Println(s, err)
	fmt.Println(strconv.Unquote("`raw\\n`"))
	v, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendQuote(nil, "x")), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.IsGraphic('\u00a0'))
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	ne := &strconv.NumError{Func: "F", Num: "x", Err: strconv.ErrSyntax}
	fmt.Println(ne, ne.Unwrap() == strconv.ErrSyntax)
}
