import requests
from logbook import Logger

from config.services import HANDICAP

log = Logger("clubhouse.handicap")


class HandicapService:
    """Posts scores to the county union and pulls back the revised handicap index."""

    def __init__(self):
        self.base = HANDICAP["base_url"]
        self.club = HANDICAP["club_code"]

    def register_player(self, member):
        payload = {
            "club": self.club,
            "membership_no": member.membership_no,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "date_of_birth": member.date_of_birth.isoformat() if member.date_of_birth else None,
            "email": member.email,
        }
        resp = requests.post(f"{self.base}/players", json=payload, timeout=10)
        resp.raise_for_status()
        return resp.json()["player_id"]

    def submit_score(self, player_id, card):
        resp = requests.post(f"{self.base}/players/{player_id}/scores",
                             json={"gross": card["gross"], "course": card["course"],
                                   "played_on": card["played_on"]}, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def current_index(self, player_id):
        resp = requests.get(f"{self.base}/players/{player_id}/index", timeout=10)
        resp.raise_for_status()
        return resp.json()["index"]

    def ping(self):
        try:
            return requests.get(f"{self.base}/status", timeout=3).ok
        except requests.RequestException as exc:
            log.warning("handicap service unreachable: {}", exc)
            return False
