package handlers

import (
	"time"

	"github.com/apex/log"
	"github.com/kataras/iris/v12"
	"github.com/rollbar/rollbar-go"

	"github.com/harbourvans/removals/internal/clients"
	"github.com/harbourvans/removals/internal/models"
)

type QuoteInput struct {
	FirstName   string    `json:"first_name"`
	LastName    string    `json:"last_name"`
	Email       string    `json:"email"`
	Phone       string    `json:"phone"`
	FromAddress string    `json:"from_address"`
	ToAddress   string    `json:"to_address"`
	MoveDate    time.Time `json:"move_date"`
	Rooms       int       `json:"rooms"`
	Value       int64     `json:"declared_value_pence"`
}

type AcceptInput struct {
	Card models.CheckoutCard `json:"card"`
}

func (h *Handler) CreateQuote(ctx iris.Context) {
	var in QuoteInput
	if err := ctx.ReadJSON(&in); err != nil {
		ctx.StopWithError(iris.StatusBadRequest, err)
		return
	}
	log.Infof("quote request: %+v", in)

	cust := &models.Customer{FirstName: in.FirstName, LastName: in.LastName, Email: in.Email, Phone: in.Phone,
		FromAddress: in.FromAddress, ToAddress: in.ToAddress}
	if _, err := h.DB.Model(cust).OnConflict("(email) DO UPDATE").Set("phone = EXCLUDED.phone").Insert(); err != nil {
		rollbar.Error(err, map[string]interface{}{"email": in.Email, "phone": in.Phone})
		ctx.StopWithStatus(iris.StatusInternalServerError)
		return
	}
	job := &models.RemovalJob{CustomerID: cust.ID, Customer: cust, MoveDate: in.MoveDate, Rooms: in.Rooms,
		CubicMetres: float64(in.Rooms) * 9.5, InsuredValue: in.Value}
	job.QuotePence = int64(job.CubicMetres*4200) + 15000
	job.DepositPence = job.QuotePence / 5

	if premium, err := h.Insurer.Quote(cust, job); err == nil {
		job.QuotePence += premium
	} else {
		log.WithError(err).WithField("customer_id", cust.ID).Warn("insurer quote failed")
	}
	if _, err := h.DB.Model(job).Insert(); err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	go func() {
		if err := h.Pipedrive.UpsertPerson(cust); err != nil {
			log.WithError(err).WithField("customer", cust).Error("pipedrive upsert failed")
		}
	}()
	ctx.StatusCode(iris.StatusCreated)
	ctx.JSON(iris.Map{"job_id": job.ID, "quote_pence": job.QuotePence, "deposit_pence": job.DepositPence})
}

func (h *Handler) AcceptQuote(ctx iris.Context) {
	id := ctx.Params().GetInt64Default("id", 0)
	var in AcceptInput
	if err := ctx.ReadJSON(&in); err != nil {
		ctx.StopWithError(iris.StatusBadRequest, err)
		return
	}
	job := new(models.RemovalJob)
	if err := h.DB.Model(job).Relation("Customer").Where("removal_job.id = ?", id).Select(); err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	res, err := h.Gateway.Charge(ctx.Request().Context(), clients.ChargeRequest{
		Card:      &clients.Card{Number: in.Card.Number, Expiry: in.Card.Expiry, CVV: in.Card.CVC},
		Amount:    job.DepositPence,
		Currency:  "GBP",
		Reference: "DEP-" + ctx.Params().Get("id"),
	})
	if err != nil {
		log.WithFields(log.Fields{"job_id": id, "card": in.Card}).Error("deposit charge failed")
		ctx.StopWithJSON(iris.StatusPaymentRequired, iris.Map{"error": "declined"})
		return
	}
	card := &models.CardOnFile{CustomerID: job.CustomerID, GatewayToken: res.Token, Brand: res.Brand, Last4: res.Last4}
	if _, err := h.DB.Model(card).Insert(); err != nil {
		log.WithError(err).WithField("job_id", id).Error("saving card token failed")
	}
	job.Status = models.JobBooked
	_, _ = h.DB.Model(job).Column("status").WherePK().Update()
	log.WithFields(log.Fields{"job_id": id, "brand": res.Brand, "last4": res.Last4}).Info("deposit taken")
	ctx.JSON(iris.Map{"status": job.Status})
}

func (h *Handler) GetJob(ctx iris.Context) {
	job := new(models.RemovalJob)
	if err := h.DB.Model(job).Relation("Customer").Where("removal_job.id = ?", ctx.Params().GetInt64Default("id", 0)).Select(); err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	log.WithField("customer", job.Customer).Debug("job viewed")
	ctx.JSON(job)
}
