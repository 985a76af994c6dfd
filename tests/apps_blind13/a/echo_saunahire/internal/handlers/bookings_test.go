package handlers

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/sirupsen/logrus"
)

func TestCreateBookingRejectsBadJSON(t *testing.T) {
	e := echo.New()
	api := &API{Log: logrus.New()}
	req := httptest.NewRequest(http.MethodPost, "/bookings", strings.NewReader(`{"member_id": "x", "card": {"number": "5500-0000", "cvv": "1"}}`))
	req.Header.Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	rec := httptest.NewRecorder()
	err := api.CreateBooking(e.NewContext(req, rec))
	if he, ok := err.(*echo.HTTPError); !ok || he.Code != http.StatusBadRequest {
		t.Fatalf("expected 400, got %v", err)
	}
}
