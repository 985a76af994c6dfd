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
