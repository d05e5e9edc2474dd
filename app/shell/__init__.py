"""The window shell: the main window, menus, actions, settings, preferences, prompts, messages, help,
icons and the background workers."""
