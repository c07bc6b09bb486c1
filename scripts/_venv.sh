# Sourced by the scripts in this folder: create .venv (Python 3.11+) if missing and install this
# project into it, editable, with the extras given as $1 (e.g. "dev" or "testing").
# Usage: source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh" dev
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$python" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$1]"
