"""The desktop app imports briefing and export at start; neither may pull in a heavy library."""

from __future__ import annotations

import subprocess
import sys


def test_reportlab_and_python_docx_load_only_on_export() -> None:
    code = (
        "import sys\n"
        "import briefpack.briefing, briefpack.export, briefpack.export.atomic\n"
        "import briefpack.export.fonts, briefpack.briefing.document\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
