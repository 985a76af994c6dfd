// Package analytics forwards product events to Mixpanel's ingestion API.
package analytics

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/citypark/echo-parking/internal/store"
)

const (
	trackURL  = "https://api.mixpanel.com/track"
	engageURL = "https://api.mixpanel.com/engage#profile-set"
)

type Mixpanel struct {
	Token string
	HTTP  *http.Client
	Log   zerolog.Logger
}

func hashEmail(e string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(e))))
	return hex.EncodeToString(sum[:])
}

func (m *Mixpanel) post(url string, payload any) {
	b, _ := json.Marshal([]any{payload})
	resp, err := m.HTTP.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		m.Log.Warn().Err(err).Str("url", url).Msg("mixpanel unreachable")
		return
	}
	resp.Body.Close()
}

// Track sends an event keyed by the account id; properties carry no contact data.
func (m *Mixpanel) Track(event string, a store.Account, props map[string]any) {
	props["token"] = m.Token
	props["distinct_id"] = strconv.FormatInt(a.ID, 10)
	props["time"] = time.Now().Unix()
	props["email_hash"] = hashEmail(a.Email)
	m.post(trackURL, map[string]any{"event": event, "properties": props})
}

// People creates the Mixpanel profile so support can look riders up by e-mail.
func (m *Mixpanel) People(a store.Account) {
	m.post(engageURL, map[string]any{
		"$token":       m.Token,
		"$distinct_id": strconv.FormatInt(a.ID, 10),
		"$set": map[string]any{
			"$email": a.Email,
			"$name":  a.FullName,
			"$phone": a.Phone.String,
		},
	})
}
