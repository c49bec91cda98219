package tags

func system() string { return "linux" }
