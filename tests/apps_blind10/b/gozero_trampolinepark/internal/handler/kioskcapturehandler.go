package handler

import (
	"net/http"

	"github.com/bouncebarn/jumppark/internal/logic"
	"github.com/bouncebarn/jumppark/internal/svc"
	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/rest/httpx"
)

func KioskCaptureHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.KioskCaptureReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}

		l := logic.NewKioskCaptureLogic(r.Context(), svcCtx)
		resp, err := l.KioskCapture(&req)
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
		} else {
			httpx.OkJsonCtx(r.Context(), w, resp)
		}
	}
}
