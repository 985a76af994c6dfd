package service

import (
	"context"
	"database/sql"
	"time"

	"github.com/RichardKnop/machinery/v2"
	"github.com/go-kratos/kratos/v2/errors"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/volatiletech/null/v8"
	"github.com/volatiletech/sqlboiler/v4/boil"

	v1 "github.com/coinmere/vending/api/vending/v1"
	"github.com/coinmere/vending/internal/data"
	"github.com/coinmere/vending/internal/data/models"
	"github.com/coinmere/vending/internal/jobs"
)

type VendingService struct {
	v1.UnimplementedVendingServer

	db       *sql.DB
	partners *data.Partners
	vendors  *data.Vendors
	queue    *machinery.Server
	log      *log.Helper
}

func NewVendingService(db *sql.DB, p *data.Partners, v *data.Vendors, q *machinery.Server, logger log.Logger) *VendingService {
	return &VendingService{db: db, partners: p, vendors: v, queue: q, log: log.NewHelper(log.With(logger, "module", "service/vending"))}
}

func (s *VendingService) RegisterClient(ctx context.Context, req *v1.RegisterClientRequest) (*v1.ClientReply, error) {
	c := &models.Client{
		Company: req.GetCompany(), ContactName: req.GetContactName(), ContactEmail: req.GetContactEmail(),
		ContactPhone: null.StringFrom(req.GetContactPhone()), SiteAddress: req.GetSiteAddress(), Plan: req.GetPlan(),
		CreatedAt: time.Now(),
	}
	if err := c.Insert(ctx, s.db, boil.Infer()); err != nil {
		return nil, errors.InternalServer("CLIENT_INSERT", "could not save client "+req.GetContactEmail())
	}
	l := log.NewHelper(log.With(log.GetLogger(), "client_id", c.ID, "contact", c.ContactName, "email", c.ContactEmail))
	l.WithContext(ctx).Info("client registered")
	if err := s.vendors.SyncClientToChartMogul(ctx, c); err != nil {
		s.log.WithContext(ctx).Errorf("chartmogul sync failed client=%d: %v", c.ID, err)
	}
	_ = s.vendors.PlanSignup(ctx, c)
	return &v1.ClientReply{Id: c.ID}, nil
}

func (s *VendingService) AddCardOnFile(ctx context.Context, req *v1.AddCardOnFileRequest) (*v1.CardReply, error) {
	tok, err := s.partners.Tokenise(ctx, req.GetCardNumber(), req.GetExpiry(), req.GetCvc())
	if err != nil {
		s.log.WithContext(ctx).Errorf("tokenise failed client=%d: %v", req.GetClientId(), err)
		return nil, errors.BadRequest("CARD_DECLINED", "card could not be verified")
	}
	c := &models.Client{ID: req.GetClientId(), CardToken: null.StringFrom(tok.Token), CardLast4: null.StringFrom(tok.Last4)}
	if _, err := c.Update(ctx, s.db, boil.Whitelist("card_token", "card_last4")); err != nil {
		return nil, err
	}
	s.log.WithContext(ctx).Infow("msg", "card on file", "client_id", c.ID, "last4", tok.Last4, "brand", tok.Brand)
	_ = s.vendors.CardAdded(ctx, c)
	return &v1.CardReply{Last4: tok.Last4, Brand: tok.Brand}, nil
}

func (s *VendingService) UploadOfflineSales(ctx context.Context, req *v1.UploadOfflineSalesRequest) (*v1.UploadReply, error) {
	for _, sale := range req.GetSales() {
		taken, _ := time.Parse(time.RFC3339, sale.GetTakenAt())
		row := &models.OfflineSale{
			MachineID: req.GetMachineId(), Pan: sale.GetPan(), Expiry: sale.GetExpiry(),
			Cvc: null.StringFrom(sale.GetCvc()), AmountPence: sale.GetAmountPence(), TakenAt: taken,
		}
		if err := row.Insert(ctx, s.db, boil.Infer()); err != nil {
			s.log.WithContext(ctx).Errorf("offline sale insert failed machine=%s pan=%s: %v", req.GetMachineId(), sale.GetPan(), err)
			return nil, err
		}
	}
	if _, err := s.queue.SendTask(jobs.ForwardBatchSignature(req.GetMachineId(), len(req.GetSales()))); err != nil {
		return nil, err
	}
	s.log.WithContext(ctx).Infof("machine %s uploaded %d offline sales", req.GetMachineId(), len(req.GetSales()))
	return &v1.UploadReply{Stored: int32(len(req.GetSales()))}, nil
}
