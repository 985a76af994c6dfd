from kombu import Connection, Exchange, Queue

forge_exchange = Exchange("forge", type="direct", durable=True)
settlement_queue = Queue("terminal.settlement", forge_exchange, routing_key="settlement", durable=True)
welcome_queue = Queue("student.welcome", forge_exchange, routing_key="welcome", durable=True)


def includeme(config):
    config.registry.amqp = Connection(config.registry.settings["kombu.broker_url"])


def publish(registry, routing_key, body):
    with registry.amqp.Producer(serializer="json") as producer:
        producer.publish(
            body,
            exchange=forge_exchange,
            routing_key=routing_key,
            declare=[settlement_queue, welcome_queue],
            delivery_mode=2,
            retry=True,
        )
