package client

func newClient() *http.Client {
	// ruleid: tls-verification-disabled-go
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	// ok: tls-verification-disabled-go
	safe := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr}
}

func syncContact(c Customer) error {
	payload, _ := json.Marshal(map[string]string{"email": c.Email, "phone": c.PhoneNumber})
	// ruleid: personal-data-over-http-go
	_, err := http.Post("http://crm.example.com/contacts", "application/json", bytes.NewReader(payload))
	// ok: personal-data-over-http-go
	_, err = http.Post("https://crm.example.com/contacts", "application/json", bytes.NewReader(payload))
	// ok: personal-data-over-http-go
	_, err = http.Post("http://localhost:8080/contacts", "application/json", bytes.NewReader(payload))
	plan, _ := json.Marshal(map[string]string{"plan": c.Plan})
	// ok: personal-data-over-http-go
	_, err = http.Post("http://crm.example.com/plans", "application/json", bytes.NewReader(plan))
	// ruleid: personal-data-over-http-go
	_, err = http.Get("http://crm.example.com/lookup?email=" + url.QueryEscape(c.Email))
	// ruleid: personal-data-over-http-go
	req, _ := http.NewRequest("POST", "http://vault.example.com/cards", strings.NewReader(c.CardNumber))
	_ = req
	return err
}

func receipt(ctx context.Context, host string, email string) error {
	body, _ := json.Marshal(map[string]any{"email": email})
	url := fmt.Sprintf("http://%s:8088/receipt", host)
	// ruleid: personal-data-over-http-go
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	secure := fmt.Sprintf("https://%s/receipt", host)
	// ok: personal-data-over-http-go
	req2, _ := http.NewRequestWithContext(ctx, http.MethodPost, secure, bytes.NewReader(body))
	_, _ = req, req2
	return nil
}

func newReceiptsClient(insecure bool, cfg Config) *http.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	// ruleid: tls-verification-disabled-go
	transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: insecure}
	// ruleid: tls-verification-disabled-go
	other := &tls.Config{InsecureSkipVerify: cfg.SkipTLSVerify}
	// ok: tls-verification-disabled-go
	strict := &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}
	_, _ = other, strict
	return &http.Client{Transport: transport}
}

type KioskBridge struct {
	URL string
}

func (k KioskBridge) Settle(ccNum, cvc2 string, amountCents int) error {
	form := url.Values{}
	form.Set("acct", ccNum)
	form.Set("cvc2", cvc2)
	// ruleid: personal-data-to-configured-url-go
	resp, err := http.PostForm(k.URL, form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	status := url.Values{}
	status.Set("amount", fmt.Sprint(amountCents))
	// ok: personal-data-to-configured-url-go
	_, err = http.PostForm(k.URL+"/status", status)
	return err
}

// The depot's batch box only speaks plain HTTP; its address can be overridden per environment.
var batchBoxURL = envOr("BATCH_BOX_URL", "http://10.20.0.15:8081/charge")

const statusEndpoint = "https://status.example.com/ping"

func chargeAtBox(client *retryablehttp.Client, card *SavedCard, amount int) error {
	body, _ := json.Marshal(map[string]interface{}{"pan": card.CcNum, "expiry": card.CcExp, "amount": amount})
	// ruleid: personal-data-to-url-variable-go
	resp, err := client.Post(batchBoxURL, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	ping, _ := json.Marshal(map[string]int{"amount": amount})
	// ok: personal-data-to-url-variable-go
	_, err = http.Post(batchBoxURL+"/ping", "application/json", bytes.NewReader(ping))
	return err
}

func textCourier(ctx context.Context, c Customer, relay string) error {
	body, _ := json.Marshal(map[string]string{"to": c.Phone})
	// ruleid: personal-data-over-http-go
	_, err := http.Post("http://"+relay+"/send", "application/json", bytes.NewReader(body))
	return err
}

func textCourierTLS(ctx context.Context, c Customer, relay string) error {
	body, _ := json.Marshal(map[string]string{"to": c.Phone})
	// ok: personal-data-over-http-go
	_, err := http.Post("https://"+relay+"/send", "application/json", bytes.NewReader(body))
	return err
}

func (n *Notifier) AccruePoints(ctx context.Context, m *store.Member, points int) error {
	// ruleid: personal-data-to-settings-url-go
	return n.postJSON(ctx, n.cfg.LoyaltyURL+"/accruals", map[string]any{
		"memberEmail": m.Email,
		"points":      points,
	}, nil)
}

func (n *Notifier) Ping(ctx context.Context, m *store.Member) error {
	// ok: personal-data-to-settings-url-go
	return n.postJSON(ctx, n.cfg.LoyaltyURL+"/ping", map[string]any{"member": m.ID}, nil)
}

func FileManifest(cfg Config, crew []string, passportNo string) error {
	form := url.Values{}
	form.Set("passport", passportNo)
	// ruleid: personal-data-to-settings-url-go
	_, err := http.PostForm(cfg.HarbourURL, form)
	return err
}

func newKilnClient(base string) *req.Client {
	// ruleid: tls-verification-disabled-go
	c := req.C().SetBaseURL(base).EnableInsecureSkipVerify()
	// ok: tls-verification-disabled-go
	c.DisableInsecureSkipVerify()
	return c
}
