package analytics

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/segmentio/analytics-go/v3"

	"github.com/strikeline/bowl/internal/store"
)

type Tracker struct {
	client analytics.Client
}

func New(writeKey string) *Tracker {
	return &Tracker{client: analytics.New(writeKey)}
}

func userID(id int64) string { return fmt.Sprintf("bowler_%d", id) }

func bowlerTraits(b *store.Bowler) analytics.Traits {
	traits := analytics.NewTraits().SetCreatedAt(b.CreatedAt)
	traits.SetEmail(b.Email)
	traits.SetName(b.Name)
	traits.SetPhone(b.Phone)
	traits.SetBirthday(b.DateOfBirth)
	return traits.Set("handicap", b.Handicap)
}

func (t *Tracker) BowlerSignedUp(b *store.Bowler) error {
	return t.client.Enqueue(analytics.Identify{UserId: userID(b.ID), Traits: bowlerTraits(b)})
}

func (t *Tracker) LaneBooked(bowlerID int64, lane, games int) error {
	return t.client.Enqueue(analytics.Track{
		UserId:     userID(bowlerID),
		Event:      "Lane Booked",
		Properties: analytics.NewProperties().Set("lane", lane).Set("games", games),
	})
}

func (t *Tracker) LeagueJoined(b *store.Bowler, league string) error {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(b.Email))))
	return t.client.Enqueue(analytics.Track{
		UserId:     userID(b.ID),
		Event:      "League Joined",
		Properties: analytics.NewProperties().Set("league", league).Set("email_sha256", hex.EncodeToString(sum[:])),
	})
}

func (t *Tracker) Close() error { return t.client.Close() }
