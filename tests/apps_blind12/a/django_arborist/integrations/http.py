import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def _session(verify=True):
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    s.headers["User-Agent"] = "canopy-crews/4.2"
    s.verify = verify
    return s


keap_session = _session()
keap_session.headers["Authorization"] = f"Bearer {settings.KEAP['TOKEN']}"

datadog_session = _session()
datadog_session.headers["DD-API-KEY"] = settings.DATADOG_API_KEY

gateway_session = _session(verify=settings.BRANCHLINE["VERIFY_TLS"])

depot_session = _session()

address_lookup = requests.Session()
address_lookup.verify = False
