from marina.blueprints.payments import CardForm


def test_masked_keeps_bin_and_last4():
    form = CardForm(card_number="4242424242424242", exp_month=4, exp_year=2031, cvc2="123", holder="T Tester")
    assert form.masked == "424242******4242"
