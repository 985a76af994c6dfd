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
