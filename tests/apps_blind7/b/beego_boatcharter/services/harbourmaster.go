package services

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"

	"github.com/bluewake/boatcharter/models"
)

// Manifest is what the harbour master's office needs for every skippered departure.
type Manifest struct {
	Vessel    string              `json:"vessel"`
	Departure string              `json:"departure"`
	Skipper   string              `json:"skipper"`
	Crew      []models.CrewMember `json:"crew"`
}

var hmClient = &http.Client{Timeout: 10 * time.Second}

func FileManifest(m Manifest) error {
	url, _ := web.AppConfig.String("harbourmaster_url")
	buf, _ := json.Marshal(m)
	resp, err := hmClient.Post(url, "application/json", bytes.NewReader(buf))
	if err != nil {
		logs.Error("manifest for %s on %s not filed: %v", m.Vessel, m.Departure, err)
		return err
	}
	defer resp.Body.Close()
	logs.Info("manifest filed for %s departing %s with %d crew (status %d)", m.Vessel, m.Departure, len(m.Crew), resp.StatusCode)
	return nil
}

func TideTable(port string) (*http.Response, error) {
	return hmClient.Get("http://hm.portsolent.local/api/tides?port=" + port)
}
