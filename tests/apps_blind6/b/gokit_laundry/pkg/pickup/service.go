// Package pickup implements the go-kit pickup service, endpoints and HTTP transport.
package pickup

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"

	"github.com/example/laundry/pkg/notify"
	"github.com/example/laundry/pkg/store"
)

type Service interface {
	Register(ctx context.Context, c store.Customer) (int64, error)
	Schedule(ctx context.Context, customerID int64, bags int, start time.Time) (int64, error)
}

type service struct {
	repo     *store.Repo
	notifier *notify.Notifier
}

func NewService(repo *store.Repo, n *notify.Notifier) Service { return &service{repo: repo, notifier: n} }

func (s *service) Register(ctx context.Context, c store.Customer) (int64, error) {
	if err := s.repo.CreateCustomer(ctx, &c); err != nil {
		return 0, err
	}
	_ = s.notifier.Identify(ctx, c)
	return c.ID, nil
}

func (s *service) Schedule(ctx context.Context, customerID int64, bags int, start time.Time) (int64, error) {
	return s.repo.SchedulePickup(ctx, customerID, bags, start)
}

type loggingMiddleware struct {
	logger log.Logger
	next   Service
}

func LoggingMiddleware(logger log.Logger) func(Service) Service {
	return func(next Service) Service { return &loggingMiddleware{logger: logger, next: next} }
}

func (mw *loggingMiddleware) Register(ctx context.Context, c store.Customer) (id int64, err error) {
	defer func(begin time.Time) {
		mw.logger.Log("method", "Register", "customer", c, "id", id, "took", time.Since(begin), "err", err)
	}(time.Now())
	return mw.next.Register(ctx, c)
}

func (mw *loggingMiddleware) Schedule(ctx context.Context, customerID int64, bags int, start time.Time) (id int64, err error) {
	defer func(begin time.Time) {
		mw.logger.Log("method", "Schedule", "customer_id", customerID, "bags", bags, "pickup_id", id, "took", time.Since(begin), "err", err)
	}(time.Now())
	return mw.next.Schedule(ctx, customerID, bags, start)
}

type registerRequest struct {
	Email    string `json:"email"`
	FullName string `json:"full_name"`
	Phone    string `json:"phone"`
	Street   string `json:"street"`
	Postcode string `json:"postcode"`
}

func makeRegisterEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		r := request.(registerRequest)
		id, err := s.Register(ctx, store.Customer{Email: r.Email, FullName: r.FullName, Phone: r.Phone, Street: r.Street, Postcode: r.Postcode})
		return map[string]int64{"id": id}, err
	}
}

func MakeHandler(s Service, logger log.Logger) http.Handler {
	decode := func(_ context.Context, r *http.Request) (interface{}, error) {
		var req registerRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			level.Warn(logger).Log("msg", "bad register payload", "remote", r.RemoteAddr, "err", err)
			return nil, err
		}
		level.Debug(logger).Log("msg", "register payload", "email", req.Email, "phone", req.Phone)
		return req, nil
	}
	return httptransport.NewServer(makeRegisterEndpoint(s), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorHandler(errorLogger{logger}))
}

type errorLogger struct{ log.Logger }

func (e errorLogger) Handle(ctx context.Context, err error) {
	level.Error(e.Logger).Log("msg", "transport error", "err", err, "request_id", ctx.Value(httptransport.ContextKeyRequestXRequestID))
}
