"""The package's layers: imports run one way, and no module imports itself back through others.

    cli, api  ->  batch  ->  io  ->  parsing  ->  base (record, vocab, errors, term)

A module may import its own layer and the layers to its right, never one to its left. Imports inside
functions count too: a lazy import against the layers is still a dependency against them."""
import ast
from pathlib import Path

from paths import ROOT

PACKAGE = ROOT / "tasscli"

#: Rank of each layer: a module may import modules of its own rank or lower.
RANKS = {"base": 0, "parsing": 1, "io": 2, "batch": 3, "cli": 4}
#: Top-level modules and the layer each belongs to; a new one must be given a place here.
TOP_LEVEL = {"record": "base", "vocab": "base", "errors": "base", "term": "base", "api": "cli", "dask": "cli"}
#: The package's door and `python -m tasscli`: they may reach any layer.
EXEMPT = {"tasscli", "tasscli.__main__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules():
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in RANKS:
        return parts[1]
    assert parts[1] in TOP_LEVEL, f"{module}: a top-level module with no layer: add it to TOP_LEVEL"
    return TOP_LEVEL[parts[1]]


def _imports(path: Path, known):
    """The package's modules that `path` imports, anywhere in it (`from a import b` counts as `a.b`
    when that is a module, else as `a`)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("tasscli"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tasscli"):
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                found.add(dotted if dotted in known else node.module)
    return found


def _graph():
    modules = _modules()
    return {name: {dep for dep in _imports(path, modules) if dep in modules and dep != name}
            for name, path in modules.items()}


def test_every_import_runs_with_the_layers():
    wrong = []
    for module, deps in _graph().items():
        if module in EXEMPT:
            continue
        for dep in deps:
            if dep not in EXEMPT and RANKS[_layer(dep)] > RANKS[_layer(module)]:
                wrong.append(f"{module} ({_layer(module)}) imports {dep} ({_layer(dep)})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycle():
    graph = _graph()
    cycles = []
    state = {}

    def visit(node, stack):
        state[node] = "open"
        for dep in sorted(graph[node]):
            if dep in EXEMPT:
                continue
            if state.get(dep) == "open":
                cycles.append(" -> ".join(stack[stack.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, stack + [dep])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state and node not in EXEMPT:
            visit(node, [node])
    assert not cycles, "\n".join(cycles)


def test_the_check_sees_imports():
    """The walk finds a known import, so the two tests above cannot pass by seeing nothing."""
    graph = _graph()
    assert "tasscli.parsing.parser" in graph["tasscli.batch.pipeline"]
    assert "tasscli.record" in graph["tasscli.parsing.parser"]
