module par

go 1.24
