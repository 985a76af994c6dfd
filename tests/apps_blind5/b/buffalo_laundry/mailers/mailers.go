package mailers

import (
	"log"
	"os"
	"strconv"

	"github.com/gobuffalo/buffalo/mail"
	"github.com/gobuffalo/buffalo/render"
	"github.com/gobuffalo/packr/v2"

	"github.com/freshfold/laundry/models"
)

var smtp mail.Sender
var r *render.Engine

const fromAddress = "FreshFold <hello@freshfold.example>"

func init() {
	port, _ := strconv.Atoi(envOr("SMTP_PORT", "587"))
	var err error
	smtp, err = mail.NewSMTPSender(envOr("SMTP_HOST", "smtp.sendinblue.com"), strconv.Itoa(port), os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"))
	if err != nil {
		log.Fatal(err)
	}
	r = render.New(render.Options{
		HTMLLayout:   "layout.plush.html",
		TemplatesBox: packr.New("app:mailers:templates", "../templates/mail"),
		Helpers:      render.Helpers{},
	})
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

// SendPickupConfirmation mails the customer their pickup window and locker code.
func SendPickupConfirmation(c *models.Customer, o *models.LaundryOrder) error {
	m := mail.NewMessage()
	m.Subject = "Your FreshFold pickup " + o.OrderNumber
	m.From = fromAddress
	m.To = []string{c.Email}
	data := map[string]interface{}{"name": c.FullName, "order": o}
	if err := m.AddBody(r.HTML("pickup_confirmation.plush.html"), data); err != nil {
		return err
	}
	if err := smtp.Send(m); err != nil {
		log.Printf("pickup confirmation for order %s not sent: %v", o.OrderNumber, err)
		return err
	}
	return nil
}
