package handlers

import (
	"strings"
	"time"

	"github.com/apex/log"
	"github.com/kataras/iris/v12"

	"github.com/harbourvans/removals/internal/clients"
	"github.com/harbourvans/removals/internal/models"
)

type PhonePaymentInput struct {
	Cardholder string `json:"cardholder"`
	Number     string `json:"number"`
	Expiry     string `json:"expiry"`
	CVV2       string `json:"cvv2"`
	Amount     int64  `json:"amount_pence"`
}

// PhonePayment queues a balance payment read out over the phone.
func (h *Handler) PhonePayment(ctx iris.Context) {
	jobID := ctx.Params().GetInt64Default("id", 0)
	var in PhonePaymentInput
	if err := ctx.ReadJSON(&in); err != nil {
		ctx.StopWithError(iris.StatusBadRequest, err)
		return
	}
	pan := strings.ReplaceAll(in.Number, " ", "")
	_, err := h.DB.Exec(`INSERT INTO depot_payments (job_id, cardholder_name, pan, expiry_mmyy, cvv2, amount_pence)
		VALUES (?, ?, ?, ?, ?, ?)`, jobID, in.Cardholder, pan, in.Expiry, in.CVV2, in.Amount)
	if err != nil {
		log.WithError(err).WithField("job_id", jobID).Error("queueing phone payment failed")
		ctx.StopWithStatus(iris.StatusInternalServerError)
		return
	}
	log.WithFields(log.Fields{
		"job_id":   jobID,
		"staff":    ctx.GetHeader("X-Staff-Id"),
		"pan_tail": pan[len(pan)-4:],
		"amount":   in.Amount,
	}).Info("phone payment queued")
	ctx.StatusCode(iris.StatusAccepted)
}

// SendCrewSheet pushes tomorrow's stops for one van to the depot dispatch box.
func (h *Handler) SendCrewSheet(ctx iris.Context) {
	van := ctx.Params().Get("van")
	tomorrow := time.Now().Add(24 * time.Hour).Format("2006-01-02")

	var jobs []models.RemovalJob
	err := h.DB.Model(&jobs).Relation("Customer").
		Where("van_reg = ?", van).Where("move_date = ?", tomorrow).Order("id").Select()
	if err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	stops := make([]clients.CrewStop, 0, len(jobs))
	for _, j := range jobs {
		stops = append(stops, clients.CrewStop{
			JobID:    j.ID,
			Customer: j.Customer.FirstName + " " + j.Customer.LastName,
			Phone:    j.Customer.Phone,
			Address:  j.Customer.FromAddress,
			Notes:    j.InventoryNotes,
		})
		log.Infof("crew sheet %s stop: %s", van, j.Customer.Summary())
	}
	if err := h.Dispatch.PushCrewSheet(van, stops); err != nil {
		log.WithError(err).WithField("van", van).Error("crew sheet push failed")
		ctx.StopWithStatus(iris.StatusBadGateway)
		return
	}
	log.WithFields(log.Fields{"van": van, "stops": len(stops)}).Info("crew sheet sent")
	ctx.JSON(iris.Map{"stops": len(stops)})
}
