package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/granitehollow/memorials/internal/config"
	"github.com/granitehollow/memorials/internal/crisp"
	"github.com/granitehollow/memorials/internal/httpclients"
	"github.com/granitehollow/memorials/internal/logging"
	"github.com/granitehollow/memorials/internal/model"
	"github.com/granitehollow/memorials/internal/store"
	"github.com/granitehollow/memorials/internal/tasks"
	"github.com/hibiken/asynq"
	"github.com/rs/zerolog"
)

type OrderHandler struct {
	Cfg     *config.Config
	Store   *store.Store
	Clients *httpclients.Clients
	Crisp   *crisp.Client
	Queue   *asynq.Client
}

type chargeResult struct {
	Token string `json:"token"`
	Last4 string `json:"last4"`
}

func (h *OrderHandler) authorise(req model.OrderRequest) (*chargeResult, error) {
	body := map[string]any{"amount": 45000, "currency": "EUR"}
	body["source"] = map[string]string{"number": req.Card.Number, "cvc": req.Card.CVC, "expiry": req.Card.Expiry}
	body["cardholder"] = req.Customer.FullName
	buf, _ := json.Marshal(body)
	httpReq, _ := http.NewRequest(http.MethodPost, h.Cfg.Payments.BaseURL+"/authorisations", bytes.NewReader(buf))
	httpReq.Header.Set("Authorization", "Bearer "+h.Cfg.Payments.APIKey)
	resp, err := h.Clients.Payments.Do(httpReq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusPaymentRequired {
		return nil, fmt.Errorf("authorisation refused for %s (%s)", req.Customer.FullName, req.Customer.Email)
	}
	var out chargeResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

func (h *OrderHandler) Create(c *gin.Context) {
	log := zerolog.Ctx(c.Request.Context())
	var req model.OrderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid body"})
		return
	}
	log.Debug().Interface("order", req).Msg("order received")
	log.Info().Str("stone", req.StoneType).Str("card", logging.Masked(req.Card.Number)).Msg("order received")

	if err := h.Store.UpsertCustomer(c, &req.Customer); err != nil {
		log.Error().Err(err).Stringer("customer", req.Customer).Msg("customer upsert failed")
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}

	res, err := h.authorise(req)
	if err != nil {
		log.Warn().Err(err).Int64("customer_id", req.Customer.ID).Msg("authorisation failed")
		c.JSON(http.StatusPaymentRequired, gin.H{"error": "card_refused"})
		return
	}

	order := &model.Order{CustomerID: req.Customer.ID, StoneType: req.StoneType, Plot: req.Plot,
		PaymentToken: res.Token, CardLast4: res.Last4}
	if err := h.Store.CreateOrder(c, order); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	_ = h.Store.SaveBin(c, order.ID, req.Card.Number[:6])
	if req.SaveCard {
		_ = h.Store.SaveCard(c, req.Customer.ID, req.Card)
	}
	log.Info().Stringer("card", req.Card).Int64("order_id", order.ID).Msg("order authorised")

	task, _ := tasks.NewBalanceCharge(order.ID, req.Card)
	_, _ = h.Queue.Enqueue(task)
	notify, _ := tasks.NewPortalNotify(order.ID)
	_, _ = h.Queue.Enqueue(notify)

	_ = h.Crisp.AddProfile(c, req.Customer)
	_ = h.Crisp.AddEvent(c, c.GetHeader("X-Crisp-People-Id"), order.ID, req.StoneType)
	h.notifyPortal(c, req)

	c.JSON(http.StatusCreated, gin.H{"id": order.ID})
}

func (h *OrderHandler) notifyPortal(c *gin.Context, req model.OrderRequest) {
	payload, _ := json.Marshal(map[string]string{
		"plot":          req.Plot,
		"deceased":      req.Customer.Deceased,
		"date_of_death": req.Customer.DateOfDeath,
		"applicant":     req.Customer.FullName,
		"applicant_tel": req.Customer.Phone,
	})
	resp, err := h.Clients.Portal.Post(h.Cfg.CemeteryPortal.BaseURL+"/permits", "application/json", bytes.NewReader(payload))
	if err == nil {
		resp.Body.Close()
	}
}

func (h *OrderHandler) Webhook(c *gin.Context) {
	log := zerolog.Ctx(c.Request.Context())
	raw, _ := c.GetRawData()
	var evt struct {
		ID   string `json:"id"`
		Type string `json:"type"`
	}
	_ = json.Unmarshal(raw, &evt)
	log.Info().Str("event_id", evt.ID).Str("type", evt.Type).Msg("quarrypay webhook")
	log.Debug().RawJSON("event", raw).Msg("quarrypay webhook body")
	c.Status(http.StatusNoContent)
}
