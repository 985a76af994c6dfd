from logbook import Logger
from masonite.queues import Queueable

from app.models.Member import Member
from app.services.HandicapService import HandicapService

log = Logger("clubhouse.jobs.handicap")


class SyncHandicapJob(Queueable):
    """Registers new members with the county union and refreshes everyone's index."""

    attempts = 3

    def handle(self):
        service = HandicapService()
        if not service.ping():
            log.warning("skipping handicap sync, service down")
            return
        for member in Member.where("category", "!=", "social").get():
            if not member.handicap_player_id:
                member.handicap_player_id = service.register_player(member)
                member.save()
                log.info("registered {} {} (dob {}) with the union", member.first_name,
                         member.last_name, member.date_of_birth)
            index = service.current_index(member.handicap_player_id)
            if index != member.handicap_index:
                log.info("member {} index {} -> {}", member.id, member.handicap_index, index)
                member.update({"handicap_index": index})
