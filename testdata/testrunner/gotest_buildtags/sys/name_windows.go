package sys

func name() string { return "windows (sys)" }
