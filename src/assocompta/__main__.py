import multiprocessing
import sys

from .cli import main

if __name__ == "__main__":
    # Large FEC imports read the file in a second process; frozen (PyInstaller) builds on
    # Windows and macOS start it by spawning this entry point again.
    multiprocessing.freeze_support()
    sys.exit(main())
