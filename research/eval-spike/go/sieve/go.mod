module sieve

go 1.27.3
