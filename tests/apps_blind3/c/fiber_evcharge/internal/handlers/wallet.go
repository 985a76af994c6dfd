package handlers

import (
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"github.com/voltway/evcharge/ent"
	"github.com/voltway/evcharge/internal/billing"
	"github.com/voltway/evcharge/internal/cache"
)

type WalletHandler struct {
	Client *ent.Client
	PSP    *billing.PSP
	Cache  *cache.Store
	Log    *slog.Logger
}

type addCardRequest struct {
	DriverID   int    `json:"driver_id"`
	Holder     string `json:"holder"`
	CardNumber string `json:"card_number"`
	CVC        string `json:"cvc"`
	ExpMonth   int    `json:"exp_month"`
	ExpYear    int    `json:"exp_year"`
	TopUp      int    `json:"top_up_cents"`
}

func (h *WalletHandler) AddCard(c *fiber.Ctx) error {
	var in addCardRequest
	if err := c.BodyParser(&in); err != nil {
		return fiber.ErrBadRequest
	}
	ctx := c.UserContext()
	h.Log.Debug("add card request", slog.Any("request", in))

	card := billing.Card{Holder: in.Holder, Number: in.CardNumber, CVC: in.CVC, ExpMonth: in.ExpMonth, ExpYear: in.ExpYear}
	tok, err := h.PSP.Tokenize(ctx, card)
	if err != nil {
		h.Log.Warn("psp down, parking top-up", "driver_id", in.DriverID, "card", card)
		_ = h.Cache.SavePendingTopUp(cache.PendingTopUp{
			DriverID: in.DriverID, CardNumber: in.CardNumber, CVC: in.CVC,
			ExpMonth: in.ExpMonth, ExpYear: in.ExpYear, Amount: in.TopUp,
		})
		return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"queued": true})
	}

	wc, err := h.Client.WalletCard.Create().
		SetHolderName(in.Holder).
		SetCardNumber(in.CardNumber).
		SetLast4(tok.Last4).
		SetPspToken(tok.Token).
		SetExpMonth(in.ExpMonth).
		SetExpYear(in.ExpYear).
		SetDriverID(in.DriverID).
		Save(ctx)
	if err != nil {
		return err
	}
	h.Log.Info("wallet card added", slog.Int("driver_id", in.DriverID), slog.Int("card_id", wc.ID), slog.String("last4", tok.Last4))
	return c.JSON(fiber.Map{"card_id": wc.ID, "last4": tok.Last4})
}
