import logging

from integrations.referencing import VeritenantClient, VeritenantError

from .exceptions import ReferencingFailed
from .models import Application

logger = logging.getLogger(__name__)


def start_referencing(application: Application) -> str:
    applicant = application.applicant
    client = VeritenantClient.from_settings()
    try:
        case_id = client.open_case(applicant, monthly_rent=application.property.monthly_rent)
    except VeritenantError as exc:
        raise ReferencingFailed(applicant, str(exc)) from exc
    application.referencing_case_id = case_id
    application.status = Application.Status.REFERENCING
    application.save(update_fields=["referencing_case_id", "status"])
    logger.info("referencing case %s opened for application %s", case_id, application.pk)
    return case_id
