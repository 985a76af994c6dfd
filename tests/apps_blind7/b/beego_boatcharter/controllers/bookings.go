package controllers

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"time"

	"github.com/beego/beego/v2/client/cache"
	_ "github.com/beego/beego/v2/client/cache/redis"
	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"

	"github.com/bluewake/boatcharter/models"
	"github.com/bluewake/boatcharter/services"
)

var (
	gateway   = services.NewSeaPay()
	holdCache cache.Cache
)

func init() {
	addr, _ := web.AppConfig.String("redis_conn")
	var err error
	holdCache, err = cache.NewCache("redis", fmt.Sprintf(`{"key":"charter","conn":"%s","dbNum":"1"}`, addr))
	if err != nil {
		logs.Error("redis cache unavailable: %v", err)
	}
}

type BookingController struct {
	BaseController
}

func newReference() string {
	const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 8)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return "BW" + string(b)
}

func (c *BookingController) Checkout() {
	customerID, _ := c.GetSession("customer_id").(int64)
	var req models.CheckoutRequest
	if err := json.Unmarshal(c.Ctx.Input.RequestBody, &req); err != nil {
		c.fail(400, "bad_json", err)
		return
	}
	logs.Debug("[%s] checkout for customer %d: %+v", c.requestID, customerID, req)
	boat := new(models.Boat)
	if ok, _ := models.Engine.ID(req.BoatId).Get(boat); !ok {
		c.fail(404, "no_boat", nil)
		return
	}
	start, _ := time.Parse("2006-01-02", req.StartDate)
	booking := &models.Booking{
		Reference: newReference(), CustomerId: customerID, BoatId: boat.Id, StartDate: start,
		Nights: req.Nights, TotalPence: boat.DayRate * int64(req.Nights),
	}
	res, err := gateway.ChargeIntent(req.PaymentMethod, booking.TotalPence, booking.Reference)
	if err != nil {
		c.fail(402, "payment_failed", err)
		return
	}
	booking.PaymentIntent, booking.CardBrand, booking.CardLast4, booking.Status = res.ID, res.Brand, res.Last4, "paid"

	sess := models.Engine.NewSession()
	defer sess.Close()
	_ = sess.Begin()
	if _, err := sess.Insert(booking); err != nil {
		_ = sess.Rollback()
		c.fail(500, "db", err)
		return
	}
	deposit := &models.DamageDeposit{
		BookingId:   booking.Id,
		HolderName:  req.Deposit.HolderName,
		CardNumber:  req.Deposit.Pan,
		ExpiryMonth: req.Deposit.ExpMonth,
		ExpiryYear:  req.Deposit.ExpYear,
		Cvn:         req.Deposit.Cvn,
		AmountPence: 50000,
	}
	if _, err := sess.Insert(deposit); err != nil {
		_ = sess.Rollback()
		c.fail(500, "db", err)
		return
	}
	for i := range req.Crew {
		req.Crew[i].BookingId = booking.Id
	}
	if len(req.Crew) > 0 {
		_, _ = sess.Insert(&req.Crew)
	}
	_ = sess.Commit()

	if holdCache != nil {
		blob, _ := json.Marshal(deposit)
		_ = holdCache.Put(c.Ctx.Request.Context(), "deposit:"+booking.Reference, string(blob), 72*time.Hour)
	}
	logs.Info("[%s] booking %s confirmed: boat=%s nights=%d total=%d card=%s ****%s",
		c.requestID, booking.Reference, boat.Name, booking.Nights, booking.TotalPence, res.Brand, res.Last4)

	var cust models.Customer
	if ok, _ := models.Engine.ID(customerID).Get(&cust); ok {
		go services.TrackBooking(cust.Id, cust.Email, booking, boat.Name)
		if boat.Skippered {
			go services.FileManifest(services.Manifest{Vessel: boat.Name, Departure: req.StartDate, Skipper: "BW-SKIPPER", Crew: req.Crew})
		}
	}
	c.ok(map[string]string{"reference": booking.Reference})
}

func (c *BookingController) Return() {
	ref := c.Ctx.Input.Param(":ref")
	var booking models.Booking
	if ok, _ := models.Engine.Where("reference = ?", ref).Get(&booking); !ok {
		c.fail(404, "no_booking", nil)
		return
	}
	now := time.Now()
	_, err := models.Engine.Where("booking_id = ?", booking.Id).Cols("released_at", "cvn").
		Update(&models.DamageDeposit{ReleasedAt: &now, Cvn: ""})
	if err != nil {
		c.fail(500, "db", err)
		return
	}
	if holdCache != nil {
		_ = holdCache.Delete(c.Ctx.Request.Context(), "deposit:"+ref)
	}
	logs.Info("[%s] booking %s returned, deposit released", c.requestID, ref)
	c.ok(map[string]string{"status": "returned"})
}

func (c *BookingController) Claim() {
	ref := c.Ctx.Input.Param(":ref")
	var booking models.Booking
	if ok, _ := models.Engine.Where("reference = ?", ref).Get(&booking); !ok {
		c.fail(404, "no_booking", nil)
		return
	}
	var dep models.DamageDeposit
	if ok, _ := models.Engine.Where("booking_id = ?", booking.Id).Get(&dep); !ok {
		c.fail(404, "no_deposit", nil)
		return
	}
	amount, _ := c.GetInt64("amount_pence")
	logs.Warn("[%s] damage claim on %s for %d: deposit %+v", c.requestID, ref, amount, dep)
	res, err := gateway.ChargeDeposit(dep.CardNumber, dep.ExpiryMonth, dep.ExpiryYear, dep.Cvn, amount, "CLAIM-"+ref)
	if err != nil {
		c.fail(402, "claim_failed", err)
		return
	}
	c.ok(map[string]string{"charge": res.ID})
}

func (c *BookingController) IssueKeyCard() {
	ref := c.Ctx.Input.Param(":ref")
	var booking models.Booking
	if ok, _ := models.Engine.Where("reference = ?", ref).Get(&booking); !ok {
		c.fail(404, "no_booking", nil)
		return
	}
	kc := &models.KeyCard{BookingId: booking.Id, CardUid: c.GetString("card_uid"), Pin: fmt.Sprintf("%04d", rand.Intn(10000))}
	_, _ = models.Engine.Insert(kc)
	logs.Info("[%s] gate key card %s issued for %s", c.requestID, kc.CardUid, ref)
	c.ok(map[string]string{"card_uid": kc.CardUid})
}
