from app.integrations.http import local_printer_client, vetlink_client
from app.logging_setup import get_logger

log = get_logger(__name__)


def send_intake_sheet(owner, cat, stay) -> None:
    sheet = {
        "owner_name": owner.full_name,
        "owner_phone": owner.phone,
        "owner_address": owner.address,
        "cat": {"name": cat.name, "microchip": cat.microchip, "diet": cat.diet_notes},
        "stay": {"from": stay.check_in.isoformat(), "to": stay.check_out.isoformat()},
    }
    with vetlink_client() as client:
        client.post("/intake", json=sheet)
    log.info("vetlink.intake_sent", stay_id=stay.id, cat_id=cat.id)


def print_kennel_card(owner, cat, stay) -> None:
    with local_printer_client() as printer:
        printer.post("/print", json={"title": cat.name, "owner": owner.full_name, "phone": owner.phone, "suite": stay.suite})
