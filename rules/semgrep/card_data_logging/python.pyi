# KYC module: in code about Aadhaar and income-tax identities a PAN is India's tax number, not a card.
def verify_tax_identity(applicant, pan_number: str, aadhaar: str) -> bool:
    # ok: card-data-logging-python
    logger.warning("PAN %s does not match the name on record", pan_number)
    # ruleid: card-data-logging-python
    logger.warning("refund card %s", applicant.card_number)
    return False
