// Package receipts files tax receipts (Zuwendungsbestätigungen) with the charity-tax service and mails them.
package receipts

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/smtp"
	"time"

	"github.com/givewell/donations/internal/store"
)

type Client struct {
	baseURL string
	http    *http.Client
	smtp    string
	from    string
	log     *slog.Logger
}

func New(baseURL string, insecure bool, smtpAddr, from string, log *slog.Logger) *Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	// The tax office test environment uses a self-signed certificate.
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: insecure}
	return &Client{baseURL: baseURL, http: &http.Client{Transport: transport, Timeout: 10 * time.Second},
		smtp: smtpAddr, from: from, log: log}
}

func NewStatusClient() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}, Timeout: 3 * time.Second}
}

type receiptRequest struct {
	DonationID  int64  `json:"donation_id"`
	DonorName   string `json:"donor_name"`
	Street      string `json:"street"`
	PostalCode  string `json:"postal_code"`
	Country     string `json:"country"`
	AmountCents int    `json:"amount_cents"`
}

func (c *Client) File(ctx context.Context, d *store.Donor, donationID int64, amountCents int) error {
	body, _ := json.Marshal(receiptRequest{
		DonationID: donationID, DonorName: d.FirstName + " " + d.LastName, Street: d.Street,
		PostalCode: d.PostalCode, Country: d.Country, AmountCents: amountCents,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/receipts", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		c.log.Error("receipt filing failed", "donation_id", donationID, "err", err)
		return err
	}
	defer resp.Body.Close()
	c.log.Info("receipt filed", "donation_id", donationID, "status", resp.StatusCode)
	return nil
}

func (c *Client) Ping(ctx context.Context) bool {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/status", nil)
	resp, err := NewStatusClient().Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

func (c *Client) Mail(d *store.Donor, donationID int64) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Your donation receipt #%d\r\n\r\nThank you, %s.\r\n",
		c.from, d.Email, donationID, d.FirstName)
	if err := smtp.SendMail(c.smtp, nil, c.from, []string{d.Email}, []byte(msg)); err != nil {
		c.log.Error("receipt mail failed", "donation_id", donationID, "smtp_host", c.smtp, "err", err)
		return err
	}
	c.log.Info(fmt.Sprintf("receipt %d mailed to %s", donationID, d.Email))
	return nil
}
