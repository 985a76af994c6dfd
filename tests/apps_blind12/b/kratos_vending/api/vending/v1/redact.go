package v1

import "fmt"

// Redact implements the kratos logging middleware's Redacter so card details never reach the access log.
func (x *AddCardOnFileRequest) Redact() string {
	last4 := ""
	if n := len(x.GetCardNumber()); n >= 4 {
		last4 = x.GetCardNumber()[n-4:]
	}
	return fmt.Sprintf("client_id:%d card_last4:%s", x.GetClientId(), last4)
}
