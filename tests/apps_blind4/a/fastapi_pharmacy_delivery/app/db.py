"""Engine and session dependency."""
from collections.abc import Iterator

from sqlmodel import Session, create_engine

from app.core.config import get_settings

engine = create_engine(get_settings().database_url, pool_pre_ping=True, echo=False)


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session
