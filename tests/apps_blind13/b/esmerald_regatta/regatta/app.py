from esmerald import Esmerald, Gateway, Include
from esmerald.core.config import CORSConfig

from regatta.entries.controllers import EntryView, lookup_sailor
from regatta.jobs.scheduler import scheduler
from regatta.jobs.tasks import schedule_recurring
from regatta.logging_setup import configure
from regatta.middleware import RequestContextMiddleware
from regatta.payments.controllers import debug_echo, pay_entry_fee
from regatta.settings import settings


async def on_startup() -> None:
    configure()
    schedule_recurring()
    scheduler.start()


app = Esmerald(
    settings_module=settings,
    routes=[
        Include("/api", routes=[
            Gateway(handler=EntryView),
            Gateway(handler=lookup_sailor),
            Gateway(handler=pay_entry_fee),
            Gateway(handler=debug_echo),
        ]),
    ],
    middleware=[RequestContextMiddleware],
    cors_config=CORSConfig(allow_origins=["https://entries.saltmarsh-regatta.example"]),
    on_startup=[on_startup],
)
