import requests
import ssl


def sync(user):
    # ruleid: tls-verification-disabled-python
    requests.get("https://api.example.com/users", verify=False)
    # ok: tls-verification-disabled-python
    requests.get("https://api.example.com/users", verify="/etc/ssl/private-ca.pem")
    # ruleid: tls-verification-disabled-python
    ctx = ssl._create_unverified_context()
    # ruleid: personal-data-over-http-python
    requests.post("http://crm.example.com/contacts", json={"email": user.email})
    # ok: personal-data-over-http-python
    requests.post("https://crm.example.com/contacts", json={"email": user.email})
    # ok: personal-data-over-http-python
    requests.post("http://localhost:8080/contacts", json={"email": user.email})
    # ok: personal-data-over-http-python
    requests.get("http://status.example.com/ping")


def processor_session():
    # ruleid: tls-verification-disabled-python
    connector = aiohttp.TCPConnector(ssl=False)
    return aiohttp.ClientSession(connector=connector)


async def fetch_status(session, url):
    # ruleid: tls-verification-disabled-python
    async with session.get(url, ssl=False) as resp:
        return resp.status


def legacy_session():
    s = requests.Session()
    # ruleid: tls-verification-disabled-python
    s.verify = False
    # ok: tls-verification-disabled-python
    s.verify = "/etc/ssl/private-ca.pem"
    return s


def cache_client():
    # ok: tls-verification-disabled-python
    return redis.Redis(host="localhost", ssl=False)


def check_eligibility(patient, member_id):
    url = current_app.config["ELIGIBILITY_URL"]
    # ruleid: personal-data-to-configured-url-python
    resp = requests.post(url, data={"member_id": member_id, "dob": patient.date_of_birth.isoformat()})
    # ok: personal-data-to-configured-url-python
    resp = requests.post(url, data={"member_id": member_id})


async def notify_permit_office(motorist):
    resident = {"name": motorist.full_name, "address": motorist.home_address}
    async with httpx.AsyncClient(timeout=10) as client:
        # ruleid: personal-data-to-configured-url-python
        await client.post(settings.PERMIT_OFFICE_URL, json=resident)
        # ok: personal-data-to-configured-url-python
        await client.post(settings.PERMIT_OFFICE_URL, json={"id": motorist.id})


class StoreTerminal:
    """The URL kept on the instance from a settings accessor, used by a method."""

    def __init__(self, timeout):
        self._endpoint = get_settings().terminal_url
        self.timeout = timeout

    def authorise(self, card, amount):
        payload = {"pan": card.card_number, "amount": str(amount)}
        with httpx.Client(timeout=self.timeout) as client:
            # ruleid: personal-data-to-configured-url-python
            client.post(self._endpoint, data=payload)
            # ok: personal-data-to-configured-url-python
            client.post(self._endpoint, data={"amount": str(amount)})


def file_claim(request, claimant):
    # ruleid: personal-data-to-configured-url-python
    requests.post(request.registry.settings["claims.intake_url"], json={"email": claimant.email})
    # ok: personal-data-to-configured-url-python
    requests.post(request.registry.settings["claims.intake_url"], json={"claim": claimant.id})


async def tornado_notify(http_client, resident):
    # ruleid: personal-data-to-configured-url-python
    await http_client.fetch(get_settings().registry_url, method="POST", body=json.dumps({"phone": resident.phone}))


def push_contact_formatted(user, relay_host):
    # ruleid: personal-data-over-http-python
    requests.post(f"http://{relay_host}/contacts", json={"email": user.email})
    # ok: personal-data-over-http-python
    requests.post(f"https://{relay_host}/contacts", json={"email": user.email})


class PressRoom:
    def __init__(self, cfg):
        self._cfg = cfg
        self._http = httpx.AsyncClient(timeout=8.0)

    async def print_label(self, order):
        label = {"recipient": order["ship_name"], "address": order["ship_address"], "postcode": order["ship_postcode"]}
        # ruleid: personal-data-to-configured-url-python
        await self._http.post(self._cfg.label_url, json=label)
        # ok: personal-data-to-configured-url-python
        await self._http.get(self._cfg.health_url)


class DockmasterSync:
    def __init__(self) -> None:
        self._http = httpx.AsyncClient(base_url=settings.LEGACY_DOCKMASTER_URL, timeout=5.0)

    async def push_arrival(self, boater, booking) -> None:
        # ruleid: personal-data-to-configured-url-python
        await self._http.post("/arrivals", json={"berth": booking.berth_code, "phone": boater.phone})
        # ok: personal-data-to-configured-url-python
        await self._http.post("/arrivals", json={"berth": booking.berth_code})


class Terminal:
    def charge_legacy_terminal(self, card_number, expiry, amount_cents):
        # ruleid: personal-data-over-http-python
        return self.http.post("http://pos-bridge.harbour.lan/charge", data={"ccnum": card_number, "exp": expiry})


def test_signup(test_client, user):
    # ok: personal-data-over-http-python
    test_client.post("http://testserver/signup", json={"email": user.email})


def build_session(*, retries=3, verify=True):
    session = requests.Session()
    # ok: tls-verification-disabled-python
    session.verify = verify
    return session


def partner_sessions(token):
    # ruleid: tls-verification-disabled-python
    sandbox = build_session(retries=2, verify=False)
    # ok: tls-verification-disabled-python
    live = build_session(retries=2, verify=True)
    # ok: tls-verification-disabled-python
    claims = decode_session_token(token, verify=False)
    # ok: tls-verification-disabled-python
    checked = verify_payload(token, verify=False)
    return sandbox, live, claims, checked


class VanDispatch:
    """urllib3's request(method, url, ...): the configured URL comes second."""

    def __init__(self, pool):
        self.http = pool
        self.base = settings.dispatch_base_url.rstrip("/")

    def send_job(self, job, customer):
        ticket = {"job": job.id, "customer": {"name": customer.full_name, "phone": customer.phone}}
        # ruleid: personal-data-to-configured-url-python
        self.http.request("POST", f"{self.base}/jobs", body=json.dumps(ticket).encode())
        # ok: personal-data-to-configured-url-python
        self.http.request("POST", f"{self.base}/heartbeat", body=json.dumps({"job": job.id}).encode())
