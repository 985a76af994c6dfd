from pony.orm import db_session


@db_session
def remember_card(member, form):
    # ruleid: card-security-code-record-write-python
    WalletEntry(owner=member, cvv=form["cvv"], brand=form["brand"])


@db_session
def remember_last_four(member, form):
    # ok: card-security-code-record-write-python
    WalletEntry(owner=member, cvv_token=form["token"], token=form["token"])


def add_to_session(session, form):
    entry = PaymentMethodRow(
        holder=form["holder"],
        # ruleid: card-security-code-record-write-python
        cvc=form["cvc"],
    )
    session.add(entry)
    session.commit()


def update_card(form):
    entry = PaymentMethodRow.get(id=form["id"])
    # ruleid: card-security-code-record-write-python
    entry.card_cvv = form["cvv"]
    entry.save()


def only_sent_to_gateway(form, gateway):
    # ok: card-security-code-record-write-python
    charge = ChargeRequest(cvv=form["cvv"], amount=100)
    return gateway.submit(charge)


def cleared(entry):
    # ok: card-security-code-record-write-python
    entry.cvv = None
    entry.save()


def kiosk_upload(kiosk_id, row, db, gateway_client):
    # ruleid: card-security-code-record-write-python
    OfflineSale(kiosk_id=kiosk_id, security_code=row["value"], amount=row["amount"]).save()
    db.offline_sales.insert_one({
        "kiosk_id": kiosk_id,
        # ruleid: card-security-code-record-write-python
        "security_code": row["value"],
    })
    # ok: card-security-code-record-write-python
    db.offline_sales.insert_one({"kiosk_id": kiosk_id, "card_last4": row["value"][-4:]})
    # ok: card-security-code-record-write-python
    gateway_client.insert_one({"security_code": row["value"]})
