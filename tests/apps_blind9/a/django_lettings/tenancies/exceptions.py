class ReferencingFailed(Exception):
    """Raised when Veritenant refuses to open a case for an applicant."""

    def __init__(self, applicant, reason: str):
        self.applicant_id = applicant.pk
        self.reason = reason
        super().__init__(
            f"Veritenant rejected {applicant.full_name} ({applicant.email}, born {applicant.date_of_birth}): {reason}"
        )


class CollectionDeclined(Exception):
    def __init__(self, charge_id: int, code: str):
        self.charge_id = charge_id
        self.code = code
        super().__init__(f"rent charge {charge_id} declined with {code}")
