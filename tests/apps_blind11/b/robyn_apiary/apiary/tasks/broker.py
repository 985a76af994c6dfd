from taskiq_redis import ListQueueBroker, RedisAsyncResultBackend

from apiary import settings

_redis = settings.section("redis")["url"]

broker = ListQueueBroker(url=_redis).with_result_backend(RedisAsyncResultBackend(redis_url=_redis))
