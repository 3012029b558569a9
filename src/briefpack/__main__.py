from briefpack.cli.main import main

raise SystemExit(main())
