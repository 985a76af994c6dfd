from loguru import logger

from ..http_clients import client


def invite_review(patient, order) -> None:
    bu = __import__("flask").current_app.config["TRUSTPILOT_BUSINESS_UNIT"]
    body = {
        "referenceNumber": f"ORD-{order.id}",
        "consumerEmail": patient.email,
        "consumerName": patient.full_name,
        "locale": "en-GB",
        "senderName": "ClearSound Hearing",
        "serviceReviewInvitation": {"templateId": "5f1c0e8a9b", "redirectUri": "https://clearsound.example/thanks"},
    }
    resp = client("trustpilot").post(f"/business-units/{bu}/email-invitations", json=body)
    if resp.status_code >= 400:
        logger.warning("trustpilot invitation failed for {}: {}", patient.email, resp.text)
    else:
        logger.info("trustpilot invitation queued order_id={}", order.id)
