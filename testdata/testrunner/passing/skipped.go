// skip
package main

func main() {}
