"""A process that copied nodes to the clipboard exits cleanly (Qt would otherwise delete our
clipboard data after Python shut down and crash on exit)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio import resources
editor = CanvasEditor(Document(load(resources.template_path("helpdesk_flow", "en"))))
ids = [n.id for n in editor.document.blueprint.nodes[:3]]
for node_id in ids:
    editor.scene.nodes[node_id].setSelected(True)
editor.copy()
print("copied", bool(QApplication.clipboard().mimeData().formats()))
"""


def test_exit_after_copy_does_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "copied True" in result.stdout
