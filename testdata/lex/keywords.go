package main

import "fmt"

break case chan const continue default defer else fallthrough for func go goto if
import interface map package range return select struct switch type var
return
continue
fallthrough
