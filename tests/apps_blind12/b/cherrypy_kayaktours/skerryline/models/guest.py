import datetime as dt

from mongoengine import (DateField, DateTimeField, Document, EmailField, EmbeddedDocument,
                         EmbeddedDocumentField, IntField, StringField)


class EmergencyContact(EmbeddedDocument):
    name = StringField(required=True)
    phone = StringField(required=True)
    relationship = StringField()


class Guest(Document):
    full_name = StringField(required=True, max_length=120)
    email = EmailField(required=True, unique=True)
    phone = StringField(max_length=32)
    date_of_birth = DateField()
    swim_ability = IntField(min_value=0, max_value=3)
    medical_notes = StringField()
    emergency_contact = EmbeddedDocumentField(EmergencyContact)
    created_at = DateTimeField(default=dt.datetime.utcnow)

    meta = {"collection": "guests", "indexes": ["email", "-created_at"]}

    def __str__(self):
        return f"Guest({self.full_name}, {self.email}, {self.phone})"
