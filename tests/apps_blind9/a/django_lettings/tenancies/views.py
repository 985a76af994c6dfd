import json
import logging

from django.core.cache import cache
from django.db import transaction
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.logging import audit, audit_debug
from core.redaction import mask_email, mask_pan
from integrations.analytics import track_application
from integrations.contractors import dispatch_repair

from .exceptions import ReferencingFailed
from .models import Application, RentCard, RepairRequest, Tenancy
from .serializers import (
    ApplicationSerializer,
    HoldingDepositCardSerializer,
    RentCardSerializer,
    RepairRequestSerializer,
    TenancySerializer,
)
from .services import start_referencing
from .tasks import charge_holding_deposit

logger = logging.getLogger(__name__)


class ApplicationViewSet(mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = ApplicationSerializer
    queryset = Application.objects.select_related("applicant", "property")

    def perform_create(self, serializer):
        application = serializer.save()
        applicant = application.applicant
        audit(
            "application.received",
            application_id=application.pk,
            applicant_name=applicant.full_name,
            applicant_email=applicant.email,
            date_of_birth=str(applicant.date_of_birth),
        )
        track_application(application)
        try:
            start_referencing(application)
        except ReferencingFailed as exc:
            logger.warning("referencing not started: %s", exc)
            application.status = Application.Status.RECEIVED
            application.save(update_fields=["status"])

    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        application = self.get_object()
        application.status = Application.Status.APPROVED
        application.save(update_fields=["status"])
        audit("application.status_changed", application_id=application.pk, status=application.status, by=request.user.pk)
        return Response({"status": application.status})

    @action(detail=True, methods=["post"], url_path="holding-deposit")
    def holding_deposit(self, request, pk=None):
        application = self.get_object()
        logger.debug("holding deposit payload for %s: %s", application.pk, request.data)
        card = HoldingDepositCardSerializer(data=request.data)
        card.is_valid(raise_exception=True)
        data = card.validated_data
        logger.info(
            "holding deposit card %s taken by phone for application %s",
            mask_pan(data["number"]),
            application.pk,
        )
        charge_holding_deposit.apply_async(
            args=[application.pk, data["number"], data["cvc"], data["expiry_month"], data["expiry_year"]],
            countdown=5,
        )
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)


class TenancyViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TenancySerializer
    queryset = Tenancy.objects.select_related("application__applicant")

    @action(detail=True, methods=["get"])
    def contact(self, request, pk=None):
        tenancy = self.get_object()
        tenant = tenancy.tenant
        # shown to the property manager on the tenancy screen
        return Response({"name": tenant.full_name, "email": tenant.email, "phone": tenant.phone})


class RentCardViewSet(viewsets.ModelViewSet):
    serializer_class = RentCardSerializer
    queryset = RentCard.objects.all()

    def perform_create(self, serializer):
        tenancy = serializer.validated_data["tenancy"]
        # the office sometimes saves twice in a row; keep the draft so the second save can be merged
        cache.set(
            f"rentcard:draft:{tenancy.pk}",
            json.dumps(serializer.validated_data, default=str),
            timeout=900,
        )
        with transaction.atomic():
            RentCard.objects.filter(tenancy=tenancy).update(is_default=False)
            card = serializer.save(is_default=True)
        audit("rent_card.added", tenancy_id=tenancy.pk, card_last4=card.card_last4)
        audit_debug("rent_card.added.raw", tenancy_id=tenancy.pk, payload=serializer.validated_data)

    def perform_update(self, serializer):
        logger.info("rent card %s updated by %s: %s", serializer.instance.pk, self.request.user.pk, serializer.validated_data)
        serializer.save()

    def perform_destroy(self, instance):
        logger.info("rent card %s removed for %s", instance.pk, mask_email(instance.tenancy.tenant.email))
        instance.delete()


class RepairRequestViewSet(viewsets.ModelViewSet):
    serializer_class = RepairRequestSerializer
    queryset = RepairRequest.objects.select_related("tenancy__application__applicant__applications")

    def perform_create(self, serializer):
        repair = serializer.save()
        job_id = dispatch_repair(repair)
        repair.contractor_job_id = job_id
        repair.save(update_fields=["contractor_job_id"])
        logger.info("repair %s dispatched as job %s", repair.pk, job_id)
