"""``python -m desktop_nn`` starts the application."""

import sys

from desktop_nn.app import main

if __name__ == "__main__":
    sys.exit(main())
