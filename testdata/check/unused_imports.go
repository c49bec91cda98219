package main

import (
	"errors" // ERROR "\"errors\" imported and not used"
	"fmt" // ERROR "\"fmt\" imported and not used"
	u "unicode" // ERROR "\"unicode\" imported as u and not used"
	_ "unicode/utf8"
)

func main() {
}
