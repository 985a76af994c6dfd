package clients

import "github.com/sludgeline/tankroute/internal/store"

type chargeReq struct {
	Card   *store.CardInput `json:"card,omitempty"`
	Token  string           `json:"token,omitempty"`
	Amount int              `json:"amount_cents"`
	Ref    string           `json:"reference"`
}

type ChargeResp struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Token  string `json:"card_token"`
	Last4  string `json:"last4"`
}

func (s *Set) ChargeCard(card store.CardInput, amount int, ref string) (*ChargeResp, error) {
	out := &ChargeResp{}
	_, err := s.Gateway.New().Post("charges").BodyJSON(chargeReq{Card: &card, Amount: amount, Ref: ref}).ReceiveSuccess(out)
	return out, err
}

func (s *Set) ChargeToken(token string, amount int, ref string) (*ChargeResp, error) {
	out := &ChargeResp{}
	_, err := s.Gateway.New().Post("charges").BodyJSON(chargeReq{Token: token, Amount: amount, Ref: ref}).ReceiveSuccess(out)
	return out, err
}
