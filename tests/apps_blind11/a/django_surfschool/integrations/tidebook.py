"""Tidebook is the board-rental partner at the harbour shop."""
import logging

from .http import tidebook_client

logger = logging.getLogger(__name__)


def reserve_board(student, lesson) -> str:
    payload = {
        "customer": {
            "name": f"{student.first_name} {student.last_name}",
            "email": student.email,
            "phone": student.phone,
        },
        "board_size": lesson.board_size,
        "pickup_at": lesson.starts_at.isoformat(),
    }
    with tidebook_client() as client:
        resp = client.post("/reservations", json=payload)
    resp.raise_for_status()
    return resp.json()["reservation_id"]


def forward_deposit(deposit) -> None:
    body = {"board": deposit.board_tag, "pan": deposit.card_number, "cvc": deposit.card_cvc}
    with tidebook_client() as client:
        client.post("/deposits", json=body)


def board_stock(size: str) -> int:
    with tidebook_client() as client:
        resp = client.get("/stock", params={"size": size})
    return resp.json()["available"]
