import databases
import ormar
import sqlalchemy

from apiary import settings

database = databases.Database(settings.section("database")["url"])
metadata = sqlalchemy.MetaData()

base_ormar_config = ormar.OrmarConfig(database=database, metadata=metadata)
