package integrations

import (
	"context"
	"fmt"

	"gopkg.in/h2non/gentleman.v2"
	"gopkg.in/h2non/gentleman.v2/plugins/body"
)

// KernowText is the local SMS aggregator the keeper's office has used since 2014.
var smsClient = gentleman.New().URL("http://api.kernowtext.co.uk/v1")

// SendTideWarning tells a booked visitor that the crossing has moved because of the tide.
func SendTideWarning(ctx context.Context, name, phone, tourDate, newTime string) error {
	msg := fmt.Sprintf("Hi %s, your Carn Du crossing on %s now leaves at %s.", name, tourDate, newTime)
	_, err := smsClient.Request().Context(ctx).Path("/messages").Method("POST").
		Use(body.JSON(map[string]string{"to": phone, "from": "CARNDU", "text": msg})).Send()
	return err
}
