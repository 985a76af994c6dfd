package tasks

import (
	"context"
	"fmt"
	"net/smtp"
	"time"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/task"

	"github.com/bluewake/boatcharter/models"
)

// Register schedules the daily jobs: pre-departure reminders and stale deposit clean-up.
func Register() {
	task.AddTask("departure-reminders", task.NewTask("departure-reminders", "0 0 8 * * *", departureReminders))
	task.AddTask("stale-deposits", task.NewTask("stale-deposits", "0 30 3 * * *", staleDeposits))
	task.StartTask()
}

type reminderRow struct {
	models.Booking `xorm:"extends"`
	Email          string
	FullName       string
	BoatName       string
}

func departureReminders(ctx context.Context) error {
	host, _ := web.AppConfig.String("smtp_host")
	user, _ := web.AppConfig.String("smtp_user")
	var rows []reminderRow
	tomorrow := time.Now().AddDate(0, 0, 1).Format("2006-01-02")
	err := models.Engine.Table("booking").
		Join("INNER", "customer", "customer.id = booking.customer_id").
		Join("INNER", "boat", "boat.id = booking.boat_id").
		Select("booking.*, customer.email, customer.full_name, boat.name AS boat_name").
		Where("booking.start_date = ? AND booking.status = 'paid'", tomorrow).
		Find(&rows)
	if err != nil {
		return err
	}
	auth := smtp.PlainAuth("", user, web.AppConfig.DefaultString("smtp_password", ""), host)
	sent := 0
	for _, r := range rows {
		msg := fmt.Sprintf("To: %s\r\nSubject: %s departs tomorrow\r\n\r\nHi %s, see you on the pontoon at 9am.\r\n",
			r.Email, r.BoatName, r.FullName)
		if err := smtp.SendMail(host+":587", auth, user, []string{r.Email}, []byte(msg)); err != nil {
			logs.Error("reminder for %s to %s failed: %v", r.Reference, r.Email, err)
			continue
		}
		sent++
	}
	logs.Info("departure reminders: %d of %d sent via %s", sent, len(rows), host)
	return nil
}

func staleDeposits(ctx context.Context) error {
	cutoff := time.Now().AddDate(0, 0, -30)
	n, err := models.Engine.Where("released_at IS NOT NULL AND released_at < ?", cutoff).Delete(&models.DamageDeposit{})
	if err != nil {
		logs.Error("stale deposit purge failed: %v", err)
		return err
	}
	logs.Info("purged %d released damage deposits older than %s", n, cutoff.Format("2006-01-02"))
	return nil
}
