"""Alembic environment: migrations run on the engine the caller put in ``config.attributes``."""

from alembic import context

from returns_desk.store.models import Base, UtcDateTime


def render_item(type_, obj, autogen_context):
    """Migrations stand alone: our UTC type is plain DateTime(timezone=True) in the database."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    context.run_migrations()
