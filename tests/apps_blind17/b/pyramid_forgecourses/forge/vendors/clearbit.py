import base64
import logging
import os
from urllib.parse import urlencode

log = logging.getLogger("forge.vendors.clearbit")


def _auth():
    key = os.environ["CLEARBIT_KEY"] + ":"
    return {"Authorization": "Basic " + base64.b64encode(key.encode()).decode()}


def enrich_student(registry, student):
    query = urlencode({"email": student.email, "given_name": student.full_name.split(" ")[0]})
    status, data = registry.clearbit_http.request("GET", "/people/find?" + query, headers=_auth())
    if status == 202:
        log.info("clearbit lookup queued for student %s", student.id)
        return None
    return (data or {}).get("employment", {}).get("name")
