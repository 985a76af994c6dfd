from loguru import logger

audit_log = logger.bind(channel="audit")


def audit(action: str, **fields) -> None:
    audit_log.bind(**fields).info("audit {}", action)


def audit_patient(action: str, patient) -> None:
    audit_log.info("audit {} patient={}", action, patient.id)
