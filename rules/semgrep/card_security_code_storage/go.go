package models

type Card struct {
	gorm.Model
	// ruleid: card-security-code-orm-struct-field
	CVV string `gorm:"size:4"`
	// ok: card-security-code-orm-struct-field
	CVVResult string
}

type ChargeRequest struct {
	// ok: card-security-code-orm-struct-field
	CVC string `json:"cvc"`
}
