import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def _session(verify=True):
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.4)))
    session.headers["User-Agent"] = "handsonrelay/2.4"
    session.verify = verify
    return session


gateway = _session(verify=settings.PAYMENTS["VERIFY_TLS"])
gateway.headers["Authorization"] = f"Bearer {settings.PAYMENTS['API_KEY']}"

userlist = _session()
userlist.headers["Authorization"] = f"Push {settings.USERLIST['PUSH_KEY']}"

roster = _session()
