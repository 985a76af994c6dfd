package main

import (
	"log"

	"go.uber.org/zap"
)

func signup(r *http.Request, user User, logger *zap.Logger, sugar *zap.SugaredLogger) {
	email := r.FormValue("email")
	// ruleid: pii-logging-go
	log.Printf("new signup %s", email)
	// ruleid: pii-logging-go
	logger.Info("signup", zap.String("phone", user.PhoneNumber))
	// ruleid: pii-logging-go
	sugar.Infow("signup", "dob", user.DateOfBirth)
	// ruleid: pii-logging-go
	logrus.WithField("email", user.Email).Info("signup")
	// ok: pii-logging-go
	log.Printf("signup %d", user.ID)
	// ok: pii-logging-go
	log.Printf("signup %s", maskEmail(email))
	// ok: pii-logging-go
	log.Printf("email length %d", len(email))
	// ruleid: pii-logging-go-whole-object
	log.Printf("updated %+v", user)
	// ok: pii-logging-go-whole-object
	log.Printf("updated %d", user.ID)
	// ruleid: pii-logging-go-ip-with-identity, pii-logging-go
	log.Printf("login %s from %s", user.Username, r.RemoteAddr)
	// ok: pii-logging-go-ip-with-identity
	log.Printf("request from %s", r.RemoteAddr)
}

func register(c *gin.Context, db *gorm.DB, logger *zap.Logger) {
	var req registerRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	// ruleid: pii-logging-go, pii-logging-go-struct-with-personal-fields
	log.Printf("register request: %+v", req)
	// ruleid: pii-logging-go, pii-logging-go-struct-with-personal-fields
	logger.Error("create user", zap.Any("request", req))
	// ok: pii-logging-go
	log.Printf("amount %d %s", req.AmountCents, req.Currency)
	// ok: pii-logging-go
	logger.Info("charge", zap.String("card", req.CardNumber))
	u := User{Email: req.Email, Phone: req.Phone, Plan: req.Plan}
	if err := db.Create(&u).Error; err != nil {
		// ok: pii-logging-go
		logger.Error("create user failed", zap.Error(err))
	}
	// ok: pii-logging-go
	log.Printf("user on plan %s", u.Plan)
	// ok: pii-logging-go
	logrus.WithError(db.Save(&u).Error).Warn("save failed")
	// ruleid: pii-logging-go
	logrus.WithFields(logrus.Fields{"phone": u.Phone}).Info("saved")
}

func (s *Server) notify(r *http.Request, id int64) {
	rec, _ := s.store.Recipient(r.Context(), id)
	if err := sms.Send(rec.Phone, rec.FullName); err != nil {
		// ruleid: pii-logging-go-struct-with-personal-fields
		slog.Warn("sms failed", "recipient", rec)
	}
	// ok: pii-logging-go-whole-object
	slog.Debug("notified", "user", rec.UserID)
	// ruleid: pii-logging-go
	s.zl.Error().Str("email", rec.Email).Msg("bounce")
	// ok: pii-logging-go
	s.zl.Info().Int64("recipient", rec.ID).Str("auth", rec.AuthCode).Msg("ok")
}

func (h *Handler) rawBody(c *gin.Context, log *zap.Logger) {
	payload, _ := io.ReadAll(c.Request.Body)
	if len(payload) > 0 {
		// ruleid: pii-logging-go
		log.Warn("rejected", zap.ByteString("payload", payload))
	}
	// ok: pii-logging-go
	log.Info("rejected", zap.Int("size", len(payload)))
	ref, err := h.Porting.RequestPortIn(c.PostForm("msisdn"), c.PostForm("full_name"))
	// ok: pii-logging-go
	h.Log.Sugar().Infof("port-in %s requested (%v)", ref, err)
	// ruleid: pii-logging-go
	h.Log.Sugar().Infof("port-in for %s", c.Request.FormValue("email"))
}

func serve(cfg Config, logger *slog.Logger) {
	// ok: pii-logging-go
	logger.Info("listening", "addr", cfg.ListenAddr, "sender", cfg.ReceiptFromEmail)
}

func (h *Handler) webhook(c *gin.Context) {
	var ev paymentEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		return
	}
	// ok: pii-logging-go
	h.log.Info("charge failed", "ref", ev.Data.Reference, "decline", ev.Data.DeclineCode)
	// ruleid: pii-logging-go
	h.log.Info("charge failed", "ref", ev.Data.Reference, "postcode", ev.Data.PostalCode)
	var signup signupRequest
	_ = c.ShouldBindJSON(&signup)
	notifyErr := h.mailer.Welcome(signup.Email)
	// ok: pii-logging-go
	h.log.Warn("welcome mail failed", "err", notifyErr)
}

