package tags

func system() string { return "windows" }
