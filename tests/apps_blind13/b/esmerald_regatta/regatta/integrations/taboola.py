import logging
from urllib.parse import urlencode

from regatta.integrations.http import clevertap_pool

log = logging.getLogger("regatta.taboola")


def report_entry_conversion(click_id: str, fee_pence: int) -> None:
    query = urlencode({"click-id": click_id, "name": "regatta_entry", "revenue": fee_pence / 100, "currency": "GBP"})
    clevertap_pool.request("GET", f"https://trc.taboola.com/actions-handler/log/3/s2s-action?{query}")
    log.info("taboola conversion sent click=%s", click_id)
