"""Projects: File ▸ New/Open/Save, autosave and recovery, imports of the user's own CSV data and
the exports (scripts, weights, history, images)."""
