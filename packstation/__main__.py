"""`python -m packstation`: the same entry point as the `packstation` command."""

from packstation.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
