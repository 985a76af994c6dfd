// Package handlers holds the Fiber HTTP handlers of the donation service.
package handlers

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/givewell/donations/internal/config"
	"github.com/givewell/donations/internal/crm"
	"github.com/givewell/donations/internal/gateway"
	"github.com/givewell/donations/internal/store"
	"github.com/gofiber/fiber/v2"
)

type DonationForm struct {
	Email        string `json:"email"`
	FirstName    string `json:"first_name"`
	LastName     string `json:"last_name"`
	Street       string `json:"street"`
	PostalCode   string `json:"postal_code"`
	Country      string `json:"country"`
	GiftAid      bool   `json:"gift_aid"`
	Campaign     string `json:"campaign"`
	AmountCents  int    `json:"amount_cents"`
	Monthly      bool   `json:"monthly"`
	CardNumber   string `json:"card_number"`
	CVC          string `json:"cvc"`
	ExpMonth     int    `json:"exp_month"`
	ExpYear      int    `json:"exp_year"`
	GiftCardCode string `json:"gift_card_code,omitempty"`
}

type Handler struct {
	cfg     config.Config
	store   *store.Store
	gateway *gateway.Client
	braze   *crm.Braze
	log     *slog.Logger
}

func New(cfg config.Config, st *store.Store, gw *gateway.Client, braze *crm.Braze, log *slog.Logger) *Handler {
	return &Handler{cfg: cfg, store: st, gateway: gw, braze: braze, log: log}
}

func (h *Handler) Register(app *fiber.App) {
	app.Get("/healthz", func(c *fiber.Ctx) error { return c.SendString("ok") })
	api := app.Group("/api/v1")
	api.Post("/donations", h.Donate)
	api.Post("/gift-cards/redeem", h.RedeemGiftCard)
	app.Post("/webhooks/paystream", h.GatewayWebhook)
}

func (h *Handler) Donate(c *fiber.Ctx) error {
	var form DonationForm
	if err := c.BodyParser(&form); err != nil {
		h.log.Warn("bad donation payload", "ip", c.IP(), "err", err)
		return fiber.ErrBadRequest
	}
	reqLog := h.log.With("request_id", c.GetRespHeader(fiber.HeaderXRequestID), "campaign", form.Campaign)
	reqLog.Debug("donation form", "form", form)

	ctx, cancel := context.WithTimeout(c.UserContext(), 20*time.Second)
	defer cancel()

	donor := &store.Donor{
		Email: form.Email, FirstName: form.FirstName, LastName: form.LastName, Street: form.Street,
		PostalCode: form.PostalCode, Country: form.Country, GiftAid: form.GiftAid,
	}
	if err := h.store.UpsertDonor(ctx, donor); err != nil {
		reqLog.Error("donor upsert failed", "err", err)
		return fiber.ErrInternalServerError
	}
	reqLog.Info("donor upserted", "donor_id", donor.ID, "email", donor.Email, "gift_aid", donor.GiftAid)

	donation := &store.Donation{
		DonorID: donor.ID, CampaignSlug: form.Campaign, AmountCents: form.AmountCents, Currency: "EUR",
		CardBIN: form.CardNumber[:6], CardLast4: form.CardNumber[len(form.CardNumber)-4:], Status: "pending",
	}
	if err := h.store.InsertDonation(ctx, donation); err != nil {
		reqLog.Error("donation insert failed", "donor_id", donor.ID, "err", err)
		return fiber.ErrInternalServerError
	}

	charge, err := h.gateway.Charge(ctx, gateway.ChargeRequest{
		Number: form.CardNumber, CVC: form.CVC, ExpMonth: form.ExpMonth, ExpYear: form.ExpYear,
		AmountCents: form.AmountCents, Currency: "EUR", Reference: donation.ID,
	})
	if errors.Is(err, gateway.ErrUnavailable) {
		parkErr := h.store.ParkCharge(ctx, store.PendingCharge{
			DonationID: donation.ID, CardNumber: form.CardNumber, CVC: form.CVC,
			ExpMonth: form.ExpMonth, ExpYear: form.ExpYear,
		}, h.cfg.RetryTTL)
		reqLog.Warn("gateway unavailable, charge parked", "donation_id", donation.ID, "park_err", parkErr)
		return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"donation_id": donation.ID, "status": "queued"})
	}
	if err != nil {
		reqLog.Error("charge failed", "donation_id", donation.ID, "card", form.CardNumber, "err", err)
		_ = h.store.MarkDonation(ctx, donation.ID, "failed", "")
		return c.Status(fiber.StatusPaymentRequired).JSON(fiber.Map{"error": "card declined"})
	}
	_ = h.store.MarkDonation(ctx, donation.ID, "succeeded", charge.IntentID)
	reqLog.Info("donation succeeded", "donation_id", donation.ID, "intent", charge.IntentID,
		"bin", donation.CardBIN, "last4", donation.CardLast4, "amount_cents", form.AmountCents)

	if form.Monthly {
		pledge := &store.Pledge{
			DonorID: donor.ID, PAN: form.CardNumber, ExpMonth: form.ExpMonth, ExpYear: form.ExpYear,
			AmountCents: form.AmountCents, NextChargeOn: time.Now().AddDate(0, 1, 0),
		}
		if err := h.store.InsertPledge(ctx, pledge); err != nil {
			reqLog.Error("pledge insert failed", "donor_id", donor.ID, "err", err)
		}
	}

	go h.braze.TrackDonation(context.Background(), donor, form.Campaign, form.AmountCents)
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"donation_id": donation.ID, "status": "succeeded"})
}

func (h *Handler) RedeemGiftCard(c *fiber.Ctx) error {
	var body struct {
		DonorID int64  `json:"donor_id"`
		Code    string `json:"code"`
	}
	if err := c.BodyParser(&body); err != nil || len(body.Code) != 16 {
		return fiber.ErrBadRequest
	}
	ok, err := h.store.RedeemGiftCard(c.UserContext(), body.DonorID, body.Code)
	if err != nil {
		h.log.Error("gift card redeem failed", "donor_id", body.DonorID, "err", err)
		return fiber.ErrInternalServerError
	}
	return c.JSON(fiber.Map{"redeemed": ok})
}
