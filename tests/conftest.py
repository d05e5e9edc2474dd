"""Test-wide set-up: Qt runs headless unless the caller chose a platform (e.g. xcb under Xvfb)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
