"""python -m bot -> cli.main()."""

import sys

from bot.cli import main

sys.exit(main())
