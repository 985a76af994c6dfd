"""`python -m scanner` runs the CLI."""

import sys

from scanner.cli import main

sys.exit(main())
