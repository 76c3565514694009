print("pkg_helper.core loading", __name__, __package__)
def core_func():
    return "core_func result"
