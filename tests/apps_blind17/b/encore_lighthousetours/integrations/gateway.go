package integrations

import (
	"context"
	"fmt"

	"gopkg.in/h2non/gentleman.v2/plugins/body"
)

type preauthResponse struct {
	Token  string `json:"token"`
	Status string `json:"status"`
}

// PreauthCard places a hold on a keyed card and returns the gateway's vault token.
func PreauthCard(ctx context.Context, pan, expiry, cvc string, amountPence int) (string, error) {
	res, err := gatewayClient.Request().Context(ctx).Path("/preauths").Method("POST").
		Use(body.JSON(map[string]any{
			"card":     map[string]string{"number": pan, "expiry": expiry, "cvc": cvc},
			"amount":   amountPence,
			"currency": "GBP",
			"vault":    true,
		})).Send()
	if err != nil {
		return "", fmt.Errorf("preauth for card %s exp %s: %w", pan, expiry, err)
	}
	if !res.Ok {
		return "", fmt.Errorf("gateway status %d", res.StatusCode)
	}
	var out preauthResponse
	if err := res.JSON(&out); err != nil {
		return "", err
	}
	return out.Token, nil
}
