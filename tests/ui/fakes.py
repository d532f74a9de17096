"""Stand-ins the project tests give the ProjectController instead of real dialogs."""

from __future__ import annotations


class FakeDialogs:
    """Answers every question without opening anything; records what was asked."""

    def __init__(self, save_answer: str = "cancel"):
        self.paths: list[str] = []          # answers to file choosers, in order
        self.save_answer = save_answer
        self.recover_answer = True
        self.errors: list[str] = []
        self.asked: list[str] = []

    def open_path(self, parent):
        self.asked.append("open")
        return self.paths.pop(0) if self.paths else None

    def save_path(self, parent, title, suggested, file_filter):
        self.asked.append("save_path")
        return self.paths.pop(0) if self.paths else None

    def ask_save_changes(self, parent, name):
        self.asked.append(f"save changes to {name}")
        return self.save_answer

    def ask_recover(self, parent, saved_at):
        self.asked.append("recover")
        return self.recover_answer

    def error(self, parent, title, text):
        self.errors.append(text)
