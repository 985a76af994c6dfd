from apscheduler.jobstores.mongodb import MongoDBJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from pymongo import MongoClient

from regatta.settings import settings

jobstores = {
    "default": MongoDBJobStore(database=settings.mongo_db, collection="apscheduler_jobs",
                               client=MongoClient(settings.mongo_uri)),
}

scheduler = AsyncIOScheduler(jobstores=jobstores, timezone="Europe/London")
