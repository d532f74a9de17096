"""The workbench: the main window with its network editor, settings panel and live plots.

What a student trains and watches; it renders the training process's snapshots and never trains."""
