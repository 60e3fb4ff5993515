"""Bundle entry point of `zqdesk` (the desktop application)."""
import sys

from zqdesk.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
