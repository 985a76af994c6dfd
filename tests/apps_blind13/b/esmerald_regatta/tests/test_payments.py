from regatta.payments.models import FeePayment


def test_fee_payment_keeps_only_last4():
    p = FeePayment(entry_id="e1", amount_pence=4500, harbourpay_token="hp_tok_9sd8f7", card_last4="0417",
                   card_brand="visa")
    assert len(p.card_last4) == 4
