from pony.orm import db_session


@db_session
def remember_card(member, form):
    # ruleid: card-number-record-write-python
    WalletEntry(owner=member, card_number=form["number"], brand=form["brand"])


@db_session
def remember_last_four(member, form):
    # ok: card-number-record-write-python
    WalletEntry(owner=member, card_last4=form["number"][-4:], token=form["token"])


def add_to_session(session, form):
    entry = PaymentMethodRow(
        holder=form["holder"],
        # ruleid: card-number-record-write-python
        pan=form["pan"],
    )
    session.add(entry)
    session.commit()


def update_card(form):
    entry = PaymentMethodRow.get(id=form["id"])
    # ruleid: card-number-record-write-python
    entry.cc_number = form["pan"]
    entry.save()


def only_sent_to_gateway(form, gateway):
    # ok: card-number-record-write-python
    charge = ChargeRequest(card_number=form["pan"], amount=100)
    return gateway.submit(charge)


def cleared(entry):
    # ok: card-number-record-write-python
    entry.card_number = None
    entry.save()


def kiosk_upload(kiosk_id, row, db, gateway_client):
    # ruleid: card-number-record-write-python
    OfflineSale(kiosk_id=kiosk_id, card_number=row["value"], amount=row["amount"]).save()
    db.offline_sales.insert_one({
        "kiosk_id": kiosk_id,
        # ruleid: card-number-record-write-python
        "card_number": row["value"],
    })
    # ok: card-number-record-write-python
    db.offline_sales.insert_one({"kiosk_id": kiosk_id, "card_last4": row["value"][-4:]})
    # ok: card-number-record-write-python
    gateway_client.insert_one({"card_number": row["value"]})
