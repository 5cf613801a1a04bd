"""``python -m reactlib.cli``."""

import sys

from . import main

sys.exit(main())
