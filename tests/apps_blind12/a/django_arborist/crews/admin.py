import structlog
from django.contrib import admin

from .models import Customer, DepositAttempt, StoredCard

audit = structlog.get_logger("canopy.audit")


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("full_name", "email", "phone")
    search_fields = ("full_name", "email")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        audit.info("admin_customer_saved", staff_id=request.user.pk, customer_id=obj.pk, changed=form.changed_data)


@admin.register(StoredCard)
class StoredCardAdmin(admin.ModelAdmin):
    list_display = ("customer", "brand", "last4", "exp_month", "exp_year")
    readonly_fields = ("gateway_token",)


@admin.register(DepositAttempt)
class DepositAttemptAdmin(admin.ModelAdmin):
    list_display = ("customer", "amount_pence", "status", "created_at")
    exclude = ("pan", "card_cvc")

    def delete_model(self, request, obj):
        audit.info("admin_deposit_deleted", staff=request.user.email, ip=request.META.get("REMOTE_ADDR"), deposit_id=obj.pk)
        super().delete_model(request, obj)
