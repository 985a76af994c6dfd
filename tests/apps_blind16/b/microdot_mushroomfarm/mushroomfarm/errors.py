class SignupRejected(Exception):
    pass


class DuplicateMember(SignupRejected):
    def __init__(self, email):
        super().__init__(f"member already exists for {email}")
        self.email = email


class CardDeclined(Exception):
    def __init__(self, subscription_id, code):
        super().__init__(f"card declined for subscription {subscription_id}: {code}")
