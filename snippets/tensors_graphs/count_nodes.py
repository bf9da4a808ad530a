def count_nodes(tensor):
    seen = set()                                  # (1)!
    stack = [tensor.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:          # (2)!
            continue
        seen.add(node)
        stack.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)
