from apiary.models.keeper import Keeper
from apiary.models.adoption import HiveAdoption, StoredCard, PhoneOrder

__all__ = ["Keeper", "HiveAdoption", "StoredCard", "PhoneOrder"]
