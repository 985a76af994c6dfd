import json
from datetime import date
from unittest import mock

from regatta.entries.models import Sailor
from regatta.integrations import clevertap


def make_sailor() -> Sailor:
    return Sailor(world_sailing_id="GBRHF77", first_name="Hattie", last_name="Fernsby", email="hattie@example.org",
                  phone="+447700900418", date_of_birth=date(2007, 5, 2), club="Saltmarsh SC")


def test_entry_event_is_hashed():
    with mock.patch.object(clevertap.clevertap_pool, "request") as req:
        req.return_value.status = 200
        clevertap.push_entry_event(make_sailor(), "SMO-25", "ILCA6")
    sent = json.loads(req.call_args.kwargs["body"])
    assert "GBRHF77" not in json.dumps(sent)
    assert sent["d"][0]["evtName"] == "Regatta Entered"
