package sys

// Name is the system, from a file chosen by its name.
var Name = name()
