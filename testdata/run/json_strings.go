package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	ss := []string{"plain", `quote " and \ backslash`, "tab\tnewline\nreturn\r", "ctl \x00 \x01 \x1f \x7f", "bs \b ff \f", "<script>&amp;</script>", "line\u2028sep\u2029", "bad \xff\xfe utf8", "héllo wörld ✓ 😀", "/slash/"}
	for _, s := range ss {
		b, _ := json.Marshal(s)
		fmt.Println(string(b))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode("<a href=\"x\">&</a>")
	enc.Encode(map[string]string{"<k>": "&v"})
	var buf bytes.Buffer
	json.HTMLEscape(&buf, []byte(`{"html":"<b>&amp;</b>","sep":"`+"\u2028"+`"}`))
	fmt.Println(buf.String())
	b, _ := json.Marshal([]byte("hello, world"))
	fmt.Println(string(b))
	b, _ = json.Marshal([]byte{})
	fmt.Println(string(b))
	b, _ = json.Marshal([]byte(nil))
	fmt.Println(string(b))
	b, _ = json.Marshal([]byte{0xff, 0xfe, 0})
	fmt.Println(string(b))
	b, _ = json.Marshal([3]byte{1, 2, 3})
	fmt.Println(string(b))
}
