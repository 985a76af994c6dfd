package clients

import (
	"context"
	"fmt"

	"github.com/strikeline/bowl/internal/store"
)

type SanctionResult struct {
	MemberNo string `json:"member_no"`
	Average  int    `json:"average"`
}

// SanctionBowler registers a bowler with the county league so their scores count toward averages.
func (c *Clients) SanctionBowler(ctx context.Context, b *store.Bowler, leagueCode string) (*SanctionResult, error) {
	var out SanctionResult
	resp, err := c.League.R().SetContext(ctx).
		SetBody(map[string]any{
			"league":        leagueCode,
			"name":          b.Name,
			"date_of_birth": b.DateOfBirth.Format("2006-01-02"),
			"email":         b.Email,
		}).
		SetResult(&out).
		Post("/api/v2/sanctions")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("league portal %s", resp.Status())
	}
	return &out, nil
}
