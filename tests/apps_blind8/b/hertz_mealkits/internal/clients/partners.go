package clients

import (
	"context"
	"time"

	"github.com/forkandfield/mealkits/internal/models"
	"github.com/imroc/req/v3"
)

// Courier books the chilled delivery slot for a box.
type Courier struct{ c *req.Client }

func NewCourier(baseURL string) *Courier {
	return &Courier{c: req.C().SetBaseURL(baseURL).SetTimeout(10 * time.Second)}
}

func (cr *Courier) BookDrop(ctx context.Context, s *models.Subscriber, a *models.DeliveryAddress, week string) error {
	_, err := cr.c.R().SetContext(ctx).SetBody(map[string]any{
		"reference": week + "-" + s.Email,
		"recipient": s.FirstName + " " + s.LastName,
		"phone":     s.Phone,
		"address":   []string{a.Line1, a.Line2, a.City, a.Postcode},
		"notes":     a.DropNotes,
	}).Post("/drops")
	return err
}

// FraudCheck scores first orders before the first box is packed.
type FraudCheck struct{ c *req.Client }

func NewFraudCheck(baseURL string) *FraudCheck {
	return &FraudCheck{c: req.C().SetBaseURL(baseURL).EnableInsecureSkipVerify().SetTimeout(5 * time.Second)}
}

func (f *FraudCheck) Score(ctx context.Context, s *models.Subscriber, ip string, cardBIN string) (float64, error) {
	var out struct {
		Score float64 `json:"score"`
	}
	_, err := f.c.R().SetContext(ctx).SetBody(map[string]any{
		"email": s.Email, "phone": s.Phone, "ip": ip, "bin": cardBIN, "dob": s.BirthDate.Format("2006-01-02"),
	}).SetSuccessResult(&out).Post("/v1/score")
	return out.Score, err
}
