from datetime import date

import pytest

from marina.tables.boaters import Booking


@pytest.fixture
def booking():
    return Booking(berth_code="A12", arrival=date(2024, 6, 1), departure=date(2024, 6, 4), booking_number="MB-2024-00017")


def test_nights(booking):
    assert (booking.departure - booking.arrival).days == 3


def test_default_status(booking):
    assert booking.status == "pending"
