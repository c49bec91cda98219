package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@site.org"
	fmt.Println(re.MatchString(s), re.String(), re.NumSubexp())
	fmt.Println(re.FindString(s), re.FindStringIndex(s))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 1))
	fmt.Println(re.FindAllString(s, 0) == nil)
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Printf("%q %v\n", re.FindString("none"), re.FindStringSubmatch("none") == nil)
	fmt.Println(re.FindAllString("none", -1) == nil, re.FindStringIndex("x") == nil)
	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbbc"))
	fmt.Println(ok, err)
	b := []byte("key=value; k2=v2")
	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	fmt.Printf("%q %v\n", kv.Find(b), kv.FindIndex(b))
	fmt.Printf("%q\n", kv.FindSubmatch(b))
	fmt.Printf("%q\n", kv.FindAll(b, -1))
	fmt.Printf("%q\n", kv.FindAllSubmatch(b, -1))
	fmt.Println(kv.FindSubmatchIndex(b), kv.FindAllIndex(b, -1), kv.FindAllSubmatchIndex(b, 1))
	fmt.Println(kv.Match(b), kv.Find([]byte("zzz")) == nil)
	opt := regexp.MustCompile(`a(x)?(b)`)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("ab"), opt.FindStringSubmatchIndex("ab"))
	fmt.Printf("%q\n", opt.FindSubmatch([]byte("ab")))
	fmt.Println(regexp.QuoteMeta(`1.5+2*[x]{y}(z)|^$\?`))
	fmt.Println(regexp.MustCompile(regexp.QuoteMeta("a.b")).MatchString("axb"))
	fmt.Println(re)
	fmt.Printf("%v %s\n", re, re)
}
