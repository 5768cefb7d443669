"""Use cases. Each takes a Session (the caller's unit of work), checks the actor's role, writes its events,
and returns plain immutable results. Services never commit."""
