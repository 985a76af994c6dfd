package vendor

import (
	"context"
	"strconv"

	"github.com/canopyworks/treehouse/internal/model"
	"github.com/carlmjohnson/requests"
)

type ChurnZero struct {
	B      *requests.Builder
	AppKey string
}

func (c ChurnZero) base(accountID, contactID string) *requests.Builder {
	return c.B.Clone().Path("/i").
		Param("appKey", c.AppKey).
		Param("accountExternalId", accountID).
		Param("contactExternalId", contactID)
}

func (c ChurnZero) UpsertContact(ctx context.Context, cl *model.Client) error {
	id := strconv.FormatInt(cl.ID, 10)
	return c.base("canopy-"+id, id).
		Param("action", "setAttribute").
		Param("entity", "contact").
		Param("attr_Email", cl.Email).
		Param("attr_FullName", cl.FullName).
		Fetch(ctx)
}

func (c ChurnZero) TrackEvent(ctx context.Context, clientID int64, event string, quantity int) error {
	id := strconv.FormatInt(clientID, 10)
	return c.base("canopy-"+id, id).
		Param("action", "trackEvent").
		Param("eventName", event).
		Param("quantity", strconv.Itoa(quantity)).
		Fetch(ctx)
}
