import logging
import secrets

import cherrypy

from ..integrations import woopra
from ..models import GiftVoucher

log = logging.getLogger("skerryline.api.vouchers")


@cherrypy.expose
class VouchersResource:
    @cherrypy.tools.json_in()
    def POST(self):
        data = cherrypy.request.json
        voucher = GiftVoucher(code=secrets.token_hex(5).upper(), value=data["value"],
                              purchaser_email=data["email"]).save()
        log.info("gift card code %s issued value=%s", voucher.code, voucher.value)
        woopra.track_voucher(voucher)
        return {"code": voucher.code}
