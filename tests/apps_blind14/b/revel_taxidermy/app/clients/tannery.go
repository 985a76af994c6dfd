package clients

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/revel/revel"

	"ferncombe/app/models"
)

func tanneryURL(path string) string {
	return revel.Config.StringDefault("tannery.base_url", "https://orders.brackenhide-tannery.co.uk/api") + path
}

func SendHide(com models.Commission, c models.Customer) error {
	payload := map[string]interface{}{
		"ref":     com.ID,
		"species": com.Species,
		"permit":  com.CitesPermit,
		"owner":   map[string]string{"name": c.FullName, "address": c.Address, "phone": c.Phone},
	}
	raw, _ := json.Marshal(payload)
	res, err := Tannery.Post(tanneryURL("/hides"), bytes.NewReader(raw), http.Header{"Content-Type": {"application/json"}})
	if err != nil {
		return err
	}
	return res.Body.Close()
}

func TanneryCapacity() (int, error) {
	res, err := Tannery.Get(tanneryURL("/capacity"), nil)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var out struct{ Slots int }
	return out.Slots, json.NewDecoder(res.Body).Decode(&out)
}
