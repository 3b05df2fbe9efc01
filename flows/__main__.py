"""`python -m flows` runs the drillwatch command."""

import sys

from flows.cli import main

sys.exit(main())
