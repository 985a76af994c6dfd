package stays

import "encore.dev/cron"

var _ = cron.NewJob("release-guarantees", cron.JobConfig{
	Title:    "Release cottage card guarantees three days after departure",
	Every:    6 * cron.Hour,
	Endpoint: ReleaseExpired,
})
