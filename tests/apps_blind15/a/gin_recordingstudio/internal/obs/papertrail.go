package obs

import (
	"context"
	"net/http"
	"strings"
)

type Papertrail struct {
	client *http.Client
	url    string
	token  string
}

func NewPapertrail(c *http.Client, url, token string) *Papertrail {
	return &Papertrail{client: c, url: url, token: token}
}

// Ship forwards a single line to Papertrail's HTTP ingestion endpoint.
func (p *Papertrail) Ship(ctx context.Context, line string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, strings.NewReader(line))
	if err != nil {
		return
	}
	req.SetBasicAuth("", p.token)
	req.Header.Set("Content-Type", "application/octet-stream")
	if resp, err := p.client.Do(req); err == nil {
		resp.Body.Close()
	}
}
