"""The drawing: a scene that shows a `Document` and turns gestures into undoable commands.

Never changes the document behind the undo stack's back; imports model and Qt, never app/export.
"""
