"""Bundle entry point of `zqdesk-sums` (SHA-256 / SM3 checks of the release files)."""
import sys

from sums import main

if __name__ == "__main__":
    sys.exit(main())
