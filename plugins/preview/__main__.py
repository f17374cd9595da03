import sys

from preview.run import main

sys.exit(main())
