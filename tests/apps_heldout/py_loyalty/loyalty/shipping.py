"""Reward fulfilment: physical rewards are shipped by the warehouse partner."""

import logging
from dataclasses import dataclass, field

import requests

logger = logging.getLogger(__name__)

WAREHOUSE_API = "https://api.warehouse-partner.example.com/v2/shipments"


@dataclass(frozen=True)
class ShippingLabel:
    recipient_name: str
    street: str
    postcode: str
    city: str
    phone: str


@dataclass(frozen=True)
class RewardShipment:
    reward_sku: str
    member_id: int
    label: ShippingLabel = field(repr=False)


@dataclass(frozen=True)
class PointsEvent:
    member_id: int
    delta: int
    reason: str


def ship_reward(shipment: RewardShipment) -> str:
    logger.info("shipping reward %s", shipment)
    resp = requests.post(WAREHOUSE_API, json={"sku": shipment.reward_sku, "to": shipment.label.__dict__}, timeout=10)
    if not resp.ok:
        logger.error("warehouse rejected label %r", shipment.label)
        resp.raise_for_status()
    return resp.json()["tracking_number"]


def record_points(event: PointsEvent) -> None:
    logger.info("points event %s", event)
