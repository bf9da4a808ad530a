def print_grad_fn_tree(tensor, names):
    """Print the graph autograd recorded for `tensor`, from its grad_fn back to the leaves."""
    def label(node):
        if node is None:                                       # (1)!
            return "None (an input that needs no gradient)"
        for name, t in names.items():
            if getattr(node, "variable", None) is t:           # (2)!
                return f"{name}: {type(node).__name__} (leaf)"
            if t.grad_fn is node:
                return f"{name} = {type(node).__name__}"
        return type(node).__name__

    def walk(node, indent):
        children = node.next_functions if node is not None else ()
        for i, (child, _) in enumerate(children):              # (3)!
            last = i == len(children) - 1
            print(indent + ("└── " if last else "├── ") + label(child))
            walk(child, indent + ("    " if last else "│   "))

    print(label(tensor.grad_fn))
    walk(tensor.grad_fn, "")
