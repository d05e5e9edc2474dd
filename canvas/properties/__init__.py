"""The properties dock: a form for the selected element and the sub-forms of its structured fields."""
