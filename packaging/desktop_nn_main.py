"""Entry script for the frozen app (PyInstaller needs a script, not ``-m desktop_nn``)."""

import sys

from desktop_nn.app import main

if __name__ == "__main__":
    sys.exit(main())
