"""Files: opening, saving and closing documents, tabs, autosave, recovery, watching files on disk,
and the export dialog."""
