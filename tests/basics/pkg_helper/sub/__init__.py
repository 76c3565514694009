print("pkg_helper.sub init", __name__, __package__)
