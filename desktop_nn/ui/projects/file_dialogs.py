"""The questions the project controller asks (file choosers, message boxes), in one replaceable place.

Tests give the controller their own :class:`Dialogs` (``tests/ui/fakes.py``); on Qt's offscreen
platform, and for ``Dialogs(interactive=False)`` (the self-test, with or without a display), the
real one never opens a modal dialog, since nobody could answer it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PROJECT_FILTER = "desktop_nn projects (*.dnn)"


def interactive() -> bool:
    """False on Qt's offscreen platform (tests, scripted runs): nobody could answer a modal dialog."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() != "offscreen"


class Dialogs:
    """The questions the controller asks; replace in tests.

    On the offscreen platform, or with ``interactive=False``, no modal dialog is ever opened:
    choosers return None, "save changes?" is answered Discard, the recovery question is left
    unanswered (None: the autosave stays for the next start), errors go to the status message only.
    """

    def __init__(self, interactive: bool | None = None):
        self._interactive = interactive          # None: whenever the platform has a screen

    def can_ask(self) -> bool:
        return interactive() if self._interactive is None else self._interactive

    def open_path(self, parent: QWidget) -> str | None:
        if not self.can_ask():
            return None
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open project"), "", PROJECT_FILTER)
        return path or None

    def save_path(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
        if not self.can_ask():
            return None
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    def ask_save_changes(self, parent: QWidget, name: str) -> str:
        """"save", "discard" or "cancel"."""
        if not self.can_ask():
            return "discard"
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                          QCoreApplication.translate("Dialogs", "Save the changes to “{}” before closing it?").format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_recover(self, parent: QWidget, saved_at: str) -> bool | None:
        """True: recover it; False: not now (it is kept aside); None: nobody answered."""
        if not self.can_ask():
            return None
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Dialogs", "Recover unsaved work?"),
            QCoreApplication.translate("Dialogs", "desktop_nn did not close properly last time. Recover the project autosaved at {}?").format(saved_at))
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        if self.can_ask():
            QMessageBox.warning(parent, title, text)

