package vendors

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/emberhut/sauna-api/internal/models"
)

const loyaltyLionBase = "https://api.loyaltylion.com/v2"

type LoyaltyLion struct {
	HTTP   *http.Client
	Token  string
	Secret string
}

func (l *LoyaltyLion) post(ctx context.Context, path string, body any) error {
	raw, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, loyaltyLionBase+path, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.SetBasicAuth(l.Token, l.Secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := l.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("loyaltylion %s: status %d", path, resp.StatusCode)
	}
	return nil
}

// Signup records the member in LoyaltyLion so session points can accrue.
func (l *LoyaltyLion) Signup(ctx context.Context, m models.Member) error {
	activity := map[string]any{
		"name":           "signup",
		"customer_id":    fmt.Sprint(m.ID),
		"customer_email": m.Email,
	}
	activity["properties"] = map[string]any{"first_name": m.FullName, "phone": m.Phone, "birthday": m.DateOfBirth}
	return l.post(ctx, "/activities", activity)
}

// SessionCompleted awards points for a finished sauna session.
func (l *LoyaltyLion) SessionCompleted(ctx context.Context, memberID uint, bookingID uint, email string) error {
	return l.post(ctx, "/activities", map[string]any{
		"name":           "sauna_session",
		"customer_id":    fmt.Sprint(memberID),
		"customer_email": email,
		"merchant_id":    fmt.Sprint(bookingID),
	})
}
