import multiprocessing
import sys

from assocompta.cli import main  # absolute: PyInstaller runs this file as a script

if __name__ == "__main__":
    # Large FEC imports read the file in a second process; frozen (PyInstaller) builds on
    # Windows and macOS start it by spawning this entry point again.
    multiprocessing.freeze_support()
    sys.exit(main())
