package clients

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"

	"github.com/revel/revel"

	"ferncombe/app/models"
)

type ChargeResult struct {
	Ref   string `json:"ref"`
	Brand string `json:"brand"`
	Last4 string `json:"last4"`
}

func Charge(card models.CardInput, amountPence int, reference string) (ChargeResult, error) {
	var out ChargeResult
	raw, _ := json.Marshal(map[string]interface{}{"card": card, "amount": amountPence, "currency": "GBP", "reference": reference})
	req, _ := http.NewRequest(http.MethodPost, revel.Config.StringDefault("gateway.base_url", "")+"/charges", bytes.NewReader(raw))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MOSSVALE_KEY"))
	res, err := Gateway.Do(req)
	if err != nil {
		return out, err
	}
	defer res.Body.Close()
	return out, json.NewDecoder(res.Body).Decode(&out)
}
