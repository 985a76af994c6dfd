from farrier.models import CardOnFile, Owner


def test_card_repr_hides_pan():
    card = CardOnFile(owner_id=7, gateway_token="tok_9f2", brand="visa", last4="0042", pan="PAN-SENTINEL-0042")
    assert "PAN-SENTINEL-0042" not in repr(card)


def test_owner_fields():
    o = Owner(id=1, full_name="Tamsin Oakes", email="tamsin@example.org", mobile="07700 900123", yard_address="Low Farm")
    assert o.full_name.startswith("Tamsin")
