import certifi
import urllib3

from ..settings import load

_TIMEOUT = urllib3.Timeout(connect=3.0, read=10.0)
_RETRIES = urllib3.Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))


def _pool(verify):
    if verify:
        return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(),
                                   timeout=_TIMEOUT, retries=_RETRIES)
    return urllib3.PoolManager(cert_reqs="CERT_NONE", timeout=_TIMEOUT, retries=_RETRIES)


settings = load()
gateway_pool = _pool(settings["tidewell"].get("verify_tls", True))
partner_pool = _pool(settings["wetsuit_partner"].get("verify_tls", False))
vendor_pool = _pool(True)
relay_pool = urllib3.PoolManager(timeout=_TIMEOUT, retries=_RETRIES)
