import logging

import structlog
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from integrations.crm import mark_tenancy_started, upsert_contact

from .models import Applicant, Application, RentCard, Tenancy

logger = logging.getLogger(__name__)
slog = structlog.get_logger("tenancies.signals")


@receiver(post_save, sender=Applicant)
def applicant_saved(sender, instance: Applicant, created: bool, **kwargs):
    if created:
        logger.info("new applicant registered: %s", instance)
    else:
        slog.info("applicant.updated", applicant_id=instance.pk, fields=kwargs.get("update_fields"))


@receiver(post_save, sender=Application)
def application_status_changed(sender, instance: Application, created: bool, **kwargs):
    if created or instance.status != Application.Status.APPROVED:
        return
    contact_id = upsert_contact(instance.applicant)
    slog.info("application.approved", application_id=instance.pk, hubspot_contact=contact_id)


@receiver(post_save, sender=Tenancy)
def tenancy_created(sender, instance: Tenancy, created: bool, **kwargs):
    if not created:
        return
    contact_id = upsert_contact(instance.tenant)
    if contact_id:
        mark_tenancy_started(contact_id, instance.pk)


@receiver(pre_delete, sender=RentCard)
def rent_card_deleted(sender, instance: RentCard, **kwargs):
    slog.info("rent_card.deleted", rent_card=str(instance), tenancy_id=instance.tenancy_id)
