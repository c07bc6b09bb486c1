"""`python -m beam_ai ...`: the `beam-ai` command, for environments without the console script."""

import sys

from .cli import main

sys.exit(main())
