// Package notify sends transactional e-mail through SMTP.
package notify

import (
	"fmt"
	"net/smtp"

	"github.com/rs/zerolog"

	"github.com/citypark/echo-parking/internal/store"
)

type Mailer struct {
	Host, User, Password, From, ReceiptTemplate string
	Port                                        int
	Log                                         zerolog.Logger
}

func (m *Mailer) send(to, subject, body string) error {
	addr := fmt.Sprintf("%s:%d", m.Host, m.Port)
	auth := smtp.PlainAuth("", m.User, m.Password, m.Host)
	msg := []byte("From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body)
	if err := smtp.SendMail(addr, auth, m.From, []string{to}, msg); err != nil {
		m.Log.Error().Err(err).Str("smtp_host", m.Host).Int("smtp_port", m.Port).Msg("smtp send failed")
		return err
	}
	return nil
}

func (m *Mailer) Welcome(a store.Account) error {
	m.Log.Debug().Msgf("sending welcome mail to %s (%s)", a.FullName, a.Email)
	return m.send(a.Email, "Welcome to CityPark", "Hi "+a.FullName+", your account is ready.")
}

func (m *Mailer) Receipt(a store.Account, sessionID int64, amountCents int32) error {
	err := m.send(a.Email, fmt.Sprintf("Receipt for session %d", sessionID), fmt.Sprintf("Total: $%.2f", float64(amountCents)/100))
	m.Log.Info().Int64("session_id", sessionID).Str("template", m.ReceiptTemplate).Bool("delivered", err == nil).Msg("receipt mail")
	return err
}
