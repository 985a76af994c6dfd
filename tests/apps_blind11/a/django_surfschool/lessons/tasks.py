import logging

from celery import shared_task

from integrations import kit, wavepay
from .models import BoardDeposit, DepositRequest, Student

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def capture_deposit(self, deposit_id, card_number, cvc, amount_cents):
    deposit = BoardDeposit.objects.get(pk=deposit_id)
    req = DepositRequest(deposit.student_id, deposit.board_tag, card_number, cvc, amount_cents)
    try:
        result = wavepay.charge_deposit(req)
    except Exception as exc:
        logger.warning("capture failed for deposit %s card %s: %s", deposit_id, card_number, exc)
        raise self.retry(exc=exc)
    deposit.captured = result.get("status") == "succeeded"
    deposit.save(update_fields=["captured"])
    logger.info("deposit %s captured=%s", deposit_id, deposit.captured)


@shared_task
def sync_student_to_kit(student_id):
    student = Student.objects.get(pk=student_id)
    sub_id = kit.subscribe_student(student)
    Student.objects.filter(pk=student_id).update(kit_subscriber_id=sub_id)
    logger.info("kit subscriber linked student=%s subscriber=%s", student_id, sub_id)


@shared_task
def refresh_voucher(voucher_id):
    logger.info("refreshing voucher %s", voucher_id)
