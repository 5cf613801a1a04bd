"""``python -m reactlib``: the same as the ``reactlib`` command."""

import sys

from .cli import main

sys.exit(main())
