#!/bin/sh
# Rebuilds the sample Helsinki briefing pack from the seed statements, and the PNG previews.
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Run from the repository's top.
set -eu
out=docs/samples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=${PYTHON:-.venv/bin/python}
lib="$work/library.sqlite3"
"$py" -m briefpack --library "$lib" samples >/dev/null
summit=$("$py" -m briefpack --library "$lib" summits --json |
  "$py" -c 'import json,sys; print(next(s["id"] for s in json.load(sys.stdin) if s.get("location") == "Helsinki"))')
"$py" -m briefpack --library "$lib" export --summit "$summit" \
  --title "Briefing: Putin–Trump summit" --subtitle "Helsinki, 16 July 2018" \
  --prepared-by "Press office" --date 2018-07-13 --marking Internal -o "$out/helsinki-briefing.pdf"
"$py" -m briefpack --library "$lib" export --summit "$summit" \
  --title "Briefing: Putin–Trump summit" --subtitle "Helsinki, 16 July 2018" \
  --prepared-by "Press office" --date 2018-07-13 --marking Internal -o "$out/helsinki-briefing.docx"
"$py" -m briefpack --library "$lib" export --summit "$summit" --layout handout \
  --title "Putin–Trump summit, Helsinki" --prepared-by "Press office" --date 2018-07-13 \
  --marking Public -o "$out/helsinki-handout.pdf"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$out/helsinki-briefing.docx" >/dev/null
# Page 1 is the cover, page 2 the contents; 50 dpi keeps the PNGs small.
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$out/helsinki-briefing.pdf" "$out/pdf-cover"
pdftoppm -png -r 50 -f 2 -l 2 -singlefile "$out/helsinki-briefing.pdf" "$out/pdf-contents"
pdftoppm -png -r 50 -f 3 -l 3 -singlefile "$out/helsinki-briefing.pdf" "$out/pdf-page3"
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$out/helsinki-handout.pdf" "$out/handout-page1"
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$work/helsinki-briefing.pdf" "$out/docx-cover"
pdftoppm -png -r 50 -f 2 -l 2 -singlefile "$work/helsinki-briefing.pdf" "$out/docx-contents"
pdftoppm -png -r 50 -f 3 -l 3 -singlefile "$work/helsinki-briefing.pdf" "$out/docx-page3"
echo "wrote $out"
