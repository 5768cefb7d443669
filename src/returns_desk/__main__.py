"""Entry point for ``python -m returns_desk``."""

from returns_desk.cli import main

raise SystemExit(main())
