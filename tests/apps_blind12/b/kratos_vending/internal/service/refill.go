package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"

	"github.com/coinmere/vending/internal/data/models"
)

// RequestRefill is called by the telemetry webhook when a machine's stock drops below threshold.
func (s *VendingService) RequestRefill(ctx context.Context, c *models.Client, machineID string, slots map[string]int) error {
	if err := s.partners.PushPlanogram(ctx, machineID, slots); err != nil {
		s.log.WithContext(ctx).Warnf("planogram push failed machine=%s: %v", machineID, err)
	}
	if err := s.partners.ScheduleRefill(ctx, c, machineID); err != nil {
		return err
	}
	if err := s.partners.PushSiteContact(ctx, machineID, c); err != nil {
		s.log.WithContext(ctx).Warnf("site contact push failed machine=%s", machineID)
	}
	log.Context(ctx).Infof("refill booked for %s, contact %s on %s", c.SiteAddress, c.ContactName, c.ContactPhone.String)
	return nil
}
