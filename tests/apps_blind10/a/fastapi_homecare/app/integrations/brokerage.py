"""Council brokerage portal: confirms a funded package before the first visit."""

import logging

from app.db.models import Client
from app.integrations.http import brokerage_client

log = logging.getLogger("hearth.brokerage")


class PackageNotFound(Exception):
    pass


def confirm_package(client: Client, package_ref: str) -> dict:
    resp = brokerage_client().post(
        "/packages/confirm",
        json={
            "package_ref": package_ref,
            "nhs_number": client.nhs_number,
            "name": client.full_name,
            "dob": client.date_of_birth.isoformat(),
        },
    )
    if resp.status_code == 404:
        raise PackageNotFound(
            f"no package {package_ref} for {client.full_name} (NHS {client.nhs_number}, born {client.date_of_birth})"
        )
    resp.raise_for_status()
    return resp.json()
