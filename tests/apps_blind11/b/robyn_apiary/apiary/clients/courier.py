import os

import niquests

from apiary.log import logger

COURIER_URL = os.environ.get("WAGGLE_COURIER_URL", "http://dispatch.waggle-couriers.example/v1")
LOCAL_PRINTER = "http://127.0.0.1:9100/labels"

_courier = niquests.Session()


def book_jar_delivery(keeper, address_lines: list[str], jars: int) -> str:
    resp = _courier.post(f"{COURIER_URL}/consignments", json={
        "recipient": {"name": keeper.full_name, "phone": keeper.phone, "address": address_lines, "postcode": keeper.postcode},
        "parcels": [{"kind": "honey", "count": jars}],
    })
    consignment = resp.json()["consignment_id"]
    logger.info("courier booked consignment=%s keeper=%s", consignment, keeper.id)
    _courier.post(LOCAL_PRINTER, json={"consignment": consignment, "name": keeper.full_name, "address": address_lines})
    return consignment


def delivery_failed(keeper, address_lines: list[str], reason: str) -> None:
    logger.warning("delivery failed to %s at %s: %s", keeper.full_name, ", ".join(address_lines), reason)


SMS_GATEWAY = "http://sms.buzzline-texts.example/api/send"
SMS_SECURE = "https://sms.buzzline-texts.example/api/send"


def text_delivery_window(keeper, window: str) -> None:
    niquests.post(SMS_GATEWAY, data={"to": keeper.phone, "text": f"Hi {keeper.full_name.split()[0]}, your honey arrives {window}"}, timeout=5)


def text_delivery_window_secure(keeper, window: str) -> None:
    niquests.post(SMS_SECURE, data={"to": keeper.phone, "text": f"Your honey arrives {window}"}, timeout=5)
    logger.info("delivery text sent keeper=%s window=%s", keeper.id, window)
