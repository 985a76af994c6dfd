import os

import urllib3

from regatta.settings import env_flag, section

_RETRIES = urllib3.Retry(total=3, backoff_factor=0.4, status_forcelist=(502, 503, 504))


def _pool(verify: bool) -> urllib3.PoolManager:
    return urllib3.PoolManager(
        retries=_RETRIES,
        timeout=urllib3.Timeout(connect=3.0, read=10.0),
        cert_reqs="CERT_REQUIRED" if verify else "CERT_NONE",
    )


harbourpay_pool = _pool(section("harbourpay").get("verify_tls", True))
tidewater_pool = _pool(section("tidewater").get("verify_tls", False))
sumo_pool = _pool(env_flag("SUMO_VERIFY_TLS", "false"))
clevertap_pool = _pool(True)

HARBOURPAY_URL = section("harbourpay").get("base_url", "https://api.harbourpay.example/v2")
TIDEWATER_URL = section("tidewater").get("results_url", "http://results.tidewater-timing.example/api/entries")
SUMO_URL = section("sumologic").get("collector_url", "")
CLEVERTAP_REGION = section("clevertap").get("region", "eu1")
CLEVERTAP_ACCOUNT = section("clevertap").get("account_id", "")
CLEVERTAP_PASSCODE = os.environ.get("CLEVERTAP_PASSCODE", "")
