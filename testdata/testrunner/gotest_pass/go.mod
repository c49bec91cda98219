module calc_pass

go 1.24
