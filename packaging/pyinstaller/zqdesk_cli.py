"""Bundle entry point of `zqdesk-cli`."""
import sys

from zqdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
