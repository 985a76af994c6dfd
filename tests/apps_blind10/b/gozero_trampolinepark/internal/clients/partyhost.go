package clients

import (
	"context"
	"net/http"
	"strings"

	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/rest/httpc"
)

// PartyHost pushes the booking to the party-room host's tablet app (café LAN).
type PartyHost struct {
	base string
}

type partyCard struct {
	PartyID       int64  `json:"partyId"`
	ChildName     string `json:"childName"`
	GuardianName  string `json:"guardianName"`
	GuardianPhone string `json:"guardianPhone"`
	Guests        int    `json:"guests"`
	Allergies     string `json:"allergies"`
}

func NewPartyHost(base string) *PartyHost {
	return &PartyHost{base: base}
}

func (p *PartyHost) SendParty(ctx context.Context, partyID int64, req *types.PartyReq) error {
	body := partyCard{
		PartyID:       partyID,
		ChildName:     req.ChildName,
		GuardianName:  req.GuardianName,
		GuardianPhone: req.GuardianPhone,
		Guests:        req.Guests,
		Allergies:     strings.Join(req.Allergies, ", "),
	}
	resp, err := httpc.Do(ctx, http.MethodPost, p.base+"/parties", body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (p *PartyHost) Ping(ctx context.Context) bool {
	resp, err := httpc.Do(ctx, http.MethodGet, p.base+"/health", nil)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
