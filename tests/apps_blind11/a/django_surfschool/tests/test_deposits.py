import pytest
from rest_framework.test import APIClient

from lessons.models import BoardDeposit, Student


@pytest.mark.django_db
def test_deposit_is_created(monkeypatch):
    monkeypatch.setattr("lessons.tasks.capture_deposit.delay", lambda *a, **k: None)
    student = Student.objects.create(first_name="Ines", last_name="Moura", email="ines@example.org")
    resp = APIClient().post(
        "/api/deposits",
        {"student_id": student.id, "board_tag": "SB-0412", "card_number": "4000-1111-2222", "cvc": "000", "amount_cents": 5000},
        format="json",
    )
    assert resp.status_code == 201
    assert BoardDeposit.objects.count() == 1
