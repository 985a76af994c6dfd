package tracking

import (
	"strconv"

	"github.com/getsentry/sentry-go"
	sentryecho "github.com/getsentry/sentry-go/echo"
	"github.com/labstack/echo/v4"

	"github.com/strikeline/bowl/internal/store"
)

func Init(dsn, env string) error {
	return sentry.Init(sentry.ClientOptions{
		Dsn:              dsn,
		Environment:      env,
		TracesSampleRate: 0.05,
		SendDefaultPII:   false,
	})
}

func Middleware() echo.MiddlewareFunc {
	return sentryecho.New(sentryecho.Options{Repanic: true})
}

// TagBowler attaches the bowler to the request's Sentry scope.
func TagBowler(c echo.Context, b *store.Bowler) {
	if hub := sentryecho.GetHubFromContext(c); hub != nil {
		hub.Scope().SetUser(sentry.User{ID: strconv.FormatInt(b.ID, 10), Email: b.Email, Name: b.Name})
	}
}

func TagTeam(c echo.Context, teamID int64) {
	if hub := sentryecho.GetHubFromContext(c); hub != nil {
		hub.Scope().SetTag("team_id", strconv.FormatInt(teamID, 10))
	}
}
