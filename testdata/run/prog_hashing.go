// Checksums and encodings of the same payload: hex, base64 variants, md5, sha1, sha256,
// sha512, crc32, adler32, fnv, and a hex dump.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	payload := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println(hex.EncodeToString(payload[:10]))
	dec, err := hex.DecodeString("476f7068657273")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Print(hex.Dump(payload[:20]))
	fmt.Println(base64.StdEncoding.EncodeToString(payload[:11]))
	fmt.Println(base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Printf("md5    %x\n", md5.Sum(payload))
	fmt.Printf("sha1   %x\n", sha1.Sum(payload))
	fmt.Printf("sha256 %x\n", sha256.Sum256(payload))
	fmt.Printf("sha512 %x\n", sha512.Sum512(payload))
	h := sha256.New()
	io.Copy(h, strings.NewReader(string(payload)))
	fmt.Printf("stream %x size=%d block=%d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Println("crc32", crc32.ChecksumIEEE(payload), crc32.Checksum(payload, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println("adler32", adler32.Checksum(payload))
	f := fnv.New64a()
	f.Write(payload)
	fmt.Println("fnv64a", f.Sum64())
	f32 := fnv.New32()
	f32.Write([]byte("a"))
	fmt.Println("fnv32", f32.Sum32())
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Printf("% x %d %d\n", buf, binary.BigEndian.Uint16(buf), binary.LittleEndian.Uint32(buf))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
}
