package clients

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/revel/revel"

	"ferncombe/app/models"
)

func SendReadyNotice(c models.Customer, com models.Commission) error {
	form := url.Values{}
	form.Set("from", "Ferncombe Studio <studio@ferncombe-taxidermy.co.uk>")
	form.Set("to", c.Email)
	form.Set("subject", fmt.Sprintf("Your %s mount is ready", com.Species))
	form.Set("text", fmt.Sprintf("Dear %s, commission %d is ready for collection.", c.FullName, com.ID))
	form.Set("o:tag", "ready-notice")
	form.Set("v:commission", fmt.Sprint(com.ID))

	endpoint := fmt.Sprintf("%s/%s/messages", revel.Config.StringDefault("mailgun.base_url", "https://api.mailgun.net/v3"), revel.Config.StringDefault("mailgun.domain", ""))
	req, _ := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	req.SetBasicAuth("api", os.Getenv("MAILGUN_API_KEY"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := Mailgun.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return nil
}
