def helper():
    return undefined_name

helper()
