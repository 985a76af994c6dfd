from .guest import Guest, EmergencyContact
from .booking import Booking, Trip
from .payments import SavedCard, OfflineSale, GiftVoucher

__all__ = ["Guest", "EmergencyContact", "Booking", "Trip", "SavedCard", "OfflineSale", "GiftVoucher"]
