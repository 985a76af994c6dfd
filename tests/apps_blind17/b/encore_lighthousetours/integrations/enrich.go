package integrations

import (
	"context"

	"encore.dev/rlog"
	"gopkg.in/h2non/gentleman.v2/plugins/body"
)

// EnrichVisitor asks FullContact and People Data Labs for a visitor's profile so the
// marketing team can segment school and corporate groups.
func EnrichVisitor(ctx context.Context, visitorID int64, email, phone string) {
	res, err := fullContactClient.Request().Context(ctx).Path("/person.enrich").Method("POST").
		Use(body.JSON(map[string]any{
			"email":      email,
			"phone":      phone,
			"webhookUrl": "https://api.lighthousetours.co.uk/hooks/fullcontact",
		})).Send()
	if err != nil || !res.Ok {
		rlog.Warn("fullcontact enrich failed", "visitor_id", visitorID)
	}

	req := pdlClient.Request().Context(ctx).Path("/person/enrich").Method("GET")
	req.AddQuery("email", email)
	req.AddQuery("min_likelihood", "6")
	if res, err := req.Send(); err != nil || !res.Ok {
		rlog.Warn("pdl enrich failed", "visitor_id", visitorID)
	}
}
