// Service visitors manages visitor accounts and lighthouse tour tickets.
package visitors

import (
	"context"
	"fmt"
	"time"

	"encore.dev/beta/errs"
	"encore.dev/rlog"
	"encore.dev/storage/sqldb"

	"encore.app/integrations"
)

var db = sqldb.NewDatabase("visitors", sqldb.DatabaseConfig{
	Migrations: "./migrations",
})

type Visitor struct {
	ID          int64      `json:"id"`
	FullName    string     `json:"full_name"`
	Email       string     `json:"email"`
	Phone       string     `json:"phone"`
	DateOfBirth *time.Time `json:"date_of_birth,omitempty"`
}

func (v Visitor) String() string {
	return fmt.Sprintf("visitor#%d", v.ID)
}

type SignUpParams struct {
	FullName    string     `json:"full_name"`
	Email       string     `json:"email"`
	Phone       string     `json:"phone"`
	DateOfBirth *time.Time `json:"date_of_birth"`
	Password    string     `json:"password" encore:"sensitive"`
}

//encore:api public method=POST path=/visitors
func SignUp(ctx context.Context, p *SignUpParams) (*Visitor, error) {
	log := rlog.With("email", p.Email)
	log.Info("visitor sign-up started")

	v := &Visitor{FullName: p.FullName, Email: p.Email, Phone: p.Phone, DateOfBirth: p.DateOfBirth}
	err := db.QueryRow(ctx, `
		INSERT INTO visitors (full_name, email, phone, date_of_birth)
		VALUES ($1, $2, $3, $4) RETURNING id`,
		p.FullName, p.Email, p.Phone, p.DateOfBirth).Scan(&v.ID)
	if err != nil {
		log.Error("insert visitor failed", "err", err, "phone", p.Phone, "password", p.Password)
		return nil, &errs.Error{Code: errs.Internal, Message: "could not register"}
	}
	rlog.Info("visitor created", "visitor", v)
	go integrations.EnrichVisitor(context.Background(), v.ID, v.Email, v.Phone)
	return v, nil
}

//encore:api auth method=GET path=/visitors/:id
func Get(ctx context.Context, id int64) (*Visitor, error) {
	v := &Visitor{ID: id}
	err := db.QueryRow(ctx, `SELECT full_name, email, phone, date_of_birth FROM visitors WHERE id = $1`, id).
		Scan(&v.FullName, &v.Email, &v.Phone, &v.DateOfBirth)
	if err != nil {
		return nil, &errs.Error{Code: errs.NotFound, Message: "no such visitor"}
	}
	rlog.Debug("visitor loaded", "visitor_id", v.ID, "full_name", v.FullName, "dob", v.DateOfBirth)
	return v, nil
}

type TicketParams struct {
	VisitorID    int64  `json:"visitor_id"`
	TourDate     string `json:"tour_date"`
	Seats        int    `json:"seats"`
	PaymentRef   string `json:"payment_ref"`
	CardLast4    string `json:"card_last4"`
	BoatFromPier bool   `json:"boat_from_pier"`
}

type TicketResponse struct {
	TicketID int64 `json:"ticket_id"`
}

//encore:api public method=POST path=/tickets
func BuyTicket(ctx context.Context, p *TicketParams) (*TicketResponse, error) {
	var id int64
	if err := db.QueryRow(ctx, `
		INSERT INTO tour_tickets (visitor_id, tour_date, seats, payment_ref, card_last4)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		p.VisitorID, p.TourDate, p.Seats, p.PaymentRef, p.CardLast4).Scan(&id); err != nil {
		return nil, err
	}
	rlog.Info("ticket sold", "ticket_id", id, "visitor_id", p.VisitorID, "last4", p.CardLast4)

	if p.BoatFromPier {
		v, err := Get(ctx, p.VisitorID)
		if err == nil {
			if err := integrations.AddToBoatManifest(ctx, p.TourDate, v.FullName, v.Phone, v.DateOfBirth); err != nil {
				integrations.ReportError(ctx, err, v.ID, v.Email)
			}
		}
	}
	return &TicketResponse{TicketID: id}, nil
}
