from robyn import Robyn

from apiary.db import database
from apiary.log import logger
from apiary.routes.adoptions import router as adoptions_router
from apiary.routes.counter import router as counter_router
from apiary.routes.keepers import router as keepers_router

app = Robyn(__file__)
app.include_router(keepers_router)
app.include_router(adoptions_router)
app.include_router(counter_router)


@app.startup_handler
async def connect() -> None:
    await database.connect()
    logger.info("database connected")


@app.shutdown_handler
async def disconnect() -> None:
    await database.disconnect()


@app.before_request()
async def log_request(request):
    logger.info("%s %s from %s", request.method, request.url.path, request.ip_addr)
    return request


@app.exception
def handle_exception(error):
    logger.exception("unhandled error: %s", error)
    return {"status_code": 500, "description": "internal error", "headers": {}}


if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
