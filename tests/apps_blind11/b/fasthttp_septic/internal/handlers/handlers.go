package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/gocraft/work"
	"github.com/hashicorp/go-hclog"
	"github.com/valyala/fasthttp"

	"github.com/sludgeline/tankroute/internal/clients"
	"github.com/sludgeline/tankroute/internal/logging"
	"github.com/sludgeline/tankroute/internal/store"
)

type API struct {
	Store    *store.Store
	Clients  *clients.Set
	Enqueuer *work.Enqueuer
}

func reqLog(ctx *fasthttp.RequestCtx) hclog.Logger {
	return logging.ForRequest(fmt.Sprintf("%d", ctx.ID()))
}

func writeJSON(ctx *fasthttp.RequestCtx, code int, v interface{}) {
	ctx.SetStatusCode(code)
	ctx.SetContentType("application/json")
	_ = json.NewEncoder(ctx).Encode(v)
}

func (a *API) CreateCustomer(ctx *fasthttp.RequestCtx) {
	log := reqLog(ctx)
	var c store.Customer
	if err := json.Unmarshal(ctx.PostBody(), &c); err != nil {
		log.Warn("bad customer payload", "body", string(ctx.PostBody()))
		writeJSON(ctx, 400, map[string]string{"error": "invalid"})
		return
	}
	if err := a.Store.CreateCustomer(&c); err != nil {
		log.Error("create customer failed", "email", c.Email, "error", err)
		writeJSON(ctx, 500, map[string]string{"error": "internal"})
		return
	}
	log = log.With("customer_id", c.ID)
	log.Info("customer created", "customer", c)
	_ = a.Clients.IdentifyCustomer(&c)
	_ = a.Clients.PushContact(&c)
	_ = a.Clients.RegisterTank(&c)
	writeJSON(ctx, 201, map[string]int64{"id": c.ID})
}

func (a *API) SchedulePumpOut(ctx *fasthttp.RequestCtx) {
	log := reqLog(ctx)
	var in struct {
		CustomerID int64  `json:"customer_id"`
		Date       string `json:"date"`
	}
	_ = json.Unmarshal(ctx.PostBody(), &in)
	day, _ := time.Parse("2006-01-02", in.Date)
	po := store.PumpOut{CustomerID: in.CustomerID, ScheduledOn: day, Status: "scheduled"}
	if err := a.Store.PumpOuts().InsertReturning(&po); err != nil {
		writeJSON(ctx, 500, map[string]string{"error": "internal"})
		return
	}
	cust, _ := a.Store.Customer(in.CustomerID)
	log.Info("pump-out scheduled", "pump_out", po.ID, "site", cust.SiteAddress, "phone", cust.Phone)
	a.dispatchToCab(po.ID, cust)
	_, _ = a.Enqueuer.EnqueueIn("remind_customer", 86400, work.Q{"pump_out_id": po.ID})
	writeJSON(ctx, 201, map[string]int64{"id": po.ID})
}

func (a *API) dispatchToCab(pumpOutID int64, c *store.Customer) {
	cab := os.Getenv("CAB_DISPATCH_URL")
	if cab == "" {
		cab = "http://dispatch.sludgeline.internal:7070/jobs"
	}
	body, _ := json.Marshal(map[string]interface{}{"pump_out": pumpOutID, "name": c.FullName, "site": c.SiteAddress, "phone": c.Phone})
	resp, err := http.Post(cab, "application/json", bytes.NewReader(body))
	if err != nil {
		logging.Root.Warn("cab dispatch failed", "pump_out", pumpOutID, "error", err)
		return
	}
	resp.Body.Close()
}
