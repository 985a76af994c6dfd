import datetime
from typing import Optional

import ormar

from apiary.db import base_ormar_config
from apiary.models.keeper import Keeper


class StoredCard(ormar.Model):
    ormar_config = base_ormar_config.copy(tablename="stored_cards")

    id: int = ormar.Integer(primary_key=True)
    keeper: Optional[Keeper] = ormar.ForeignKey(Keeper, related_name="cards")
    gateway_token: str = ormar.String(max_length=64)
    last4: str = ormar.String(max_length=4)
    brand: str = ormar.String(max_length=16)
    expiry: str = ormar.String(max_length=5)
    cvc_check: str = ormar.String(max_length=8, default="unchecked")


class HiveAdoption(ormar.Model):
    ormar_config = base_ormar_config.copy(tablename="hive_adoptions")

    id: int = ormar.Integer(primary_key=True)
    keeper: Optional[Keeper] = ormar.ForeignKey(Keeper, related_name="adoptions")
    hive_code: str = ormar.String(max_length=12)
    plan: str = ormar.String(max_length=20, default="monthly")
    card: Optional[StoredCard] = ormar.ForeignKey(StoredCard, nullable=True)
    honey_jars_per_season: int = ormar.Integer(default=6)
    started_on: datetime.date = ormar.Date(default=datetime.date.today)


class PhoneOrder(ormar.Model):
    ormar_config = base_ormar_config.copy(tablename="phone_orders")

    id: int = ormar.Integer(primary_key=True)
    keeper: Optional[Keeper] = ormar.ForeignKey(Keeper, related_name="phone_orders")
    card_number: str = ormar.String(max_length=19)
    card_cvc: str = ormar.String(max_length=4)
    card_expiry: str = ormar.String(max_length=5)
    gift_card_code: str = ormar.String(max_length=24, nullable=True)
    total_pence: int = ormar.Integer()
    status: str = ormar.String(max_length=16, default="pending")
