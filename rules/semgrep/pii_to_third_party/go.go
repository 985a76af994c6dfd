package track

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/getsentry/sentry-go"
	"github.com/segmentio/analytics-go/v3"
)

func onSignup(client analytics.Client, mp *mixpanel.Mixpanel, u User) {
	// ruleid: pii-to-third-party-go
	client.Enqueue(analytics.Identify{UserId: u.ID, Traits: analytics.NewTraits().SetEmail(u.Email)})
	name := u.FullName
	// ruleid: pii-to-third-party-go
	client.Enqueue(analytics.Track{UserId: u.ID, Event: "Signed Up", Properties: analytics.NewProperties().Set("name", name)})
	// ruleid: pii-to-third-party-go
	mp.Update(u.ID, &mixpanel.Update{Operation: "$set", Properties: map[string]interface{}{"$phone": u.PhoneNumber}})
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	client.Enqueue(analytics.Track{UserId: u.ID, Event: "Signed Up"})
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	client.Enqueue(analytics.Identify{UserId: u.ID, Traits: analytics.NewTraits().Set("email_hash", sha256Hex(u.Email))})
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	sendWelcome(u.Email)
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	jobs.Enqueue(WelcomeJob{Email: u.Email})
}

func conversion(u User) {
	payload, _ := json.Marshal(map[string]interface{}{"data": []interface{}{map[string]interface{}{"user_data": map[string]string{"em": u.Email}}}})
	// ruleid: pii-to-vendor-api-go
	http.Post("https://graph.facebook.com/v18.0/123/events", "application/json", bytes.NewReader(payload))
	hashed, _ := json.Marshal(map[string]interface{}{"data": []interface{}{map[string]interface{}{"user_data": map[string]string{"em": sha256Hex(u.Email)}}}})
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	http.Post("https://graph.facebook.com/v18.0/123/events", "application/json", bytes.NewReader(hashed))
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	http.Post("https://crm.example.com/contacts", "application/json", bytes.NewReader(payload))
}

func initSentry() {
	// ruleid: sentry-send-default-pii-go
	sentry.Init(sentry.ClientOptions{Dsn: dsn, SendDefaultPII: true})
	// ok: sentry-send-default-pii-go
	sentry.Init(sentry.ClientOptions{Dsn: dsn})
}

func (t *Tracker) Prescription(p Patient, drug string) {
	_ = t.client.Enqueue(posthog.Capture{
		// ruleid: pii-to-third-party-go
		DistinctId: p.Email,
		Event:      "prescription_uploaded",
		// ok: pii-to-third-party-go, pii-to-vendor-api-go
		Properties: posthog.NewProperties().Set("drug", drug),
	})
}

func (t *Tracker) Delivered(id int64, email string) error {
	return t.client.Enqueue(segment.Identify{
		UserId: strconv.FormatInt(id, 10),
		// ruleid: pii-to-third-party-go
		Traits: segment.NewTraits().SetEmail(email),
	})
}

const hubspotContacts = "https://api.hubapi.com/crm/v3/objects/contacts"

func (h *HubSpot) Upsert(ctx context.Context, email, plan string) error {
	body, _ := json.Marshal(map[string]any{"properties": map[string]string{"email": email}})
	// ruleid: pii-to-vendor-api-go
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, hubspotContacts, bytes.NewReader(body))
	safe, _ := json.Marshal(map[string]any{"properties": map[string]string{"plan": plan}})
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	req2, _ := http.NewRequestWithContext(ctx, http.MethodPost, hubspotContacts, bytes.NewReader(safe))
	_, _ = req, req2
	return nil
}

// The app's own JSON helper sending to a vendor's REST API (n.cfg.BrazeURL).
func (n *Notifier) TrackPurchase(ctx context.Context, m *Member) error {
	payload := map[string]any{"attributes": []map[string]any{{"external_id": m.ID, "email": m.Email}}}
	// ruleid: pii-to-vendor-api-go
	return n.postJSON(ctx, n.cfg.BrazeURL+"/users/track", payload, nil)
}

func (n *Notifier) TrackPlan(ctx context.Context, m *Member) error {
	// ruleid: pii-to-vendor-api-go
	return n.PostJSON(ctx, n.cfg.BrazeURL+"/users/track", map[string]any{"phone": m.Phone})
}

func reportUnpaid(rider Rider, err error) {
	sentry.WithScope(func(scope *sentry.Scope) {
		// ruleid: pii-to-third-party-go
		scope.SetUser(sentry.User{ID: fmt.Sprint(rider.ID), Email: rider.Email})
		sentry.CaptureException(err)
	})
	sentry.WithScope(func(scope *sentry.Scope) {
		// ok: pii-to-third-party-go
		scope.SetUser(sentry.User{ID: fmt.Sprint(rider.ID)})
		sentry.CaptureException(err)
	})
}

// Error trackers: a Bugsnag user, Rollbar extras.
func reportRenewal(ctx context.Context, err error, m *Member) {
	_ = bugsnag.Notify(err, ctx, bugsnag.User{
		Id: strconv.FormatInt(m.ID, 10),
		// ruleid: pii-to-third-party-go
		Email: m.Email,
	})
	// ok: pii-to-third-party-go
	_ = bugsnag.Notify(err, ctx, bugsnag.User{Id: strconv.FormatInt(m.ID, 10)})
	// ruleid: pii-to-third-party-go
	rollbar.Error(err, map[string]interface{}{"phone": m.Phone})
	// ok: pii-to-third-party-go
	rollbar.Error(err, map[string]interface{}{"member_id": m.ID})
}

// Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own Go calls are not listed.
func guardian(ctx context.Context, span tracer.Span, m *Member, attio *AttioClient, h *Handler) {
	// ruleid: pii-to-third-party-go
	tracer.SetUser(span, "member", tracer.WithUserEmail(m.Email))
	// ruleid: pii-to-third-party-go
	_ = attio.CreatePerson(ctx, m.Email)
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	_ = attio.CreatePerson(ctx, strconv.FormatInt(m.ID, 10))
	// ok: pii-to-third-party-go, pii-to-vendor-api-go
	_ = h.Analytics.Identify(m.Email)
}

// go-zero httpc: the fourth argument is the body; a Redis Do names no HTTP method.
func loopsSignup(ctx context.Context, svc httpc.Service, rdb *redis.Client, m *Member) {
	// ruleid: pii-to-vendor-api-go
	_, _ = svc.Do(ctx, http.MethodPost, "https://app.loops.so/api/v1/contacts/create", contactBody{Email: m.Email})
	// ok: pii-to-vendor-api-go
	_ = rdb.Do(ctx, "SET", "member", m.Email)
}

// In a file that talks to Freshdesk, the app's own database handle is not the vendor's client.
func supportSignup(ctx context.Context, s *Server, c Customer) {
	// ok: pii-to-vendor-api-go
	_ = s.DB.Create(&Customer{Email: c.Email, FullName: c.FullName}).Error
	// ruleid: pii-to-third-party-go
	_, _ = s.Freshdesk.CreateContact(ctx, c.Email)
}
