from masoniteorm.models import Model
from masoniteorm.relationships import belongs_to


class TeeTime(Model):
    __table__ = "tee_times"
    __fillable__ = ["course", "starts_at", "slots", "green_fee_pence", "visitor_allowed"]


class TeeTimeBooking(Model):
    __table__ = "tee_time_bookings"
    __fillable__ = ["tee_time_id", "member_id", "guest_name", "guest_email", "players", "status",
                    "payment_ref", "buggy"]

    @belongs_to("tee_time_id", "id")
    def tee_time(self):
        return TeeTime

    @belongs_to("member_id", "id")
    def member(self):
        from app.models.Member import Member

        return Member


class ProShopSale(Model):
    __table__ = "pro_shop_sales"
    __fillable__ = ["member_id", "sku", "amount_pence", "pan_first6", "pan_last4", "auth_code", "till_ref"]
