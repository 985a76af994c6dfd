import logging

audit_log = logging.getLogger("bookings.audit")


def record(action, actor, **fields):
    audit_log.info("audit action=%s actor=%s fields=%s", action, actor, fields)


def record_ids(action, actor_id, object_id):
    audit_log.info("audit action=%s actor_id=%s object_id=%s", action, actor_id, object_id)
