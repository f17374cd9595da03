import sys

from socialsite.preview.run import main

sys.exit(main())
