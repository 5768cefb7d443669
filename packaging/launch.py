"""The bundle's entry point: the same ``returns-desk`` command that pip installs."""

import sys

from returns_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
