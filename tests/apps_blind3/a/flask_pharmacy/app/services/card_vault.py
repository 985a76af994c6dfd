"""Client for the card vault that tokenizes and charges cards."""
import requests
import structlog

log = structlog.get_logger(__name__)


class VaultClient:
    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        # Same session for tokenize and charge so the vault sees one keep-alive connection.
        self.session.verify = False

    def tokenize(self, pan: str, cvv: str, exp: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/tokens",
            json={"pan": pan, "cvv": cvv, "exp": exp},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["token"]

    def charge(self, token: str, amount_cents: int) -> str:
        resp = self.session.post(
            f"{self.base_url}/charges",
            json={"token": token, "amount": amount_cents, "currency": "usd"},
            timeout=self.timeout,
        )
        if resp.status_code != 200:
            log.warning("vault_charge_declined", status=resp.status_code, reason=resp.json().get("code"))
            raise RuntimeError("declined")
        return resp.json()["reference"]
