"""HubSpot: every approved applicant becomes a contact so the lettings team can see the pipeline."""

import logging

from django.conf import settings
from hubspot import HubSpot
from hubspot.crm.contacts import ApiException, SimplePublicObjectInputForCreate

from tenancies.serializers import HubSpotContactMapper

logger = logging.getLogger(__name__)

_client = HubSpot(access_token=settings.HUBSPOT_ACCESS_TOKEN)


def upsert_contact(applicant) -> str | None:
    properties = HubSpotContactMapper(applicant).properties()
    contact_input = SimplePublicObjectInputForCreate(properties=properties)
    try:
        created = _client.crm.contacts.basic_api.create(simple_public_object_input_for_create=contact_input)
    except ApiException as exc:
        logger.error("hubspot contact create failed for applicant %s: %s", applicant.pk, exc.status)
        return None
    return created.id


def mark_tenancy_started(contact_id: str, tenancy_id: int) -> None:
    _client.crm.contacts.basic_api.update(
        contact_id,
        simple_public_object_input={"properties": {"kf_tenancy_id": str(tenancy_id), "lifecyclestage": "customer"}},
    )
