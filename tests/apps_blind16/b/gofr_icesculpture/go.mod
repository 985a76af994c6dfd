module github.com/frostforge/commissions

go 1.22

require (
	gofr.dev v1.22.1
	golang.org/x/crypto v0.27.0
)
