package clients

import (
	"context"
	"net/http"

	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/rest/httpc"
)

// Schools attaches signed waivers to a school-trip booking on the trips platform.
type Schools struct {
	base string
	svc  httpc.Service
}

type tripWaiver struct {
	TripRef       string         `path:"ref"`
	GuardianName  string         `json:"guardianName"`
	GuardianEmail string         `json:"guardianEmail"`
	GuardianPhone string         `json:"guardianPhone"`
	Pupils        []types.Jumper `json:"pupils"`
	MedicalNotes  string         `json:"medicalNotes"`
}

func NewSchools(base string, svc httpc.Service) *Schools {
	return &Schools{base: base, svc: svc}
}

func (s *Schools) AttachWaiver(ctx context.Context, tripRef string, req *types.WaiverReq) error {
	resp, err := s.svc.Do(ctx, http.MethodPost, s.base+"/trips/:ref/waivers", tripWaiver{
		TripRef: tripRef, GuardianName: req.GuardianName, GuardianEmail: req.GuardianEmail,
		GuardianPhone: req.GuardianPhone, Pupils: req.Jumpers, MedicalNotes: req.MedicalNotes,
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
