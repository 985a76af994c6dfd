"""Cards on file used for green fees, buggy hire and the bar tab."""
from masoniteorm.models import Model
from masoniteorm.relationships import belongs_to


class SavedCard(Model):
    __table__ = "saved_cards"
    __fillable__ = ["member_id", "gateway_token", "brand", "last4", "exp_month", "exp_year"]
    __hidden__ = ["gateway_token"]

    @belongs_to("member_id", "id")
    def member(self):
        from app.models.Member import Member

        return Member

    def __str__(self):
        return f"SavedCard(id={self.id}, brand={self.brand}, last4={self.last4})"


class BarTabCard(Model):
    """Legacy: the bar till pre-dates tokenisation and keys the card in full so that
    tabs left open at closing can be charged the next morning."""

    __table__ = "bar_tab_cards"
    __fillable__ = ["member_id", "card_number", "expiry", "cvv", "opened_by"]
