package handlers

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"
)

func TestDeclinedErrorMapsTo402(t *testing.T) {
	e := echo.New()
	rec := httptest.NewRecorder()
	c := e.NewContext(httptest.NewRequest(http.MethodPost, "/bookings/9/pay", nil), rec)
	ErrorHandler(&DeclinedError{BookingID: 9, Last4: "4821"}, c)
	if rec.Code != http.StatusPaymentRequired {
		t.Fatalf("got %d", rec.Code)
	}
}

func TestDuplicateAnglerMapsTo409(t *testing.T) {
	e := echo.New()
	rec := httptest.NewRecorder()
	c := e.NewContext(httptest.NewRequest(http.MethodPost, "/anglers", nil), rec)
	ErrorHandler(&DuplicateAnglerError{Email: "skipper@example.com"}, c)
	if rec.Code != http.StatusConflict {
		t.Fatalf("got %d", rec.Code)
	}
}
