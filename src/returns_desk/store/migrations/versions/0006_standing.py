"""Standing at every write: no event (and so no change) by a deactivated user or at a deactivated station; the
audit trail cannot be edited or deleted.

Every change writes its event in the same transaction (events.record), so a check on the events table covers
every writer -- the general services, the PostgreSQL fast paths, the bulk replay -- without a round trip of its
own. The command line's SYSTEM user (inactive by design: it cannot log in) may write. A replay of work an offline
station did while the user was still active (``returns_desk.replaying``, set by the replay's transaction on
PostgreSQL) is accepted: it happened on the dock, and refusing it would lose it.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MESSAGE = "returns_desk: no standing"
APPEND_ONLY = "returns_desk: the audit trail is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"""
            CREATE TRIGGER events_actor_standing BEFORE INSERT ON events
            WHEN (NEW.user_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM users WHERE id = NEW.user_id AND (active OR badge = 'SYSTEM')))
              OR (NEW.station_id IS NOT NULL AND EXISTS (
                    SELECT 1 FROM stations WHERE id = NEW.station_id AND NOT active))
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
            """
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER events_append_only_{verb.lower()} BEFORE {verb} ON events "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
            )
        return
    op.execute(
        f"""
        CREATE FUNCTION returns_desk_actor_standing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('returns_desk.replaying', true) = 'on' THEN
                RETURN NEW;
            END IF;
            IF NEW.user_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM users WHERE id = NEW.user_id AND (active OR badge = 'SYSTEM')
            ) OR NEW.station_id IS NOT NULL AND EXISTS (
                SELECT 1 FROM stations WHERE id = NEW.station_id AND NOT active
            ) THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER events_actor_standing BEFORE INSERT ON events "
        "FOR EACH ROW EXECUTE FUNCTION returns_desk_actor_standing()"
    )
    op.execute(
        f"""
        CREATE FUNCTION returns_desk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION returns_desk_append_only()"
    )
    op.execute(
        "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION returns_desk_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("events_actor_standing", "events_append_only_update", "events_append_only_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name in ("events_actor_standing", "events_append_only", "events_no_truncate"):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON events")
    op.execute("DROP FUNCTION IF EXISTS returns_desk_actor_standing()")
    op.execute("DROP FUNCTION IF EXISTS returns_desk_append_only()")
