"""The frozen program's entry script: the same `main` as the `briefpack` console script."""

from briefpack.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
