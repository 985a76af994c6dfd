class CardHold(Model):
    # ruleid: card-security-code-generic-context-python
    security_code = fields.CharField(max_length=4)


class Signup(Model):
    # ok: card-security-code-generic-context-python
    verification_code = fields.CharField(max_length=6)
