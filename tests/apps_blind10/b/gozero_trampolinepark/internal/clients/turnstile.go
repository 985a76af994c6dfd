package clients

import (
	"context"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpc"
)

// Turnstile whitelists a wristband uid for today's session on the park gates.
type Turnstile struct {
	base string
}

type allowReq struct {
	Wristband string `path:"uid"`
	Zone      string `json:"zone"`
}

func NewTurnstile(base string) *Turnstile {
	return &Turnstile{base: base}
}

func (t *Turnstile) Allow(ctx context.Context, uid string) error {
	resp, err := httpc.Do(ctx, http.MethodPut, t.base+"/wristbands/:uid", allowReq{Wristband: uid, Zone: "main-court"})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
