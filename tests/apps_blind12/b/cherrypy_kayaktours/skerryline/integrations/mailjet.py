import json
import os

import urllib3

from .http import vendor_pool
from ..settings import load

cfg = load()["mailjet"]
_AUTH = urllib3.make_headers(basic_auth=f"{os.environ['MJ_APIKEY_PUBLIC']}:{os.environ['MJ_APIKEY_PRIVATE']}")


def subscribe(guest):
    body = {
        "Email": guest.email,
        "Name": guest.full_name,
        "Action": "addnoforce",
        "Properties": {"phone": guest.phone, "dob": guest.date_of_birth.isoformat() if guest.date_of_birth else ""},
    }
    return vendor_pool.request("POST", f"{cfg['base_url']}/contactslist/{cfg['list_id']}/managecontact",
                               body=json.dumps(body), headers={**_AUTH, "Content-Type": "application/json"})


def unsubscribe(contact_id):
    return vendor_pool.request("PUT", f"{cfg['base_url']}/contact/{contact_id}",
                               body=json.dumps({"IsExcludedFromCampaigns": True}),
                               headers={**_AUTH, "Content-Type": "application/json"})
