package clients

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/zeromicro/go-zero/rest/httpc"
)

const loopsBase = "https://app.loops.so/api/v1"

// Loops sends the park newsletter and birthday-party offers to guardians who opted in.
type Loops struct {
	apiKey string
	svc    httpc.Service
}

type loopsContact struct {
	Authorization string `header:"Authorization"`
	Email         string `json:"email"`
	FirstName     string `json:"firstName"`
	LastName      string `json:"lastName"`
	UserID        string `json:"userId"`
	UserGroup     string `json:"userGroup"`
	Source        string `json:"source"`
}

type loopsEvent struct {
	Authorization string `header:"Authorization"`
	UserID        string `json:"userId"`
	EventName     string `json:"eventName"`
}

func NewLoops(apiKey string) *Loops {
	return &Loops{apiKey: apiKey, svc: httpc.NewService("loops")}
}

func (l *Loops) CreateContact(ctx context.Context, email, fullName string, waiverID int64) error {
	first, last, _ := strings.Cut(fullName, " ")
	resp, err := l.svc.Do(ctx, http.MethodPost, loopsBase+"/contacts/create", loopsContact{
		Authorization: "Bearer " + l.apiKey,
		Email:         email,
		FirstName:     first,
		LastName:      last,
		UserID:        "waiver-" + strconv.FormatInt(waiverID, 10),
		UserGroup:     "guardians",
		Source:        "waiver-kiosk",
	})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Errorf("loops: %d", resp.StatusCode)
	}
	return nil
}

func (l *Loops) Event(ctx context.Context, waiverID int64, name string) error {
	resp, err := l.svc.Do(ctx, http.MethodPost, loopsBase+"/events/send", loopsEvent{
		Authorization: "Bearer " + l.apiKey,
		UserID:        "waiver-" + strconv.FormatInt(waiverID, 10),
		EventName:     name,
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
