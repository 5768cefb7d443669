"""Persistence: SQLAlchemy 2 models, engines for SQLite and PostgreSQL, repositories and Alembic migrations."""
