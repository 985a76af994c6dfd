import structlog

_audit = structlog.get_logger("summitbloc.audit")


def record(action: str, actor_id: int | None, **details) -> None:
    _audit.info("audit", action=action, actor_id=actor_id, **details)


def record_member_change(action: str, actor_id: int | None, member) -> None:
    _audit.info("audit", action=action, actor_id=actor_id, member=member.to_dict())
