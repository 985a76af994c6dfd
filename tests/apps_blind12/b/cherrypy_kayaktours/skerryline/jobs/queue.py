from saq import Queue

from ..settings import load

queue = Queue.from_url(load()["redis_url"], name="skerryline")
