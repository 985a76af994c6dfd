package handlers

import (
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/voltway/evcharge/ent"
	"github.com/voltway/evcharge/internal/cache"
	"github.com/voltway/evcharge/internal/crm"
)

type DriverHandler struct {
	Client   *ent.Client
	HubSpot  *crm.HubSpot
	Mixpanel *crm.Mixpanel
	Cache    *cache.Store
	Log      *slog.Logger
}

type signupRequest struct {
	Email    string `json:"email"`
	Name     string `json:"name"`
	Mobile   string `json:"mobile"`
	Plate    string `json:"plate"`
	Password string `json:"password"`
}

func (h *DriverHandler) Signup(c *fiber.Ctx) error {
	var in signupRequest
	if err := c.BodyParser(&in); err != nil {
		h.Log.Warn("bad signup body", "ip", c.IP())
		return fiber.ErrBadRequest
	}
	ctx := c.UserContext()
	h.Log.Info("driver signup", slog.String("email", in.Email), slog.String("mobile", in.Mobile), slog.String("ip", c.IP()))

	d, err := h.Client.Driver.Create().
		SetEmail(in.Email).
		SetDisplayName(in.Name).
		SetMobile(in.Mobile).
		SetVehiclePlate(in.Plate).
		SetCreatedAt(time.Now()).
		Save(ctx)
	if err != nil {
		h.Log.Error("signup failed", "err", err, "body", string(c.Body()))
		return err
	}

	contactID, err := h.HubSpot.UpsertDriver(ctx, in.Email, in.Name, in.Mobile, in.Plate)
	if err == nil {
		_, _ = d.Update().SetHubspotContactID(contactID).Save(ctx)
	}
	_ = h.Mixpanel.SetProfile(ctx, d.ID, in.Email, in.Mobile, in.Name)
	h.Log.Info("driver created", "driver_id", d.ID, "request_id", c.Get("X-Request-ID"))
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"id": d.ID})
}

func (h *DriverHandler) EndSession(c *fiber.Ctx) error {
	driverID, _ := c.ParamsInt("driver")
	chargerID := c.Params("charger")
	h.Log.Info("session ended", "driver_id", driverID, "charger_id", chargerID)
	_ = h.Cache.SaveSession(chargerID, cache.SessionState{ChargerID: chargerID, DriverID: driverID, Last4: c.Query("last4")})
	_ = h.Mixpanel.SessionEnded(c.UserContext(), driverID, chargerID, c.QueryFloat("kwh"))
	return c.SendStatus(fiber.StatusNoContent)
}

func (h *DriverHandler) RFIDTap(c *fiber.Ctx) error {
	tag := c.Params("tag")
	h.Log.Info("rfid tap", "rfid_tag", tag, "charger_ip", c.IP())
	return c.SendStatus(fiber.StatusOK)
}
