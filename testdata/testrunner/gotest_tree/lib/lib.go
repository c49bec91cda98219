// Package lib has no tests of its own.
package lib

// Greeting is used by calc's tests.
const Greeting = "hi"
