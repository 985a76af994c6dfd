import os

import pugsql

queries = pugsql.module(os.path.join(os.path.dirname(__file__), "queries"))


def connect(url):
    queries.connect(url)
