from examdesk.app import main

raise SystemExit(main())
