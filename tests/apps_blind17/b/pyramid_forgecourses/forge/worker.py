import logging
import os

from kombu import Connection
from kombu.mixins import ConsumerMixin

from forge.db import connect, queries
from forge.queue import settlement_queue, welcome_queue

log = logging.getLogger("forge.worker")


class ForgeWorker(ConsumerMixin):
    def __init__(self, connection):
        self.connection = connection

    def get_consumers(self, Consumer, channel):
        return [
            Consumer(queues=[settlement_queue], callbacks=[self.on_settlement], accept=["json"]),
            Consumer(queues=[welcome_queue], callbacks=[self.on_welcome], accept=["json"]),
        ]

    def on_settlement(self, body, message):
        log.info("settling offline sale %s", body)
        message.ack()

    def on_welcome(self, body, message):
        row = queries.student_by_id(id=body["student_id"])
        if row is None:
            log.warning("welcome for unknown student %s", body["student_id"])
        else:
            log.info("sending welcome pack to %s at %s", row["full_name"], row["email"])
        message.ack()


def main():
    logging.basicConfig(level=logging.INFO)
    connect(os.environ["DATABASE_URL"])
    with Connection(os.environ["AMQP_URL"]) as conn:
        ForgeWorker(conn).run()
