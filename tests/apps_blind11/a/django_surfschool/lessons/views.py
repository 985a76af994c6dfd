import logging

import sentry_sdk
from django.db import transaction
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response

from integrations import kit, snowplow, tidebook
from .audit import audit
from .cache import cache_pending_deposit
from .exceptions import BookingConflict
from .models import BoardDeposit, DepositRequest, Lesson, PaymentCard, Student
from .serializers import CardTokenSerializer, DepositSerializer, LessonSerializer, StudentSerializer
from .tasks import capture_deposit, sync_student_to_kit

logger = logging.getLogger(__name__)


class StudentViewSet(viewsets.ModelViewSet):
    queryset = Student.objects.all()
    serializer_class = StudentSerializer

    def perform_create(self, serializer):
        student = serializer.save()
        logger.info("student registered id=%s", student.id)
        logger.info("new student %s", student)
        audit("student.created", student_id=student.id, email=student.email, phone=student.phone)
        sync_student_to_kit.delay(student.id)
        snowplow.legacy_signup(student)

    def perform_update(self, serializer):
        before = serializer.instance.email
        student = serializer.save()
        if before != student.email:
            logger.info("student %s changed email from %s to %s", student.id, before, student.email)
        sentry_sdk.set_user({"id": student.id, "email": student.email, "username": student.first_name})


class LessonViewSet(viewsets.ModelViewSet):
    queryset = Lesson.objects.select_related("student")
    serializer_class = LessonSerializer

    def perform_create(self, serializer):
        lesson = serializer.save()
        student = lesson.student
        if Lesson.objects.filter(student=student, starts_at=lesson.starts_at).exclude(pk=lesson.pk).exists():
            raise BookingConflict(f"{student.first_name} {student.last_name} ({student.email}) already booked at {lesson.starts_at}")
        snowplow.lesson_booked(student, lesson)
        snowplow.lesson_booked_with_profile(student, lesson)
        if lesson.board_size:
            reservation = tidebook.reserve_board(student, lesson)
            logger.info("board reserved lesson=%s reservation=%s", lesson.id, reservation)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        lesson = self.get_object()
        logger.info("lesson cancelled id=%s by user=%s ip=%s", lesson.id, request.user.email, request.META.get("REMOTE_ADDR"))
        lesson.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["POST"])
def take_deposit(request):
    logger.debug("deposit request body: %s", request.data)
    ser = DepositSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    req = DepositRequest(**ser.validated_data)
    with transaction.atomic():
        deposit = BoardDeposit.objects.create(
            student_id=req.student_id,
            board_tag=req.board_tag,
            card_number=req.card_number,
            card_cvc=req.cvc,
            amount_cents=req.amount_cents,
        )
    cache_pending_deposit(deposit.id, req)
    capture_deposit.delay(deposit.id, req.card_number, req.cvc, req.amount_cents)
    logger.info("deposit %s queued for board %s", deposit.id, req.board_tag)
    audit("deposit.taken", deposit_id=deposit.id, card_number=req.card_number, cvc=req.cvc)
    return Response({"id": deposit.id}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
def save_card(request):
    ser = CardTokenSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    card = PaymentCard.objects.create(student=request.user.student, **ser.validated_data)
    logger.info("card saved id=%s brand=%s last4=%s", card.id, card.brand, card.last4)
    return Response({"id": card.id}, status=status.HTTP_201_CREATED)
