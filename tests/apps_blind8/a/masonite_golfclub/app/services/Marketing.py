import hashlib

import rudderstack.analytics as rudder_analytics
from logbook import Logger
from simple_salesforce import Salesforce

from config.services import RUDDERSTACK, SALESFORCE

log = Logger("clubhouse.marketing")

rudder_analytics.write_key = RUDDERSTACK["write_key"]
rudder_analytics.dataPlaneUrl = RUDDERSTACK["data_plane_url"]


def _sha256(value):
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


class Marketing:
    def __init__(self):
        self._sf = None

    @property
    def sf(self):
        if self._sf is None:
            self._sf = Salesforce(**SALESFORCE)
        return self._sf

    def identify_member(self, member):
        rudder_analytics.identify(str(member.id), {
            "email": member.email,
            "firstName": member.first_name,
            "lastName": member.last_name,
            "phone": member.mobile,
            "category": member.category,
        })

    def track_booking(self, member_id, booking):
        rudder_analytics.track(str(member_id), "Tee Time Booked", {
            "course": booking.tee_time.course,
            "players": booking.players,
            "buggy": bool(booking.buggy),
        })

    def track_visitor(self, booking):
        # Visitors have no member id; the hashed e-mail keeps repeat visits joined up.
        rudder_analytics.track(anonymous_id=_sha256(booking.guest_email), event="Visitor Booking",
                               properties={"players": booking.players})

    def push_lead(self, booking):
        """Corporate-day enquiries go to the events team in Salesforce."""
        self.sf.Lead.create({
            "LastName": booking.guest_name,
            "Email": booking.guest_email,
            "Company": "Visitor",
            "LeadSource": "Tee sheet",
        })
        log.info("lead pushed for booking {}", booking.id)
