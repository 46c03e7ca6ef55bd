"""Lets `python -m tracker` run the CLI."""

from tracker.cli import main

main()
