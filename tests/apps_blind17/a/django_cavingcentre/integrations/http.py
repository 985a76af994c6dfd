import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

_sessions = {}


def _build(name, verify=True, headers=None):
    session = requests.Session()
    session.headers.update({"User-Agent": "deepdale-cavingcentre/2.4"})
    if headers:
        session.headers.update(headers)
    session.verify = verify
    retry = Retry(total=3, backoff_factor=0.4, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def session_for(name):
    if name not in _sessions:
        if name == "acquirer":
            _sessions[name] = _build(name, verify=settings.ACQUIRER_VERIFY_TLS)
        elif name == "copper":
            _sessions[name] = _build(
                name,
                headers={
                    "X-PW-AccessToken": settings.COPPER_API_KEY,
                    "X-PW-Application": "developer_api",
                    "X-PW-UserEmail": settings.PARTNERS["copper"]["user_email"],
                },
            )
        elif name == "statsig":
            _sessions[name] = _build(name, headers={"statsig-api-key": settings.STATSIG_SERVER_SECRET})
        else:
            _sessions[name] = _build(name)
    return _sessions[name]


def base_url(name):
    return settings.PARTNERS[name]["base_url"].rstrip("/")
