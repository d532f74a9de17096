"""Command line entry point: ``desktop-nn`` and ``python -m desktop_nn``."""

from __future__ import annotations

import argparse
import sys

from desktop_nn import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-nn",
        description="Neural networks from the perceptron to deep networks, live and step by step.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-nn {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    build_parser().parse_args(argv)
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QLabel(f"desktop_nn {__version__}")
    window.setWindowTitle("desktop_nn")
    window.resize(640, 400)
    window.show()
    return app.exec()
