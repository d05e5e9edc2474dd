"""`python -m blueprint_studio.app.cli`: the same as the `blueprint-studio` command."""

import sys

from blueprint_studio.app.cli.main import main

sys.exit(main())
