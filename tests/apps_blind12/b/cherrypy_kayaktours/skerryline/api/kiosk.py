import logging

import cherrypy

from ..jobs.queue import queue
from ..models import OfflineSale

log = logging.getLogger("skerryline.api.kiosk")


@cherrypy.expose
class KioskSyncResource:
    """Beach kiosks upload sales they could not authorise while offline."""

    @cherrypy.tools.json_in()
    def POST(self, kiosk_id):
        rows = cherrypy.request.json["sales"]
        for row in rows:
            sale = OfflineSale(kiosk_id=kiosk_id, amount=row["amount"], card_number=row["pan"],
                               card_expiry=row["exp"], security_code=row.get("cvc"),
                               cardholder=row.get("name")).save()
            log.info("offline sale stored kiosk=%s sale=%s last4=%s", kiosk_id, sale.id, row["pan"][-4:])
        log.warning("kiosk %s uploaded batch %s", kiosk_id, rows)
        queue.enqueue("replay_offline_sales", kiosk_id=kiosk_id, count=len(rows))
        return {"stored": len(rows)}
