"""Checks one Python block from the book (path in argv[1]); prints a JSON verdict.

pyflakes for syntax errors and undefined names; then, if the block imports only the standard
library and NumPy, runs it and reports its output, so the test can compare it with the printed
output shown in the book.
"""
import ast, io, json, subprocess, sys
from pyflakes.api import check
from pyflakes.reporter import Reporter

path = sys.argv[1]
src = open(path, encoding="utf-8").read()
out, err = io.StringIO(), io.StringIO()
check(src, path, Reporter(out, err))
problems = [l for l in (out.getvalue() + err.getvalue()).splitlines() if l.strip()]

modules = set()
try:
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Import):
            modules.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module.split(".")[0])
except SyntaxError:
    pass
runnable = not problems and modules <= (set(sys.stdlib_module_names) | {"numpy"})
result = {"pyflakes": problems, "modules": sorted(modules), "ran": runnable}
if runnable:
    p = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=120)
    result.update(exit=p.returncode, stdout=p.stdout, stderr=p.stderr[-2000:])
print(json.dumps(result))
