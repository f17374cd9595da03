"""`make publish`: build with publishconf.py, check the built tree, precompress, deploy.

Not a Pelican plugin: tasks.py calls ``publish``. The checks of the built tree are
``socialsite.sitechecks`` (every build runs most of them). The pieces, one module each:

- ``compress``: a .gz and a .br beside every text file, for nginx's gzip_static/brotli_static,
- ``transfer``: DEPLOY_TARGET and the SSH settings, and the one rsync that mirrors the tree,
- ``publish``: the order of the steps; any failure stops before the target is touched.
"""

from socialsite.deploy.publish import PublishFailed, build_release, publish
from socialsite.deploy.transfer import DeployConfig, Target

__all__ = ["DeployConfig", "PublishFailed", "Target", "build_release", "publish"]
