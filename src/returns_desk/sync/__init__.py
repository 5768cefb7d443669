"""Stations on a shared PostgreSQL that keep working when it goes away.

A station configured with a server keeps a local SQLite *cache* with the same schema: the open returns (requested,
approved, being received) with everything the station reads about them, users, stations and settings, and a block
of license plates reserved on the server. While the server answers, every change goes to the server and the
requests it touched are copied into the cache. When it stops answering, the same services run against the cache,
and the cache's own ``events`` rows, in order, are the outbox.

When the server is back, the outbox is replayed one transaction at a time through the real services, each command
event keeping the uuid the station gave it (``events.replaying``): a transaction whose command uuids the server
already holds is skipped, so replaying twice changes nothing. A replay the server refuses — a unit processed
elsewhere meanwhile, a request cancelled meanwhile — becomes a ``sync_conflict`` exception for the supervisors,
holding what the station did; nothing is overwritten. Rows created offline get ids from 2**50 up, so they never
collide with rows copied from the server.

The package sits between the screens and the use cases: ``gui`` runs every unit of work through a
:class:`SyncedStore`, which hands it to the services on the server or on the cache.

- ``status``: the cache's state, the outbox count, what the banner and the supervisors' station list show
- ``cache``: building and refreshing the cache, local ids
- ``mirror``: rows a server transaction wrote, copied into the cache in the same breath
- ``replay``: the outbox replayed through the services, refusals turned into conflicts
- ``bulk_replay``: the same replay set-wise, for a long outbox (``bulk_plan``: what a batch writes, in order;
  ``bulk_receipts``: its receipts)
- ``write_guard``: which transactions wrote nothing (a refusal ends with COMMIT)
- ``store``: :class:`SyncedStore` and :func:`open_station`
"""

from returns_desk.domain.vocab import COMMAND_KINDS
from returns_desk.sync.cache import build_cache, mirror_requests, refresh_cache
from returns_desk.sync.mirror import copy_written, keep_written
from returns_desk.sync.replay import replay, replay_transaction
from returns_desk.sync.status import (
    LOCAL_ID_FLOOR,
    STATE_KEY,
    ReplayReport,
    StationRow,
    SyncError,
    SyncStatus,
    state,
    station_statuses,
)
from returns_desk.sync.store import SyncedStore, open_station
from returns_desk.sync.write_guard import WROTE, statement_sent, transaction_begins

__all__ = [
    "COMMAND_KINDS",
    "LOCAL_ID_FLOOR",
    "STATE_KEY",
    "WROTE",
    "ReplayReport",
    "StationRow",
    "SyncError",
    "SyncStatus",
    "SyncedStore",
    "build_cache",
    "copy_written",
    "keep_written",
    "mirror_requests",
    "open_station",
    "refresh_cache",
    "replay",
    "replay_transaction",
    "state",
    "statement_sent",
    "station_statuses",
    "transaction_begins",
]
