// Package errs reports panics and failed jobs to Airbrake.
package errs

import (
	"net/http"

	"github.com/airbrake/gobrake/v5"

	"github.com/bluehole-divers/platform/internal/store"
)

var Notifier *gobrake.Notifier

func Init(projectID int64, key, env string) {
	Notifier = gobrake.NewNotifierWithOptions(&gobrake.NotifierOptions{
		ProjectId:   projectID,
		ProjectKey:  key,
		Environment: env,
	})
	Notifier.AddFilter(func(n *gobrake.Notice) *gobrake.Notice {
		delete(n.Params, "card")
		delete(n.Params, "password")
		return n
	})
}

// Report sends err with the request; diver is attached when the handler knows who it was.
func Report(err error, r *http.Request, diver *store.Diver) {
	notice := Notifier.Notice(err, r, 1)
	if diver != nil {
		notice.Context["user"] = map[string]string{"id": diver.String(), "email": diver.Email, "name": diver.FullName}
	}
	Notifier.SendNoticeAsync(notice)
}

// ReportTask sends a failed background task by type and id only.
func ReportTask(err error, taskType string, id int64) {
	notice := Notifier.Notice(err, nil, 1)
	notice.Context["task"] = taskType
	notice.Params["id"] = id
	Notifier.SendNoticeAsync(notice)
}
