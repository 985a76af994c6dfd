"""AddVisitorCardToTeeTimeBookings Migration.

Visitors booking by phone used to read their card to the office; the old system kept it
on the booking so the starter could take the green fee at the first tee.
"""

from masoniteorm.migrations import Migration


class AddVisitorCardToTeeTimeBookings(Migration):
    def up(self):
        with self.schema.table("tee_time_bookings") as table:
            table.string("visitor_card_no", 19).nullable()
            table.string("visitor_card_exp", 5).nullable()

        self.schema.new_connection().query(
            "UPDATE tee_time_bookings SET visitor_card_no = legacy.card_no "
            "FROM legacy_visitor_bookings legacy WHERE legacy.booking_id = tee_time_bookings.id"
        )

    def down(self):
        with self.schema.table("tee_time_bookings") as table:
            table.drop_column("visitor_card_no")
            table.drop_column("visitor_card_exp")
