"""Member Model."""
from masoniteorm.models import Model
from masoniteorm.relationships import has_many, has_one
from masoniteorm.scopes import SoftDeletesMixin


class Member(Model, SoftDeletesMixin):
    __table__ = "members"
    __fillable__ = [
        "membership_no",
        "first_name",
        "last_name",
        "email",
        "mobile",
        "date_of_birth",
        "postcode",
        "handicap_index",
        "category",
    ]
    __hidden__ = ["password", "remember_token"]
    __casts__ = {"handicap_index": "float", "marketing_opt_in": "bool"}

    @has_many("id", "member_id")
    def bookings(self):
        from app.models.TeeTime import TeeTimeBooking

        return TeeTimeBooking

    @has_one("id", "member_id")
    def card_on_file(self):
        from app.models.SavedCard import SavedCard

        return SavedCard

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    def __str__(self):
        return f"Member({self.membership_no}, {self.full_name}, {self.email}, dob={self.date_of_birth})"
