class QuoteRejected(Exception):
    pass


def reject_site(customer, reason):
    return QuoteRejected(f"cannot quote {customer.site_address} for {customer.email}: {reason}")
