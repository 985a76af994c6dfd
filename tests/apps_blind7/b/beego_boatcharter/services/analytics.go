package services

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"

	"github.com/bluewake/boatcharter/models"
)

const mixpanelAPI = "https://api-eu.mixpanel.com"

func mixpanelToken() string {
	t, _ := web.AppConfig.String("mixpanel_token")
	return t
}

func send(path string, payload interface{}) {
	raw, _ := json.Marshal(payload)
	form := url.Values{"data": {base64.StdEncoding.EncodeToString(raw)}}
	resp, err := http.Post(mixpanelAPI+path, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		logs.Warn("mixpanel %s: %v", path, err)
		return
	}
	resp.Body.Close()
}

func hashed(v string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(v))))
	return hex.EncodeToString(sum[:])
}

// IdentifyCustomer sets the profile used by the retention team's cohorts.
func IdentifyCustomer(c *models.Customer) {
	send("/engage#profile-set", []map[string]interface{}{{
		"$token":       mixpanelToken(),
		"$distinct_id": c.Id,
		"$set": map[string]interface{}{
			"$email":        c.Email,
			"$name":         c.FullName,
			"$phone":        c.Phone,
			"sailing_level": c.SailingLevel,
		},
	}})
}

func TrackBooking(customerID int64, email string, b *models.Booking, boat string) {
	send("/track", []map[string]interface{}{{
		"event": "Charter Booked",
		"properties": map[string]interface{}{
			"token":       mixpanelToken(),
			"distinct_id": customerID,
			"time":        time.Now().Unix(),
			"reference":   b.Reference,
			"boat":        boat,
			"nights":      b.Nights,
			"email_hash":  hashed(email),
		},
	}})
}
