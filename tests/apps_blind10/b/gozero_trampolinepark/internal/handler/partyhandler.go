package handler

import (
	"net/http"

	"github.com/bouncebarn/jumppark/internal/logic"
	"github.com/bouncebarn/jumppark/internal/svc"
	"github.com/bouncebarn/jumppark/internal/types"

	"github.com/zeromicro/go-zero/rest/httpx"
)

func PartyHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.PartyReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
			return
		}

		l := logic.NewPartyLogic(r.Context(), svcCtx)
		resp, err := l.Party(&req)
		if err != nil {
			httpx.ErrorCtx(r.Context(), w, err)
		} else {
			httpx.OkJsonCtx(r.Context(), w, resp)
		}
	}
}
