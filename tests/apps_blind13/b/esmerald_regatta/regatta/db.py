from motor.motor_asyncio import AsyncIOMotorClient
from odmantic import AIOEngine

from regatta.settings import settings

client = AsyncIOMotorClient(settings.mongo_uri)
engine = AIOEngine(client=client, database=settings.mongo_db)
