package models

type CardCheck struct {
	// ruleid: card-security-code-generic-context-go
	Csc string `db:"csc"`
}

type Session struct {
	// ok: card-security-code-generic-context-go
	Cid string `db:"cid"`
}
