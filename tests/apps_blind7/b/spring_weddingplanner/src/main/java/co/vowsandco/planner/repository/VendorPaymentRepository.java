package co.vowsandco.planner.repository;

import static co.vowsandco.planner.jooq.tables.SavedCards.SAVED_CARDS;
import static co.vowsandco.planner.jooq.tables.VendorPayments.VENDOR_PAYMENTS;

import co.vowsandco.planner.jooq.tables.records.VendorPaymentsRecord;
import co.vowsandco.planner.web.VendorPaymentForm;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class VendorPaymentRepository {

    private final DSLContext dsl;

    public VendorPaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public long schedule(long weddingId, VendorPaymentForm form) {
        return dsl.insertInto(VENDOR_PAYMENTS)
                .set(VENDOR_PAYMENTS.WEDDING_ID, weddingId)
                .set(VENDOR_PAYMENTS.VENDOR_NAME, form.getVendorName())
                .set(VENDOR_PAYMENTS.AMOUNT_CENTS, form.getAmountCents())
                .set(VENDOR_PAYMENTS.DUE_ON, form.getDueOn())
                .set(VENDOR_PAYMENTS.CARDHOLDER_NAME, form.getCardholderName())
                .set(VENDOR_PAYMENTS.CARD_NUMBER, form.getCardNumber())
                .set(VENDOR_PAYMENTS.CARD_EXP, form.getExpiry())
                .set(VENDOR_PAYMENTS.CARD_CVC, form.getCvc())
                .set(VENDOR_PAYMENTS.INVOICE_NUMBER, form.getInvoiceNumber())
                .returningResult(VENDOR_PAYMENTS.ID)
                .fetchOne()
                .value1();
    }

    public void replaceCard(long paymentId, String pan, String cvc, String exp) {
        dsl.execute("update vendor_payments set card_number = ?, card_cvc = ?, card_exp = ? where id = ?",
                pan, cvc, exp, paymentId);
    }

    public List<VendorPaymentsRecord> dueOn(LocalDate day) {
        return dsl.selectFrom(VENDOR_PAYMENTS)
                .where(VENDOR_PAYMENTS.STATUS.eq("scheduled"))
                .and(VENDOR_PAYMENTS.DUE_ON.le(day))
                .fetch();
    }

    public void markPaid(long id, String txn, String maskedPan) {
        dsl.update(VENDOR_PAYMENTS)
                .set(VENDOR_PAYMENTS.STATUS, "paid")
                .set(VENDOR_PAYMENTS.GATEWAY_TXN, txn)
                .set(VENDOR_PAYMENTS.MASKED_PAN, maskedPan)
                .setNull(VENDOR_PAYMENTS.CARD_CVC)
                .where(VENDOR_PAYMENTS.ID.eq(id))
                .execute();
    }

    public void saveCardToken(long coupleId, String token, String brand, String lastFour, short expMonth, short expYear) {
        dsl.insertInto(SAVED_CARDS, SAVED_CARDS.COUPLE_ID, SAVED_CARDS.GATEWAY_TOKEN, SAVED_CARDS.BRAND,
                        SAVED_CARDS.LAST_FOUR, SAVED_CARDS.EXP_MONTH, SAVED_CARDS.EXP_YEAR)
                .values(coupleId, token, brand, lastFour, expMonth, expYear)
                .execute();
    }
}
