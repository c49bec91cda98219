package sys

func name() string { return "linux (sys)" }