// A logger handed out by the request context (buffalo's c.Logger(), zap.L()) logs like any other.
func (a *Accounts) changePhone(c buffalo.Context, acct *Account, newPhone string) {
	oldPhone := acct.Phone
	// ruleid: pii-logging-go
	c.Logger().WithFields(map[string]interface{}{"account_id": acct.ID, "old_phone": oldPhone}).Info("phone changed")
	// ruleid: pii-logging-go
	c.Logger().Infof("phone now %s", newPhone)
	// ok: pii-logging-go
	c.Logger().Infof("phone changed for account %d", acct.ID)
	// ruleid: pii-logging-go
	zap.L().Info("phone changed", zap.String("phone", newPhone))
}

func serve(logger *slog.Logger, cfg Config, u User) {
	// ok: pii-logging-go
	logger.Info("listening", "addr", cfg.HTTPAddr, "support_email", cfg.SupportEmail)
	// ruleid: pii-logging-go
	logger.Info("first login", "email", u.Addr)
}

// A call handed a function literal (a transaction wrapper) runs that function: its body is not the call's result.
func moveOwner(db *gorm.DB, owner Owner) error {
	err := db.Transaction(func(tx *gorm.DB) error {
		// ruleid: pii-logging-go
		log.Printf("moving owner %s", owner.Email)
		return nil
	})
	return err
}

// Loggers known by how they are made or called: Beego's logs package, go-kit's level.X(logger).Log(k, v...),
// a zerolog logger taken from the request (hlog.FromRequest(r).Error()...).
func (c *CustomerController) Register(r *http.Request, req registerRequest, logger kitlog.Logger) {
	// ruleid: pii-logging-go
	logs.Error("reminder to %s failed", req.Email)
	// ruleid: pii-logging-go
	level.Debug(logger).Log("msg", "register payload", "email", req.Email)
	// ok: pii-logging-go
	level.Debug(logger).Log("msg", "register payload", "customer_id", req.ID)
	// ruleid: pii-logging-go
	hlog.FromRequest(r).Error().Str("email", req.Email).Msg("member insert failed")
}

func (c *WebhookController) SeaPay(body []byte) {
	var ev seaPayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return
	}
	// ok: pii-logging-go
	logs.Info("seapay event %s %s intent=%s", ev.ID, ev.Type, ev.Data.PaymentIntent)
}

func (s *CardService) tokenize(resp *http.Response) {
	var out struct {
		Token string `json:"token"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	// ok: pii-logging-go
	s.log.Info("tokenized", zap.String("token", out.Token))
}

func errorsBuiltFromPersonalData(log *zap.Logger, store Store, rider Rider, errUnpaid error) {
	wrapped := fmt.Errorf("fare capture for %s (%s): %w", rider.Name, rider.Email, errUnpaid)
	// ruleid: pii-logging-go
	log.Warn("trip booked unpaid", zap.Error(wrapped))
	errLookup := fmt.Errorf("no account for %s", rider.Email)
	// ruleid: pii-logging-go
	log.Sugar().Warnf("lookup: %v", errLookup)
	err := store.SaveRider(rider.Email, rider.Name)
	// ok: pii-logging-go
	log.Error("save rider", zap.Error(err))
	errFare := fmt.Errorf("fare capture for rider %d: %w", rider.ID, errUnpaid)
	// ok: pii-logging-go
	log.Warn("trip booked unpaid", zap.Error(errFare))
}

func contextLoggers(ctx context.Context, b Bowler, q Query) {
	// ruleid: pii-logging-go
	reqLog := logging.From(ctx).With("email", b.Email, "league", b.League)
	// ruleid: pii-logging-go
	zlog := zerologlog.Ctx(ctx).With("phone", b.Phone)
	// ok: pii-logging-go
	idLog := logging.From(ctx).With("bowler_id", b.ID)
	// ok: pii-logging-go
	rows := q.From(ctx).With("email", b.Email)
	_, _, _, _ = reqLog, zlog, idLog, rows
}

func loggerFromPackageFunction(ctx context.Context, in *CreatePatientInput) {
	// ruleid: pii-logging-go
	logging.From(ctx).Info("registering patient", "email", in.Email)
	// ruleid: pii-logging-go
	applog.For("patients").Warn("patient not found", "nhs_number", in.NHSNumber)
	// ok: pii-logging-go
	logging.From(ctx).Info("registering patient", "patient_id", in.ID)
	// ok: pii-logging-go
	catalog.Lookup(ctx).Error("missing entry", "entry", in.EntryRef)
}
