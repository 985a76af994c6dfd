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
