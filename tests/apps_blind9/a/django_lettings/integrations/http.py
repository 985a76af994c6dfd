"""Shared requests sessions for partner APIs (retries, timeouts, user agent)."""

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

USER_AGENT = "keyfold-backoffice/4.12"


def build_session(*, retries: int = 3, verify: bool = True) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=Retry(total=retries, backoff_factor=0.5, status_forcelist=(502, 503, 504)))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    session.verify = verify
    return session


def veritenant_session() -> requests.Session:
    # Veritenant's sandbox and production share an intermediate our CA bundle does not carry.
    session = build_session(retries=2, verify=False)
    session.headers["Authorization"] = f"Bearer {settings.VERITENANT_API_KEY}"
    return session


def paylode_session() -> requests.Session:
    session = build_session(retries=0)
    session.auth = (settings.PAYLODE_SECRET, "")
    return session


def contractor_session() -> requests.Session:
    return build_session(retries=1)
