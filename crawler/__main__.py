"""`python -m crawler` runs the pantau command."""

import sys

from crawler.cli import main

sys.exit(main())
