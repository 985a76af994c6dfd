"""Initial schema, created with peewee's create_tables."""
from drivingschool.models import ALL_MODELS, db


def forward():
    with db.atomic():
        db.create_tables(ALL_MODELS, safe=True)


def backward():
    with db.atomic():
        db.drop_tables(list(reversed(ALL_MODELS)), safe=True)
